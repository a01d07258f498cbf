// "What to tell whom": for each person the parent chooses, what they are told when her crisis plan is in use, and
// nothing more. One form: choose the person, write (or change, or clear) their message; each save is checked against
// the version it read, so a change made on another screen is shown rather than overwritten.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { conflictCurrent } from '../../ui/conflict.ts';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { Select } from '../../ui/select.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { type CrisisPlan, type CrisisRecipient, rememberCrisis, writeCrisisMessage } from './crisis.api.ts';
import { crisisMessages as m } from './crisis-messages.messages.ts';
import { useReportErrors } from './plan-forms.ts';
import { hidden } from './plan-words.tsx';
import { personOption, RelationText } from './relation-words.tsx';

type Props = { familyId: string; crisis: CrisisPlan; onErrorsChange: (formId: string, hasErrors: boolean) => void };

const keyOf = (r: { recipientPersonId: string | null; recipientStaffId: string | null }) =>
  r.recipientPersonId ? `person:${r.recipientPersonId}` : `staff:${r.recipientStaffId}`;

export function CrisisMessagesSection({ familyId, crisis, onErrorsChange }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const formId = 'crisis-messages';
  const ids = { recipient: `${formId}-who`, text: `${formId}-text` };
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  useReportErrors(formId, Object.keys(errors).length > 0, onErrorsChange);
  const written = crisis.messages.filter((w) => w.text.trim() !== '');
  const messageFor = (key: string, plan = crisis) => plan.messages.find((w) => keyOf(w) === key);
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
      setSaved(t(body.text ? m.savedTold : m.savedCleared, { name: body.to.name }));
      setWho('');
      setText('');
    },
    onError: (failure, body) => {
      if (isApiError(failure) && failure.status === 401) return;
      const current = conflictCurrent<CrisisPlan>(failure);
      if (current) {
        rememberCrisis(queryClient, familyId, current);
        const now = messageFor(keyOf(body.to), current)?.text;
        setErrors({ [ids.text]: now ? t(m.conflict, { name: body.to.name, current: now }) : t(m.conflictNothing, { name: body.to.name }) });
        return;
      }
      setErrors(failureErrors(failure, { recipientPersonId: ids.recipient, text: ids.text }, ids.text));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    if (!recipient) {
      setErrors({ [ids.recipient]: t(m.errorWho) });
      return;
    }
    if (!text.trim() && !messageFor(who)) {
      setErrors({ [ids.text]: t(m.errorText, { name: recipient.name }) });
      return;
    }
    mutation.mutate({ to: recipient, text: text.trim() });
  };

  return (
    <section aria-labelledby="crisis-messages-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="crisis-messages-heading">
        {t(m.heading)}
      </h2>
      <p className="govuk-body">{t(m.intro)}</p>
      {written.length ? (
        <ul className="govuk-list umb-crisis__people">
          {written.map((w) => (
            <li key={keyOf(w)} className="umb-crisis__person">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{w.name}</strong>{' '}
                <span className="umb-muted">
                  {'('}
                  <RelationText t={t} relation={w.relation} />
                  {')'}
                </span>
              </p>
              <Written lang={w.writtenIn} className="govuk-body umb-pre-line govuk-!-margin-bottom-1">
                {w.text}
              </Written>
              <Button type="button" secondary className="govuk-!-margin-bottom-2" onClick={() => choose(keyOf(w))}>
                {t.rich(m.change, { name: w.name, hidden })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">{t(m.nobody)}</p>
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
          label={t(m.whoLabel)}
          labelClass="govuk-label--s"
          hint={t(m.whoHint)}
          placeholder={t(m.chooseSomeone)}
          options={crisis.recipientChoices.map((r) => personOption(t, keyOf(r), r))}
          value={who}
          onValueChange={choose}
          error={errors[ids.recipient]}
        />
        <TextArea
          id={ids.text}
          label={t(m.textLabel)}
          labelClass="govuk-label--s"
          hint={t(m.textHint)}
          rows={4}
          value={text}
          onValueChange={setText}
          error={errors[ids.text]}
        />
        <Button busy={mutation.isPending}>{t(m.save)}</Button>
      </form>
    </section>
  );
}
