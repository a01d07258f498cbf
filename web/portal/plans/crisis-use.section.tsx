// "Start my crisis plan" (after a confirmation that says who will be told) and "My crisis plan is no longer needed",
// with who has been told and what each person looking after the children answered, on the parent's own page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../portal-format.ts';
import { type CrisisPlan, endCrisis, rememberCrisis, startCrisis } from './crisis.api.ts';

type Props = { familyId: string; crisis: CrisisPlan };

export function CrisisUseSection({ familyId, crisis }: Props) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const onError = (failure: unknown) => {
    if (isApiError(failure) && failure.status === 401) return;
    setError(isApiError(failure) ? failure.message : 'That did not work. Try again in a few minutes, or phone your key worker.');
    void queryClient.invalidateQueries({ queryKey: ['portal', 'plans', familyId] });
  };
  const start = useMutation({
    mutationFn: () => startCrisis(familyId, crisis.documentId),
    onSuccess: (plan) => {
      setConfirming(false);
      setError(null);
      rememberCrisis(queryClient, familyId, plan);
    },
    onError,
  });
  const end = useMutation({
    mutationFn: () => endCrisis(familyId, crisis.documentId),
    onSuccess: (plan) => {
      setError(null);
      rememberCrisis(queryClient, familyId, plan);
    },
    onError,
  });
  const told = crisis.messages.filter((m) => m.text.trim() !== '');
  const inUse = crisis.state === 'in_use' && crisis.use;

  return (
    <section aria-labelledby="crisis-use-heading" className={`umb-section umb-crisis${inUse ? ' umb-crisis--in-use' : ''}`}>
      <h2 className="govuk-heading-m" id="crisis-use-heading">
        {inUse ? 'Your crisis plan is in use' : 'When you need your crisis plan'}
      </h2>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {inUse && crisis.use ? (
        <>
          <p className="govuk-body">
            {crisis.use.startedByWorker ? `${crisis.use.startedBy} started it` : 'You started it'} on {formatDateTime(crisis.use.startedAt)}
            .
          </p>
          {crisis.use.reason ? (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-margin-bottom-1">Why {crisis.use.startedBy} started it:</p>
              <p className="govuk-body umb-pre-line">{crisis.use.reason}</p>
            </div>
          ) : null}
          <WhoWasTold people={crisis.use.people} />
          <Button type="button" secondary busy={end.isPending} onClick={() => end.mutate()}>
            My crisis plan is no longer needed
          </Button>
        </>
      ) : confirming ? (
        <div className="umb-crisis__confirm">
          <h3 className="govuk-heading-s" tabIndex={-1} ref={confirmRef}>
            Are you sure you want to start your crisis plan now?
          </h3>
          {told.length ? (
            <>
              <p className="govuk-body">These people will be told what you asked, and nothing more:</p>
              <ul className="govuk-list govuk-list--bullet">
                {told.map((m) => (
                  <li key={m.recipientPersonId ?? m.recipientStaffId}>{m.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="govuk-body">You have not written what to tell anyone yet. Your key workers will still be told.</p>
          )}
          <p className="govuk-body">Whoever looks after the children in their plans will be asked to say whether they can do it now.</p>
          <div className="govuk-button-group">
            <Button type="button" busy={start.isPending} onClick={() => start.mutate()}>
              Yes, start my crisis plan
            </Button>
            <Button type="button" secondary onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="govuk-body">
            If things get very hard, you can say your crisis plan is now in use. The people you chose below are told what you asked, your
            key workers are told, and the people who would look after the children are asked to confirm. Your key workers can also start it
            if they need to, and you will be told why.
          </p>
          <Button type="button" onClick={() => setConfirming(true)}>
            Start my crisis plan
          </Button>
        </>
      )}
    </section>
  );
}

function WhoWasTold({ people }: { people: NonNullable<CrisisPlan['use']>['people'] }) {
  if (people.length === 0)
    return <p className="govuk-body">Your key workers have been told. You did not ask for anyone else to be told.</p>;
  return (
    <>
      <h3 className="govuk-heading-s">Who has been told</h3>
      <ul className="govuk-list umb-crisis__people">
        {people.map((p) => (
          <li key={`${p.name}-${p.description}`} className="umb-crisis__person">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>{p.name}</strong> <span className="umb-muted">({p.description})</span>
            </p>
            <p className="govuk-body govuk-!-margin-bottom-1">
              {p.told ? 'Told on Umbrella.' : `${p.name} has no Umbrella account, so please tell them yourself, or ask your key worker to.`}
            </p>
            {p.carerFor.length ? (
              <p className="govuk-body">
                Asked to look after {p.carerFor.join(' and ')}:{' '}
                {p.answer ? <strong>{p.answer === 'can' ? 'said they can' : 'said they can’t'}</strong> : 'has not answered yet'}
                {p.answer && p.answeredAt ? ` (${formatDateTime(p.answeredAt)})` : ''}
                {p.note ? `. “${p.note}”` : ''}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
