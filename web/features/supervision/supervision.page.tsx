// "Supervision" (issue 18 §3): a worker's own supervisions by date and their workload; for a manager, also the workers
// they manage with the date of each one's last supervision, and starting supervision with one of them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { DateInput, datePartsFromIso, isoFromDateParts } from '../../ui/date-input.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { type FieldErrors, fieldErrorsFromFailure, toFormErrors } from '../../ui/form-errors.ts';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Select } from '../../ui/select.tsx';
import { todayIso } from '../../ui/time.ts';
import { type SupervisionOverview, type SupervisionSummary, startSupervision, supervisionOverviewQuery } from './supervision.api.ts';
import { SignalsSummary } from './supervision-signals.tsx';

const dateOf = (iso: string) => formatDate(iso, 'en');

function OwnSupervisions({ own }: { own: SupervisionSummary[] }) {
  if (own.length === 0) return <p className="govuk-body">You have no supervision recorded yet. Your manager starts it with you.</p>;
  return (
    <ul className="govuk-list">
      {own.map((s) => (
        <li key={s.id}>
          <Link to="/supervision/$supervisionId" params={{ supervisionId: s.id }} className="govuk-link">
            {dateOf(s.heldOn)}
          </Link>{' '}
          with {s.supervisorName}
        </li>
      ))}
    </ul>
  );
}

function StartForm({ team }: { team: NonNullable<SupervisionOverview['team']> }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [worker, setWorker] = useState(team.length === 1 ? (team[0]?.staffId ?? '') : '');
  const [heldOn, setHeldOn] = useState(() => datePartsFromIso(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // One key for this form's life, so a double click or a retry after a dropped connection starts one supervision.
  const [key] = useState(() => crypto.randomUUID());

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!worker) missing.worker = 'Choose who the supervision is with';
    const date = isoFromDateParts(heldOn);
    if (!date) missing['held-on-day'] = 'Enter the date of the supervision, like 3 12 2026';
    setErrors(missing);
    if (Object.keys(missing).length > 0 || !date) return;
    setBusy(true);
    try {
      const started = await startSupervision({ workerStaffId: worker, heldOn: date, idempotencyKey: `${key}-${worker}` });
      await queryClient.invalidateQueries({ queryKey: ['supervision'] });
      await navigate({ to: '/supervision/$supervisionId', params: { supervisionId: started.id } });
    } catch (error) {
      const fields = fieldErrorsFromFailure(error, 'worker');
      setErrors(fields.heldOn ? { 'held-on-day': fields.heldOn } : fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={toFormErrors(errors, ['worker', 'held-on-day'])} />
      <h3 className="govuk-heading-s">Start supervision</h3>
      <Select
        id="worker"
        label="Who with"
        placeholder="Choose a worker"
        options={team.map((w) => ({ value: w.staffId, label: w.name }))}
        value={worker}
        onValueChange={setWorker}
        error={errors.worker}
      />
      <DateInput id="held-on" legend="Date of the supervision" value={heldOn} onChange={setHeldOn} error={errors['held-on-day']} />
      <Button busy={busy}>Start supervision</Button>
    </form>
  );
}

function YourTeam({ team }: { team: NonNullable<SupervisionOverview['team']> }) {
  return (
    <section aria-labelledby="team-heading">
      <h2 className="govuk-heading-m" id="team-heading">
        Your team
      </h2>
      {team.length === 0 ? (
        <p className="govuk-body">There is nobody in your team to supervise yet.</p>
      ) : (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">The workers you manage and their last supervision</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Worker
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
                <th scope="col" className="govuk-table__header">
                  Last supervision
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {team.map((w) => {
                const last = w.supervisions[0];
                return (
                  <tr className="govuk-table__row" key={w.staffId}>
                    <th scope="row" className="govuk-table__header">
                      {last ? (
                        <Link to="/supervision/$supervisionId" params={{ supervisionId: last.id }} className="govuk-link">
                          {w.name}
                        </Link>
                      ) : (
                        w.name
                      )}
                    </th>
                    <td className="govuk-table__cell">{w.jobTitle}</td>
                    <td className="govuk-table__cell">
                      {w.lastHeldOn ? dateOf(w.lastHeldOn) : 'None yet'}
                      {w.supervisions.length > 1 ? (
                        <details className="govuk-details govuk-!-margin-bottom-0 govuk-!-margin-top-1">
                          <summary className="govuk-details__summary">
                            <span className="govuk-details__summary-text">Earlier supervision with {w.name}</span>
                          </summary>
                          <div className="govuk-details__text">
                            <ul className="govuk-list">
                              {w.supervisions.slice(1).map((s) => (
                                <li key={s.id}>
                                  <Link to="/supervision/$supervisionId" params={{ supervisionId: s.id }} className="govuk-link">
                                    {dateOf(s.heldOn)}
                                  </Link>{' '}
                                  with {s.supervisorName}
                                </li>
                              ))}
                            </ul>
                          </div>
                        </details>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <StartForm team={team} />
        </>
      )}
    </section>
  );
}

export function SupervisionPage() {
  usePageTitle('Supervision');
  const data = useQuery(supervisionOverviewQuery());
  if (data.isPending) return <Loading />;
  if (data.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Supervision</h1>
        <p className="govuk-body">We could not load your supervision. Try again in a few minutes.</p>
      </>
    );
  }
  const overview = data.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <h1 className="govuk-heading-l">Supervision</h1>
        <p className="govuk-body">
          Reflective supervision is time with your manager to think about your work with families and how you are. The notes are private to
          you, the manager you hold it with and your managers. They are never part of a family’s record.
        </p>
        <section aria-labelledby="own-heading" className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id="own-heading">
            Your supervision
          </h2>
          <OwnSupervisions own={overview.own} />
        </section>
        <SignalsSummary signals={overview.ownSignals} own />
        {overview.team ? <YourTeam team={overview.team} /> : null}
      </div>
    </div>
  );
}
