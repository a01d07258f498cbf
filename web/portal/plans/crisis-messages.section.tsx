// "What to tell whom": for each person the parent chooses, what they are told when her crisis plan is in use, and
// nothing more. One form: choose the person, write (or change, or clear) their message; each save is checked against
// the version it read, so a change made on another screen is shown rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { type CrisisPlan, type CrisisRecipient, rememberCrisis, writeCrisisMessage } from './crisis.api.ts';
import { useReportErrors } from './plan-forms.ts';

type Props = { familyId: string; crisis: CrisisPlan; onErrorsChange: (formId: string, hasErrors: boolean) => void };

const keyOf = (r: { recipientPersonId: string | null; recipientStaffId: string | null }) =>
  r.recipientPersonId ? `person:${r.recipientPersonId}` : `staff:${r.recipientStaffId}`;

export function CrisisMessagesSection({ familyId, crisis, onErrorsChange }: Props) {
  const queryClient = useQueryClient();
  const formId = 'crisis-messages';
  const ids = { recipient: `${formId}-who`, text: `${formId}-text` };
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);
  const written = crisis.messages.filter((m) => m.text.trim() !== '');
  const messageFor = (key: string, plan = crisis) => plan.messages.find((m) => keyOf(m) === key);
  const recipient = crisis.recipientChoices.find((r) => keyOf(r) === who);

  const choose = (key: string) => {
    setWho(key);
    setText(messageFor(key)?.text ?? '');
    setSaved(null);
    setErrors({});
  };

  const mutation = useMutation({
    mutationFn: (body: { to: CrisisRecipient; text: string }) =>
      writeCrisisMessage(familyId, crisis.documentId, {
        recipientPersonId: body.to.recipientPersonId,
        recipientStaffId: body.to.recipientStaffId,
        text: body.text,
        version: messageFor(keyOf(body.to))?.version ?? 0,
      }),
    onSuccess: (plan, body) => {
      rememberCrisis(queryClient, familyId, plan);
      setErrors({});
      setSaved(
        body.text
          ? `Saved. ${body.to.name} will be told this when your crisis plan is in use.`
          : `${body.to.name} will not be told anything.`,
      );
      setWho('');
      setText('');
    },
    onError: (failure, body) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<CrisisPlan>(failure);
      if (current) {
        rememberCrisis(queryClient, familyId, current);
        setErrors({
          [ids.text]: `You changed what ${body.to.name} will be told on another screen: “${messageFor(keyOf(body.to), current)?.text || 'nothing'}”. Your words are still here: save again to keep them.`,
        });
        return;
      }
      setErrors(failureErrors(failure, { recipientPersonId: ids.recipient, text: ids.text }, ids.text));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (!recipient) {
      setErrors({ [ids.recipient]: 'Choose who should be told' });
      return;
    }
    if (!text.trim() && !messageFor(who)) {
      setErrors({ [ids.text]: `Write what ${recipient.name} should be told` });
      return;
    }
    mutation.mutate({ to: recipient, text: text.trim() });
  };

  return (
    <section aria-labelledby="crisis-messages-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="crisis-messages-heading">
        What to tell whom
      </h2>
      <p className="govuk-body">
        When your crisis plan is in use, each person you choose here is told exactly what you write for them, and nothing else from your
        plan. For example: “Please collect Clare from school and stay with the children.”
      </p>
      {written.length ? (
        <ul className="govuk-list umb-crisis__people">
          {written.map((m) => (
            <li key={keyOf(m)} className="umb-crisis__person">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{m.name}</strong> <span className="umb-muted">({m.description})</span>
              </p>
              <p className="govuk-body umb-pre-line govuk-!-margin-bottom-1">{m.text}</p>
              <Button type="button" secondary className="govuk-!-margin-bottom-2" onClick={() => choose(keyOf(m))}>
                Change<span className="govuk-visually-hidden"> what {m.name} will be told</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">You have not chosen anyone yet.</p>
      )}
      {saved ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          {saved}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="crisis-messages-heading">
        <ErrorSummary errors={summaryOf(errors, [ids.recipient, ids.text])} />
        <Select
          id={ids.recipient}
          label="Who should be told?"
          labelClass="govuk-label--s"
          hint="Someone you trust, the children’s other parent, or a worker who helps your family."
          placeholder="Choose someone"
          options={crisis.recipientChoices.map((r) => ({ value: keyOf(r), label: `${r.name} (${r.description})` }))}
          value={who}
          onValueChange={choose}
          error={errors[ids.recipient]}
        />
        <TextArea
          id={ids.text}
          label="What should they be told?"
          labelClass="govuk-label--s"
          hint="Only these words are shown to them. To stop telling someone, clear the box and save."
          rows={4}
          value={text}
          onValueChange={setText}
          error={errors[ids.text]}
        />
        <Button busy={mutation.isPending}>Save what to tell them</Button>
      </form>
    </section>
  );
}
