// "Start my crisis plan" (after a confirmation that says who will be told) and "My crisis plan is no longer needed",
// with who has been told and what each person looking after the children answered, on the parent's own page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorText } from '../../ui/error-text.tsx';
import { Written } from '../../ui/written.tsx';
import { namesInLanguage } from '../family-names.ts';
import { formatDateTime } from '../portal-format.ts';
import { type CrisisPlan, endCrisis, rememberCrisis, startCrisis } from './crisis.api.ts';
import { crisisUse as m } from './crisis-use.messages.ts';
import { bold } from './plan-words.tsx';
import { RelationText } from './relation-words.tsx';

type Props = { familyId: string; crisis: CrisisPlan };

export function CrisisUseSection({ familyId, crisis }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const onError = (failure: unknown) => {
    if (isApiError(failure) && failure.status === 401) return;
    setError(isApiError(failure) ? failure.message : t(m.failed));
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
  const told = crisis.messages.filter((w) => w.text.trim() !== '');
  const inUse = crisis.state === 'in_use' && crisis.use;

  return (
    <section
      aria-labelledby="crisis-use-heading"
      className={inUse ? 'umb-section umb-crisis umb-crisis--in-use' : 'umb-section umb-crisis'}
    >
      <h2 className="govuk-heading-m" id="crisis-use-heading">
        {t(inUse ? m.headingInUse : m.headingReady)}
      </h2>
      {error ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">{t(m.error)}</span> <ErrorText text={error} />
        </p>
      ) : null}
      {inUse && crisis.use ? (
        <>
          <p className="govuk-body">
            {crisis.use.startedByWorker
              ? t(m.startedBy, { name: crisis.use.startedBy, when: formatDateTime(crisis.use.startedAt) })
              : t(m.startedByYou, { when: formatDateTime(crisis.use.startedAt) })}
          </p>
          {crisis.use.reason ? (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-margin-bottom-1">{t(m.why, { name: crisis.use.startedBy })}</p>
              <Written lang={crisis.use.reasonWrittenIn} className="govuk-body umb-pre-line">
                {crisis.use.reason}
              </Written>
            </div>
          ) : null}
          <WhoWasTold people={crisis.use.people} />
          <Button type="button" secondary busy={end.isPending} onClick={() => end.mutate()}>
            {t(m.end)}
          </Button>
        </>
      ) : confirming ? (
        <div className="umb-crisis__confirm">
          <h3 className="govuk-heading-s" tabIndex={-1} ref={confirmRef}>
            {t(m.confirm)}
          </h3>
          {told.length ? (
            <>
              <p className="govuk-body">{t(m.willBeTold)}</p>
              <ul className="govuk-list govuk-list--bullet">
                {told.map((w) => (
                  <li key={w.recipientPersonId ?? w.recipientStaffId}>{w.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="govuk-body">{t(m.noneWritten)}</p>
          )}
          <p className="govuk-body">{t(m.carersAsked)}</p>
          <div className="govuk-button-group">
            <Button type="button" busy={start.isPending} onClick={() => start.mutate()}>
              {t(m.yesStart)}
            </Button>
            <Button type="button" secondary onClick={() => setConfirming(false)}>
              {t(m.cancel)}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="govuk-body">{t(m.intro)}</p>
          <Button type="button" onClick={() => setConfirming(true)}>
            {t(m.start)}
          </Button>
        </>
      )}
    </section>
  );
}

function WhoWasTold({ people }: { people: NonNullable<CrisisPlan['use']>['people'] }) {
  const t = useT();
  if (people.length === 0) return <p className="govuk-body">{t(m.onlyKeyWorkers)}</p>;
  return (
    <>
      <h3 className="govuk-heading-s">{t(m.whoTold)}</h3>
      <ul className="govuk-list umb-crisis__people">
        {people.map((p) => (
          <li key={`${p.name}-${p.description}`} className="umb-crisis__person">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>{p.name}</strong>{' '}
              <span className="umb-muted">
                {'('}
                <RelationText t={t} relation={p.relation} />
                {')'}
              </span>
            </p>
            <p className="govuk-body govuk-!-margin-bottom-1">{p.told ? t(m.toldOnUmbrella) : t(m.noAccount, { name: p.name })}</p>
            {p.carerFor.length ? (
              <p className="govuk-body">
                {t.rich(m.carerAnswer, {
                  kids: namesInLanguage(t, p.carerFor),
                  answer: p.answer ?? 'none',
                  timed: p.answer && p.answeredAt ? 'yes' : 'no',
                  when: p.answeredAt ? formatDateTime(p.answeredAt) : '',
                  noted: p.note ? 'yes' : 'no',
                  note: p.note ? (
                    <Written lang={p.noteWrittenIn} as="span" note>
                      {p.note}
                    </Written>
                  ) : (
                    ''
                  ),
                  b: bold,
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
