// A parent's crisis plan in action, as a worker may see it on the family's plans page: for a key worker its state, who
// was told and what each carer answered, with "Start … crisis plan" (a reason is asked for) and "End the crisis plan";
// for a worker the parent chose, exactly what she asked them to be told; after a crisis, the review. The parent reads the
// reason for starting it: words the respectful-language check finds are kept only on purpose (features/words).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CrisisPlan, CrisisPlans } from '../../../shared/contracts/crisis.ts';
import type { KeepAsWritten } from '../../../shared/contracts/respectful-words.ts';
import { CRISIS_START_REASON_HINT } from '../../../shared/domain/crisis.ts';
import { apiGet, apiPost, isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { Tag } from '../../ui/tag.tsx';
import { TextArea } from '../../ui/textarea.tsx';
import { formatDateTime } from '../../ui/time.ts';
import { Written } from '../../ui/written.tsx';
import { KeepAsWrittenField, useKeepAsWritten } from '../words/keep-as-written.tsx';
import { WordsCheckHelp } from '../words/words-check.tsx';
import { familyPath, planDocumentsKey } from './plans.queries.ts';

const crisisKey = (familyId: string) => ['families', familyId, 'crisis-plans'] as const;
const crisisPath = (familyId: string, documentId: string) => `${familyPath(familyId)}/plans/${encodeURIComponent(documentId)}/crisis`;

export function CrisisSections({ familyId }: { familyId: string }) {
  const { data } = useQuery({
    queryKey: crisisKey(familyId),
    queryFn: ({ signal }) => apiGet<CrisisPlans>(`${familyPath(familyId)}/crisis-plans`, signal),
  });
  if (!data?.crises.length) return null;
  return (
    <>
      {data.crises.map((crisis) => (
        <CrisisSection key={crisis.documentId} familyId={familyId} crisis={crisis} />
      ))}
    </>
  );
}

const STATE: Record<CrisisPlan['state'], { words: string; colour: 'red' | 'yellow' | 'grey' }> = {
  in_use: { words: 'In use now', colour: 'red' },
  after_crisis: { words: 'After a crisis', colour: 'yellow' },
  ready: { words: 'Not in use', colour: 'grey' },
};

function CrisisSection({ familyId, crisis }: { familyId: string; crisis: CrisisPlan }) {
  const headingId = `crisis-${crisis.documentId}`;
  const parent = crisis.parentName;
  const use = crisis.use;
  return (
    <section className="umb-section umb-plan-part umb-crisis" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {parent}’s crisis plan <Tag colour={STATE[crisis.state].colour}>{STATE[crisis.state].words}</Tag>
      </h2>
      {crisis.forMe?.message ? (
        <>
          <p className="govuk-body">{parent} asked us to tell you:</p>
          <div className="govuk-inset-text">
            <p className="govuk-body umb-pre-line">{crisis.forMe.message}</p>
          </div>
        </>
      ) : null}
      {use && crisis.state === 'in_use' ? (
        <>
          <p className="govuk-body">
            Started by {use.startedBy} on {formatDateTime(use.startedAt)}.
          </p>
          {use.reason ? (
            <p className="govuk-body umb-pre-line">
              Why:{' '}
              <Written lang={use.reasonWrittenIn} as="span" note>
                {use.reason}
              </Written>
            </p>
          ) : null}
          <h3 className="govuk-heading-s">Who was told, and who has answered</h3>
          {use.people.length ? (
            <ul className="govuk-list umb-crisis__people">
              {use.people.map((p) => (
                <li key={`${p.name}-${p.description}`} className="umb-crisis__person">
                  <strong>{p.name}</strong> ({p.description}): {p.told ? 'told on Umbrella' : 'no Umbrella account: tell them yourself'}
                  {p.carerFor.length
                    ? `. Asked to look after ${p.carerFor.join(' and ')}: ${p.answer === 'can' ? 'can do it' : p.answer === 'cannot' ? 'cannot do it' : 'no answer yet'}`
                    : ''}
                  {p.answeredAt ? ` (${formatDateTime(p.answeredAt)})` : ''}
                  {p.note ? (
                    <>
                      . “
                      <Written lang={p.noteWrittenIn} as="span" note>
                        {p.note}
                      </Written>
                      ”
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">{parent} did not ask for anyone else to be told, and no carer is named in the children’s plans.</p>
          )}
        </>
      ) : null}
      {crisis.review && crisis.state !== 'in_use' ? (
        <>
          <p className="govuk-body">
            The crisis plan was last in use until {formatDateTime(crisis.use?.endedAt ?? '')}
            {crisis.use?.endedBy ? `, when ${crisis.use.endedBy} said it was no longer needed` : ''}.{' '}
            {crisis.review.reviewedAt
              ? `${parent} looked back at it on ${formatDate(crisis.review.reviewedAt)}.`
              : `${parent} has not looked back at it yet (due by ${formatDate(crisis.review.dueOn)}). You could offer to go through it together, and suggest changes to ${parent}’s plan below: ${parent} decides what goes in.`}
          </p>
          {crisis.review.reflection ? (
            <>
              <h3 className="govuk-heading-s">What helped, in {parent}’s words</h3>
              <Written lang={crisis.review.writtenIn} className="govuk-body umb-pre-line">
                {crisis.review.reflection}
              </Written>
              {crisis.review.changes ? (
                <>
                  <h3 className="govuk-heading-s">What {parent} would change</h3>
                  <Written lang={crisis.review.writtenIn} className="govuk-body umb-pre-line">
                    {crisis.review.changes}
                  </Written>
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
      {crisis.can.start ? <StartCrisisForm familyId={familyId} crisis={crisis} /> : null}
      {crisis.can.end ? <EndCrisisButton familyId={familyId} crisis={crisis} /> : null}
    </section>
  );
}

function useCrisisWrite<T>(familyId: string, write: (input: T) => Promise<CrisisPlan>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => {
      queryClient.setQueryData<CrisisPlans>(crisisKey(familyId), (data) =>
        data ? { crises: data.crises.map((c) => (c.documentId === plan.documentId ? plan : c)) } : data,
      );
      void queryClient.invalidateQueries({ queryKey: planDocumentsKey(familyId) });
      onDone?.();
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: crisisKey(familyId) }),
  });
}

function StartCrisisForm({ familyId, crisis }: { familyId: string; crisis: CrisisPlan }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = `crisis-reason-${crisis.documentId}`;
  const fieldRef = useRef<HTMLDivElement>(null);
  const words = useKeepAsWritten({ id, texts: [reason], ids: { reason: id }, fallbackId: id });
  useEffect(() => {
    if (open) fieldRef.current?.querySelector('textarea')?.focus();
  }, [open]);
  const mutation = useCrisisWrite(
    familyId,
    ({ why, keepAsWritten }: { why: string; keepAsWritten: KeepAsWritten }) =>
      apiPost<CrisisPlan>(`${crisisPath(familyId, crisis.documentId)}/start`, { reason: why, keepAsWritten }),
    () => {
      setOpen(false);
      setReason('');
      setErrors({});
      words.reset();
    },
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ [id]: 'Say why you are starting the crisis plan' });
      return;
    }
    setErrors({});
    if (!words.prepare()) return;
    mutation.mutate(
      { why: reason.trim(), keepAsWritten: words.body() },
      {
        onError: (failure) => {
          if (words.refused(failure)) return;
          if (!(isApiError(failure) && failure.status === 401)) setErrors(failureErrors(failure, { reason: id }, id));
        },
      },
    );
  };
  if (!open)
    return (
      <Button type="button" onClick={() => setOpen(true)}>
        Start {crisis.parentName}’s crisis plan
      </Button>
    );
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Start ${crisis.parentName}’s crisis plan`}>
      <ErrorSummary errors={[...words.summary, ...summaryOf(errors, [id])]} />
      <p className="govuk-body">
        The people {crisis.parentName} chose will be told what was asked of them, the children’s carers will be asked to confirm, and{' '}
        {crisis.parentName} will be told that you started it and why.
      </p>
      <div ref={fieldRef}>
        <TextArea
          id={id}
          label="Why are you starting it?"
          labelClass="govuk-label--s"
          hint={CRISIS_START_REASON_HINT}
          rows={3}
          value={reason}
          onValueChange={setReason}
          error={errors[id] ?? words.inline(id)}
          extraDescribedBy={`${id}-words`}
        />
      </div>
      <WordsCheckHelp id={`${id}-words`} texts={[reason]} reader={crisis.parentName} />
      <KeepAsWrittenField control={words} />
      <div className="govuk-button-group">
        <Button busy={mutation.isPending}>Start the crisis plan</Button>
        <Button type="button" secondary onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function EndCrisisButton({ familyId, crisis }: { familyId: string; crisis: CrisisPlan }) {
  const [error, setError] = useState<string | null>(null);
  const mutation = useCrisisWrite(
    familyId,
    () => apiPost<CrisisPlan>(`${crisisPath(familyId, crisis.documentId)}/end`, {}),
    () => setError(null),
  );
  return (
    <>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      <Button
        type="button"
        secondary
        busy={mutation.isPending}
        onClick={() =>
          mutation.mutate(undefined, {
            onError: (failure) => setError(isApiError(failure) ? failure.message : 'That did not work. Try again in a few minutes.'),
          })
        }
      >
        End the crisis plan
      </Button>
    </>
  );
}
