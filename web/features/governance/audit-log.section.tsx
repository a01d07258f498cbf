// "Audit log": search by family, person, account and dates; the newest events in a table, and the same search as a CSV download.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { AuditRow } from '../../api/sharing.types.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/field.tsx';
import type { FieldErrors } from '../../ui/form-errors.ts';
import { failureErrors, summaryOf } from '../../ui/server-errors.ts';
import { formatDateTime } from '../../ui/time.ts';
import { type AuditFilters, auditCsvHref, auditQuery, NO_FILTERS, UUID } from './governance.api.ts';

const IDS: Record<keyof AuditFilters, string> = {
  familyId: 'audit-family',
  personId: 'audit-person',
  accountId: 'audit-account',
  from: 'audit-from',
  to: 'audit-to',
};
const FIELD_ORDER = Object.values(IDS);

function check(filters: AuditFilters): FieldErrors {
  const problems: FieldErrors = {};
  for (const key of ['familyId', 'personId', 'accountId'] as const) {
    if (filters[key].trim() && !UUID.test(filters[key].trim()))
      problems[IDS[key]] = 'Enter a reference in the form 0190a1b2-…, or leave it empty';
  }
  if (filters.from && filters.to && filters.from > filters.to) problems[IDS.to] = 'The end date must be on or after the start date';
  return problems;
}

export function AuditLogSection({ onErrorsChange }: { onErrorsChange: (hasErrors: boolean) => void }) {
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const results = useQuery({ ...auditQuery(filters ?? NO_FILTERS), enabled: filters !== null });
  const serverErrors: FieldErrors = results.error ? failureErrors(results.error, IDS, IDS.familyId) : {};
  const shown: FieldErrors = { ...serverErrors, ...errors };
  const hasErrors = Object.keys(shown).length > 0;
  const report = useRef(onErrorsChange);
  report.current = onErrorsChange;
  useEffect(() => report.current(hasErrors), [hasErrors]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = check(draft);
    setErrors(problems);
    if (Object.keys(problems).length === 0) setFilters({ ...draft });
  };
  const field = (key: keyof AuditFilters, label: string, type: 'text' | 'date' = 'text') => (
    <TextField
      id={IDS[key]}
      label={label}
      type={type}
      autoComplete="off"
      spellCheck={false}
      widthClass={type === 'date' ? 'govuk-input--width-10' : 'govuk-input--width-30'}
      value={draft[key]}
      onValueChange={(value) => setDraft((previous) => ({ ...previous, [key]: value }))}
      error={shown[IDS[key]]}
    />
  );

  return (
    <section aria-labelledby="audit-log-heading" className="umb-section">
      <h2 className="govuk-heading-l" id="audit-log-heading">
        Audit log
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <p className="govuk-body">Every read and write of family data, and every refusal. Leave a filter empty to include everything.</p>
          <form noValidate onSubmit={onSubmit} aria-labelledby="audit-log-heading">
            <ErrorSummary errors={summaryOf(shown, FIELD_ORDER)} />
            {field('familyId', 'Family reference')}
            {field('personId', 'Person reference')}
            {field('accountId', 'Account reference')}
            {field('from', 'From', 'date')}
            {field('to', 'To', 'date')}
            <Button busy={results.isFetching}>Search the audit log</Button>
          </form>
        </div>
      </div>
      {filters && results.data ? <AuditResults rows={results.data.rows} filters={filters} /> : null}
      {results.isFetching ? (
        <p className="govuk-body" role="status">
          Searching…
        </p>
      ) : null}
    </section>
  );
}

function AuditResults({ rows, filters }: { rows: AuditRow[]; filters: AuditFilters }) {
  return (
    <>
      <p className="govuk-body" role="status">
        {rows.length === 0 ? 'No events match.' : `${rows.length} events found${rows.length >= 200 ? ' (the newest 200 are shown)' : ''}.`}{' '}
        <a className="govuk-link" href={auditCsvHref(filters)} download="audit.csv">
          Download as CSV
        </a>
      </p>
      {rows.length > 0 ? (
        <table className="govuk-table umb-stack-table umb-audit-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Audit events, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['When', 'What happened', 'Who', 'About', 'Details'].map((heading) => (
                <th scope="col" className="govuk-table__header" key={heading}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row, index) => (
              // Events have no id in this view, and two can share a time; the list does not change while shown.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr className="govuk-table__row" key={`${row.at}-${index}`}>
                <th scope="row" className="govuk-table__header">
                  {formatDateTime(row.at)}
                </th>
                <Cell label="What happened">
                  <span className="umb-audit-action">{breakable(row.action)}</span>
                  <span className={`umb-audit-line${row.outcome === 'allowed' ? '' : ' govuk-!-font-weight-bold'}`}>{row.outcome}</span>
                </Cell>
                <Cell label="Who">
                  {row.actorName ? `${row.actorName} (${row.actorKind})` : row.actorKind}
                  {row.ip ? <span className="umb-audit-line umb-muted">from {row.ip}</span> : null}
                </Cell>
                <Cell label="About" anywhere>
                  {row.familyId ? <span className="umb-audit-line">family {row.familyId}</span> : null}
                  {row.subjectType && row.subjectId !== row.familyId ? (
                    <span className="umb-audit-line">
                      {row.subjectType.replace(/_/g, ' ')} {row.subjectId ?? ''}
                    </span>
                  ) : null}
                </Cell>
                <Cell label="Details" anywhere>
                  {row.details === '{}' ? '–' : row.details}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** "emergency_access.started" may wrap after its dots and underscores, never inside a word. */
function breakable(action: string): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered
  return action.split(/(?<=[._])/).flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

function Cell({ label, anywhere = false, children }: { label: string; anywhere?: boolean; children: ReactNode }) {
  return (
    <td className={`govuk-table__cell${anywhere ? ' umb-break-anywhere' : ''}`}>
      <span className="umb-stack-table__label">{label}: </span>
      {children}
    </td>
  );
}
