// One insight drawn twice (issue 18 §2): a bar chart of its main column, and the same numbers as a table beside it. The
// table is the accessible alternative, so the chart is hidden from screen readers; a held-back number is a hatched marker
// with its words, never a bar of zero.
import type { InsightView } from '../../../shared/contracts/insights.ts';
import { barLengths, columnHeading, formatCell, formatWithUnit, scaleTop } from './insights.format.ts';

/** The room a bar may take; the rest is kept for the number written after it. */
const BAR_ROOM = 0.8;

export function InsightChart({ view }: { view: InsightView }) {
  const column = view.columns[view.chartColumn];
  if (!column) return null;
  const values = view.rows.map((r) => r.values[view.chartColumn] ?? null);
  const top = scaleTop(column);
  const lengths = barLengths(values, column.unit, top);
  return (
    <figure className="umb-insight-chart" aria-hidden="true" data-testid="insight-chart">
      <figcaption className="govuk-body-s umb-insight-chart__caption">
        {columnHeading(column)}, by {view.rowHeading.toLowerCase()}
      </figcaption>
      {view.rows.map((r, i) => {
        const length = lengths[i] ?? null;
        return (
          <div key={r.key} className="umb-insight-chart__row">
            <span className="umb-insight-chart__name govuk-body-s">{r.label}</span>
            <span className="umb-bar umb-bar--raised">
              {length === null ? (
                <span className="umb-insight-chart__few" />
              ) : (
                <span className="umb-bar__fill" style={{ width: `${length * BAR_ROOM}%` }} />
              )}
              <span className="umb-bar__label">{formatWithUnit(values[i] ?? null, column.unit, top)}</span>
            </span>
          </div>
        );
      })}
    </figure>
  );
}

export function InsightTable({ view }: { view: InsightView }) {
  return (
    <table className="govuk-table umb-insight-table" data-testid="insight-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{view.title}: the same numbers as a table</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {view.rowHeading}
          </th>
          {view.columns.map((c) => (
            <th key={c.key} scope="col" className="govuk-table__header govuk-table__header--numeric">
              {columnHeading(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {view.rows.map((r) => (
          <tr key={r.key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {r.label}
            </th>
            {view.columns.map((c, i) => (
              <td key={c.key} className="govuk-table__cell govuk-table__cell--numeric">
                {formatCell(r.values[i] ?? null, c.unit)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
