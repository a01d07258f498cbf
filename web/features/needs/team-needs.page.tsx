// The team's view of the gap (issue 15 §4) for a team manager: across the team's caseload, the needs families raise
// against the support they receive, and the median wait, by area of life. A chart, the same numbers as a table, and a
// CSV download. Numbers of families from 1 to 4 are "fewer than 5", so no family can be picked out.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import type { TeamNeedsRow } from '../../../shared/contracts/team-needs.ts';
import { NEED_DOMAINS } from '../../../shared/domain/needs.ts';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/field.tsx';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { formatTime, todayIso } from '../../ui/time.ts';
import { UnannouncedCountPanel } from '../appointments/unannounced-count.panel.tsx';
import { OverdueMinutesPanel } from '../meetings/overdue-minutes.panel.tsx';
import { teamNeeds, teamNeedsCsvHref, teamNeedsKey } from './needs.api.ts';

const FEWER = 'fewer than 5';
const shown = (n: number | null) => (n === null ? FEWER : n.toLocaleString('en-GB'));
const yearAgo = () => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
};

export function TeamNeedsPage() {
  usePageTitle('Needs across your team');
  const [form, setForm] = useState({ from: yearAgo(), to: todayIso() });
  const [period, setPeriod] = useState(form);
  const data = useQuery({
    queryKey: teamNeedsKey(period.from, period.to),
    queryFn: ({ signal }) => teamNeeds(period.from, period.to, signal),
    placeholderData: keepPreviousData,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPeriod(form);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Needs across your team</h1>
        <p className="govuk-body">
          What families on your team’s caseload ask for, against the support that reached them. Numbers from 1 to 4 families show as “
          {FEWER}”, so no family can be recognised.
        </p>
        <p className="govuk-body">
          <Link to="/insights" className="govuk-link">
            All insights for your team
          </Link>
          : help requests, involvement, visits, minutes, what families told us and more, each by period and with an equity breakdown.
        </p>
        <form noValidate onSubmit={onSubmit} className="umb-period-form">
          <TextField id="from" label="From" type="date" value={form.from} onValueChange={(from) => setForm((f) => ({ ...f, from }))} />
          <TextField id="to" label="To" type="date" value={form.to} onValueChange={(to) => setForm((f) => ({ ...f, to }))} />
          <Button secondary>Show</Button>
        </form>
        {data.isPending ? <Loading /> : null}
        {data.isError ? (
          <p className="govuk-error-message">{data.error instanceof Error ? data.error.message : 'This could not be loaded.'}</p>
        ) : null}
        {data.data ? (
          <>
            <p className="govuk-body">
              {data.data.teamName}: {shown(data.data.families)} families, {formatDate(data.data.from)} to {formatDate(data.data.to)},
              counted at {formatTime(data.data.countedAt)}.{' '}
              <a className="govuk-link" href={teamNeedsCsvHref(period.from, period.to)} download>
                Download as a spreadsheet (CSV)
              </a>
            </p>
            <GapChart rows={data.data.rows} />
            <GapTable rows={data.data.rows} />
          </>
        ) : null}
        <OverdueMinutesPanel />
        <UnannouncedCountPanel />
        <h2 className="govuk-heading-m">How your team writes about families</h2>
        <p className="govuk-body">
          <Link to="/team/kept-words" className="govuk-link">
            Words your team kept
          </Link>
          : how often words that judge a person, a diagnosis used as a name, or jargon were kept as written, by word and by month. For
          supervision conversations, never a score on a worker.
        </p>
      </div>
    </div>
  );
}

/** Bars for families who asked and families who received support, per area; the table below holds the same numbers. */
function GapChart({ rows }: { rows: TeamNeedsRow[] }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.familiesRaised ?? 0, r.familiesReceived ?? 0]));
  const bar = (n: number | null, kind: 'raised' | 'received') => (
    <span className={`umb-bar umb-bar--${kind}`}>
      <span className="umb-bar__fill" style={{ width: `${n === null ? 0 : (n / max) * 100}%` }} />
      <span className="umb-bar__label">{shown(n)}</span>
    </span>
  );
  return (
    <figure className="umb-gap-chart" aria-hidden="true">
      <figcaption className="govuk-body-s">
        <span className="umb-key umb-key--raised" /> Families who asked for help &nbsp; <span className="umb-key umb-key--received" />{' '}
        Families who received support
      </figcaption>
      {rows.map((r) => (
        <div key={r.domain} className="umb-gap-chart__row">
          <span className="umb-gap-chart__name govuk-body-s">{NEED_DOMAINS[r.domain].label}</span>
          {bar(r.familiesRaised, 'raised')}
          {bar(r.familiesReceived, 'received')}
        </div>
      ))}
    </figure>
  );
}

function GapTable({ rows }: { rows: TeamNeedsRow[] }) {
  return (
    <table className="govuk-table" data-testid="team-needs-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Needs raised and support received, by area</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Area
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Families who asked
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Families who received support
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Families still waiting
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Median wait (days)
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr key={r.domain} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {NEED_DOMAINS[r.domain].label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{shown(r.familiesRaised)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{shown(r.familiesReceived)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{shown(r.familiesWaiting)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {r.medianWaitDays === null ? 'not shown' : Math.round(r.medianWaitDays)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
