// GOV.UK summary list: label and value pairs, which stack on a narrow phone screen; a row may carry a "Change" link.
import type { ReactNode } from 'react';

export type SummaryRow = { key: string; value: ReactNode; action?: ReactNode };

export function SummaryList({ rows, noBorder = false }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className={`govuk-summary-list__row${row.action ? '' : ' govuk-summary-list__row--no-actions'}`} key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? <dd className="govuk-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
