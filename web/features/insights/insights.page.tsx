// Insights for team and service managers (issue 18 §2): choose an insight, a period, a team and a breakdown; read it as a
// chart with the same numbers as a table beside it, and download it as CSV. Numbers of 1 to 4 families are never shown.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { EQUITY_BREAKDOWNS, INSIGHTS } from '../../../shared/domain/learning.ts';
import { isApiError } from '../../api/client.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary, type FormError } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import { formatDate } from '../../ui/format.ts';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Radios } from '../../ui/radios.tsx';
import { Select } from '../../ui/select.tsx';
import { formatTime, todayIso } from '../../ui/time.ts';
import { InsightChart, InsightTable } from './insight-figures.tsx';
import { type InsightView, insightsIndexQuery, insightViewQuery } from './insights.api.ts';
import { type ResolvedSearch, resolveSearch, toSearch } from './insights.choice.ts';
import {
  BREAKDOWN_LABELS,
  FEWER,
  formatWithUnit,
  insightCsvHref,
  insightQuery,
  PERIOD_LABELS,
  periodDates,
  scopeSentence,
} from './insights.format.ts';
import { type InsightsSearch, PERIODS, type Period } from './insights.search.ts';

const NOT_ALLOWED = 'Insights are for team and service managers. Ask your manager if you need these numbers.';

const forbidden = (error: unknown, statuses: number[]) => isApiError(error) && statuses.includes(error.status);

export function InsightsPage({ search }: { search: InsightsSearch }) {
  const chosen = resolveSearch(search);
  const today = todayIso();
  const query = insightQuery(chosen, today);
  const index = useQuery(insightsIndexQuery);
  const view = useQuery({ ...insightViewQuery(chosen.insight, query), placeholderData: keepPreviousData, enabled: index.isSuccess });
  const entry = index.data?.insights.find((i) => i.key === chosen.insight);
  const title = entry?.title ?? INSIGHTS[chosen.insight];
  const [hasFormError, setHasFormError] = useState(false);
  usePageTitle(`${title} – Insights`, hasFormError);

  // The list of insights answers 403 or 404 to anyone who does not read insights; so does a view.
  const notAllowed = forbidden(index.error, [403, 404]) || forbidden(view.error, [403]);
  if (notAllowed) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Insights</h1>
          <p className="govuk-body" data-testid="insights-not-allowed">
            {NOT_ALLOWED}
          </p>
        </div>
      </div>
    );
  }

  const data = view.data;
  const scope = data?.scope ?? index.data?.scope;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Insights</h1>
        {scope ? <p className="govuk-body">{scopeSentence(scope)}</p> : null}
        <p className="govuk-body umb-measure">
          Numbers from 1 to 4 families show as “{FEWER}”, so no family can be recognised. No insight names a family.
        </p>
        {index.isPending ? <Loading /> : null}
        {index.isError ? <p className="govuk-error-message">{index.error.message}</p> : null}
        {index.data ? (
          <nav className="umb-insights-nav" aria-labelledby="insights-choose">
            <h2 id="insights-choose" className="govuk-heading-s">
              Choose an insight
            </h2>
            <ul className="govuk-list umb-insights-nav__list">
              {index.data.insights.map((i) => (
                <li key={i.key}>
                  {i.key === chosen.insight ? (
                    <strong aria-current="page">{i.title}</strong>
                  ) : (
                    <Link to="/insights" search={toSearch({ ...chosen, insight: i.key })} className="govuk-link">
                      {i.title}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {index.data ? (
          <section aria-labelledby="insight-title" className="umb-insight">
            <h2 id="insight-title" className="govuk-heading-m">
              {title}
            </h2>
            <p className="govuk-body umb-measure">{entry?.explanation ?? data?.explanation}</p>
            <InsightFilters key={JSON.stringify(toSearch(chosen))} chosen={chosen} today={today} view={data} onError={setHasFormError} />
            {view.isPending ? <Loading /> : null}
            {view.isError ? (
              <p className="govuk-error-message" data-testid="insight-error">
                {view.error.message}
              </p>
            ) : null}
            {data && !view.isError ? (
              <InsightFigures view={data} updating={view.isPlaceholderData} csvHref={insightCsvHref(chosen.insight, query)} />
            ) : null}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function InsightFigures({ view, updating, csvHref }: { view: InsightView; updating: boolean; csvHref: string }) {
  return (
    <>
      {updating ? <Loading /> : null}
      <p className="govuk-body">
        {view.families === null ? `${FEWER} families` : formatWithUnit(view.families, 'families')} on the caseload, {formatDate(view.from)}{' '}
        to {formatDate(view.to)}, counted at {formatTime(view.countedAt)}.
      </p>
      {view.rows.length === 0 ? (
        <p className="govuk-body">There is nothing to count in this period.</p>
      ) : (
        <div className="umb-insight__figures">
          <InsightChart view={view} />
          <InsightTable view={view} />
        </div>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={csvHref} download>
          Download as a spreadsheet (CSV)
        </a>
      </p>
    </>
  );
}

type FiltersProps = {
  chosen: ResolvedSearch;
  today: string;
  /** The latest view, for the teams and organisations the manager may narrow to. */
  view: InsightView | undefined;
  onError: (hasError: boolean) => void;
};

/** Period, team, organisation and breakdown; nothing is asked for until "Show" is pressed, and then the address changes. */
function InsightFilters({ chosen, today, view, onError }: FiltersProps) {
  const navigate = useNavigate();
  const current = periodDates(chosen.period, today, chosen);
  const [period, setPeriod] = useState<Period>(chosen.period);
  const [from, setFrom] = useState(current.from);
  const [to, setTo] = useState(current.to);
  const [teamId, setTeamId] = useState(chosen.teamId ?? '');
  const [organisationId, setOrganisationId] = useState(chosen.organisationId ?? '');
  const [breakdown, setBreakdown] = useState(chosen.breakdown);
  const [errors, setErrors] = useState<FormError[]>([]);
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (period === 'dates') {
      if (!from) found.push({ fieldId: 'from', message: 'Enter the first day of the period' });
      if (!to) found.push({ fieldId: 'to', message: 'Enter the last day of the period' });
      if (from && to && from > to) found.push({ fieldId: 'from', message: 'The first day must be on or before the last day' });
    }
    setErrors(found);
    onError(found.length > 0);
    if (found.length > 0) return;
    const next: ResolvedSearch = {
      insight: chosen.insight,
      period,
      breakdown,
      ...(period === 'dates' ? { from, to } : {}),
      ...(teamId ? { teamId } : {}),
      ...(organisationId ? { organisationId } : {}),
    };
    void navigate({ to: '/insights', search: toSearch(next) });
  };

  const presetHint = (p: Period) => {
    if (p === 'dates') return undefined;
    const d = periodDates(p, today);
    return `${formatDate(d.from)} to ${formatDate(d.to)}`;
  };
  const teams = view?.teams ?? [];
  const organisations = view?.organisations ?? [];
  return (
    <form noValidate onSubmit={onSubmit} className="umb-insight-filters" aria-label="Filters">
      <ErrorSummary errors={errors} />
      <Radios
        name="period"
        legend="Period"
        options={PERIODS.map((p) => ({
          value: p,
          label: PERIOD_LABELS[p],
          hint: presetHint(p),
          conditional:
            p === 'dates' ? (
              <div className="umb-period-form">
                <TextField id="from" label="From" type="date" value={from} onValueChange={setFrom} error={errorFor('from')} />
                <TextField id="to" label="To" type="date" value={to} onValueChange={setTo} error={errorFor('to')} />
              </div>
            ) : undefined,
        }))}
        value={period}
        onChange={setPeriod}
        small
      />
      <div className="umb-insight-filters__selects">
        {organisations.length > 0 ? (
          <Select
            id="organisationId"
            label="Organisation"
            placeholder="All organisations"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={organisationId}
            onValueChange={(value) => {
              setOrganisationId(value);
              // The teams listed belong to the organisations shown now; a team from another one would match nothing.
              setTeamId('');
            }}
          />
        ) : null}
        {teams.length > 0 ? (
          <Select
            id="teamId"
            label="Team"
            placeholder="All teams"
            options={teams.map((t) => ({ value: t.id, label: t.name }))}
            value={teamId}
            onValueChange={setTeamId}
          />
        ) : null}
        <Select
          id="breakdown"
          label="Break down by"
          options={EQUITY_BREAKDOWNS.map((b) => ({ value: b, label: BREAKDOWN_LABELS[b] }))}
          value={breakdown}
          onValueChange={(value) => setBreakdown(EQUITY_BREAKDOWNS.find((b) => b === value) ?? 'none')}
        />
      </div>
      <Button secondary>Show</Button>
    </form>
  );
}
