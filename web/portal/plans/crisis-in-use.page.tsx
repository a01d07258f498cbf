// "Marie's crisis plan is in use": for each person the parent chose, exactly what she asked them to be told; for
// someone named to look after the children, the children's plans they already read and "I can do this" / "I can't".
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CRISIS_CARER_ANSWER_WORDS, type CrisisCarerAnswer } from '../../../shared/domain/crisis.ts';
import { namesInWords } from '../../../shared/domain/people.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import type { PortalMe } from '../portal.types.ts';
import { formatDateTime } from '../portal-format.ts';
import { answerAsCrisisCarer, type CrisisPlan, crisisPlansQuery, rememberCrisis } from './crisis.api.ts';
import { firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { planDocumentsQuery } from './plans.api.ts';

export function CrisisInUsePage({ me }: { me: PortalMe }) {
  const [hasErrors, setHasErrors] = useState(false);
  const { data } = useSuspenseQuery(crisisPlansQuery(me.familyId));
  const crisis = data.crises.find((c) => c.forMe && c.state === 'in_use') ?? null;
  const parent = crisis ? firstName(crisis.parentName) : '';
  usePageTitle(crisis ? `${parent}’s crisis plan is in use` : 'Nothing is asked of you now', hasErrors);

  if (!crisis?.forMe)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h1 className="govuk-heading-l">Nothing is asked of you now</h1>
          <p className="govuk-body">
            No crisis plan you are part of is in use at the moment. If one starts, you will get a message, and what you were asked will be
            here.
          </p>
        </div>
      </div>
    );
  const forMe = crisis.forMe;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{parent}’s crisis plan is in use</h1>
        <p className="govuk-body-l">
          {parent} made a plan for when things get very hard, and it is in use now. {parent} chose to tell you this.
        </p>
        {forMe.message ? (
          <section aria-labelledby="asked-heading" className="umb-section">
            <h2 className="govuk-heading-m" id="asked-heading">
              What {parent} asked us to tell you
            </h2>
            <div className="govuk-inset-text">
              <p className="govuk-body umb-pre-line umb-mp-own-words">{forMe.message}</p>
            </div>
          </section>
        ) : null}
        {forMe.carerFor.length ? <LookingAfter familyId={me.familyId} crisis={crisis} onErrors={setHasErrors} /> : null}
      </div>
    </div>
  );
}

function LookingAfter({ familyId, crisis, onErrors }: { familyId: string; crisis: CrisisPlan; onErrors: (has: boolean) => void }) {
  const forMe = crisis.forMe;
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(familyId));
  if (!forMe) return null;
  const kids = namesInWords(forMe.carerFor.map((c) => c.name));
  return (
    <section aria-labelledby="looking-after-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="looking-after-heading">
        Looking after {kids}
      </h2>
      <p className="govuk-body">
        You are named in the children’s plans as the person who looks after them if {firstName(crisis.parentName)} is unwell.
      </p>
      {forMe.carerFor.map((child) => {
        const plan = documents.documents.find((d) => d.id === child.documentId);
        if (!plan || plan.sections.length === 0) return null;
        return (
          <details key={child.personId} className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{child.name}’s plan</span>
            </summary>
            <div className="govuk-details__text">
              {plan.sections.map((section) => (
                <SectionText key={section.key} section={section} headingLevel={3} />
              ))}
            </div>
          </details>
        );
      })}
      <CarerAnswerForm familyId={familyId} crisis={crisis} kids={kids} onErrors={onErrors} />
    </section>
  );
}

function CarerAnswerForm({
  familyId,
  crisis,
  kids,
  onErrors,
}: {
  familyId: string;
  crisis: CrisisPlan;
  kids: string;
  onErrors: (has: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const ids = { answer: 'crisis-answer', note: 'crisis-answer-note' };
  const [answer, setAnswer] = useState<CrisisCarerAnswer | ''>(crisis.forMe?.answer ?? '');
  const [note, setNote] = useState(crisis.forMe?.note ?? '');
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [sent, setSent] = useState<CrisisCarerAnswer | null>(null);
  const setErrors = (next: FieldErrors) => {
    setErrorsState(next);
    onErrors(Object.keys(next).length > 0);
  };
  const mutation = useMutation({
    mutationFn: (body: { answer: CrisisCarerAnswer; note: string }) => answerAsCrisisCarer(familyId, crisis.documentId, body),
    onSuccess: (plan, body) => {
      rememberCrisis(queryClient, familyId, plan);
      setErrors({});
      setSent(body.answer);
    },
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 401) return;
      setErrors(failureErrors(failure, { answer: ids.answer, note: ids.note }, ids.answer));
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(null);
    if (!answer) {
      setErrors({ [ids.answer]: `Say whether you can look after ${kids} now` });
      return;
    }
    mutation.mutate({ answer, note: note.trim() });
  };
  const previous = crisis.forMe?.answer;
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="looking-after-heading">
      <ErrorSummary errors={summaryOf(errors, [ids.answer, ids.note])} />
      {sent ? (
        <p className="govuk-body govuk-!-font-weight-bold umb-done" role="status">
          Thank you. {sent === 'can' ? `You said you can look after ${kids}.` : `You said you can’t look after ${kids}.`} The children’s
          worker has been told{sent === 'cannot' ? ' and will make other arrangements' : ''}.
        </p>
      ) : previous && crisis.forMe?.answeredAt ? (
        <p className="govuk-body">
          You answered “{CRISIS_CARER_ANSWER_WORDS[previous]}” on {formatDateTime(crisis.forMe.answeredAt)}. You can change your answer.
        </p>
      ) : null}
      <Radios
        name={ids.answer}
        legend={`Can you look after ${kids} now?`}
        legendClass="govuk-fieldset__legend--m"
        hint="If you can’t, that is all right: say so as soon as you can, and the children’s worker will arrange someone else."
        options={[
          { value: 'can', label: CRISIS_CARER_ANSWER_WORDS.can },
          { value: 'cannot', label: CRISIS_CARER_ANSWER_WORDS.cannot },
        ]}
        value={answer}
        onChange={(value) => {
          setAnswer(value);
          setSent(null);
        }}
        error={errors[ids.answer]}
      />
      <TextArea
        id={ids.note}
        label="Anything you want to say (optional)"
        labelClass="govuk-label--s"
        hint="For example, when you can get there, or what you would need."
        rows={3}
        value={note}
        onValueChange={setNote}
        error={errors[ids.note]}
      />
      <Button busy={mutation.isPending}>Send my answer</Button>
    </form>
  );
}
