// "Marie's crisis plan is in use": for each person the parent chose, exactly what she asked them to be told; for
// someone named to look after the children, the children's plans they already read and "I can do this" / "I can't".
import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CrisisCarerAnswer } from '../../../shared/domain/crisis.ts';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { TextArea } from '../../ui/textarea.tsx';
import { Written } from '../../ui/written.tsx';
import { namesInLanguage } from '../family-names.ts';
import type { PortalMe } from '../portal.types.ts';
import { formatDateTime } from '../portal-format.ts';
import { answerAsCrisisCarer, type CrisisPlan, crisisPlansQuery, rememberCrisis } from './crisis.api.ts';
import { crisisInUse as m } from './crisis-in-use.messages.ts';
import { firstName } from './plan-people.ts';
import { SectionText } from './plan-section.form.tsx';
import { planDocumentsQuery } from './plans.api.ts';

export function CrisisInUsePage({ me }: { me: PortalMe }) {
  const t = useT();
  const [hasErrors, setHasErrors] = useState(false);
  const { data } = useSuspenseQuery(crisisPlansQuery(me.familyId));
  const crisis = data.crises.find((c) => c.forMe && c.state === 'in_use') ?? null;
  const parent = crisis ? firstName(crisis.parentName) : '';
  usePageTitle(crisis ? t(m.title, { parent }) : t(m.nothingTitle), hasErrors);

  if (!crisis?.forMe)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h1 className="govuk-heading-l">{t(m.nothingTitle)}</h1>
          <p className="govuk-body">{t(m.nothingBody)}</p>
        </div>
      </div>
    );
  const forMe = crisis.forMe;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">{t(m.title, { parent })}</h1>
        <p className="govuk-body-l">{t(m.intro, { parent })}</p>
        {forMe.message ? (
          <section aria-labelledby="asked-heading" className="umb-section">
            <h2 className="govuk-heading-m" id="asked-heading">
              {t(m.askedHeading, { parent })}
            </h2>
            <div className="govuk-inset-text">
              <Written lang={forMe.messageWrittenIn} className="govuk-body umb-pre-line umb-mp-own-words">
                {forMe.message}
              </Written>
            </div>
          </section>
        ) : null}
        {forMe.carerFor.length ? <LookingAfter familyId={me.familyId} crisis={crisis} onErrors={setHasErrors} /> : null}
      </div>
    </div>
  );
}

function LookingAfter({ familyId, crisis, onErrors }: { familyId: string; crisis: CrisisPlan; onErrors: (has: boolean) => void }) {
  const t = useT();
  const forMe = crisis.forMe;
  const { data: documents } = useSuspenseQuery(planDocumentsQuery(familyId));
  if (!forMe) return null;
  const kids = namesInLanguage(
    t,
    forMe.carerFor.map((c) => c.name),
  );
  return (
    <section aria-labelledby="looking-after-heading" className="umb-section">
      <h2 className="govuk-heading-m" id="looking-after-heading">
        {t(m.lookingAfterHeading, { kids, count: forMe.carerFor.length })}
      </h2>
      <p className="govuk-body">{t(m.namedAsCarer, { parent: firstName(crisis.parentName) })}</p>
      {forMe.carerFor.map((child) => {
        const plan = documents.documents.find((d) => d.id === child.documentId);
        if (!plan || plan.sections.length === 0) return null;
        return (
          <details key={child.personId} className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t(m.childPlan, { child: child.name })}</span>
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
  const t = useT();
  const queryClient = useQueryClient();
  const ids = { answer: 'crisis-answer', note: 'crisis-answer-note' };
  const [answer, setAnswer] = useState<CrisisCarerAnswer | ''>(crisis.forMe?.answer ?? '');
  const [note, setNote] = useState(crisis.forMe?.note ?? '');
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [sent, setSent] = useState<CrisisCarerAnswer | null>(null);
  const count = crisis.forMe?.carerFor.length ?? 1;
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
      setErrors({ [ids.answer]: t(m.errorChoose, { kids, count }) });
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
          {t(sent === 'can' ? m.sentCan : m.sentCannot, { kids, count })}
        </p>
      ) : previous && crisis.forMe?.answeredAt ? (
        <p className="govuk-body">
          {t(m.answeredBefore, {
            answer: t(previous === 'can' ? m.answer_can : m.answer_cannot),
            when: formatDateTime(crisis.forMe.answeredAt),
          })}
        </p>
      ) : null}
      <Radios
        name={ids.answer}
        legend={t(m.question, { kids, count })}
        legendClass="govuk-fieldset__legend--m"
        hint={t(m.questionHint)}
        options={[
          { value: 'can', label: t(m.answer_can) },
          { value: 'cannot', label: t(m.answer_cannot) },
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
        label={t(m.noteLabel)}
        labelClass="govuk-label--s"
        hint={t(m.noteHint)}
        rows={3}
        value={note}
        onValueChange={setNote}
        error={errors[ids.note]}
      />
      <Button busy={mutation.isPending}>{t(m.send)}</Button>
    </form>
  );
}
