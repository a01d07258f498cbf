// The small-number rule of the insights (P15, issue 18 §2), pure: a number of 1 to 4 families is null ("fewer than 5"),
// a count of events or a median, average or percentage is null when fewer than 5 families are behind it, a caseload of
// 1 to 4 families shows nothing at all, and where the cells of a column add up to a number that is shown (the groups of
// a breakdown, the parts of the caseload) one suppressed cell takes the next smallest with it, so no subtraction finds it.
import type { InsightColumn, InsightRow } from '../../../shared/contracts/insights.ts';
import { SMALL_NUMBER_THRESHOLD } from '../../../shared/domain/needs.ts';

/** A cell as counted: its value (null: nothing to take a median or average of) and how many families are behind it. */
export type RawCell = { value: number | null; families: number };
export type RawRow = { key: string; label: string; cells: RawCell[] };

const small = (n: number) => n > 0 && n < SMALL_NUMBER_THRESHOLD;

/** A number of families as shown: 0 stays 0, 1 to 4 is null, 5 and more as it is. */
export const families = (n: number): number | null => (small(n) ? null : n);

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** One cell by its column's unit (primary suppression). */
export function suppressCell(unit: InsightColumn['unit'], cell: RawCell): number | null {
  switch (unit) {
    case 'families':
      return families(cell.families);
    case 'count':
      return small(cell.families) ? null : (cell.value ?? 0);
    case 'percent':
      return cell.families < SMALL_NUMBER_THRESHOLD || cell.value === null ? null : Math.round(cell.value);
    case 'average':
      return cell.families < SMALL_NUMBER_THRESHOLD || cell.value === null ? null : round(cell.value, 2);
    default:
      // days, hours: a median
      return cell.families < SMALL_NUMBER_THRESHOLD || cell.value === null ? null : round(cell.value, 1);
  }
}

/**
 * Secondary suppression in one column whose cells add up to a shown number: if exactly one cell is suppressed, the
 * smallest other cell that is not 0 is suppressed too (a 0 reveals nothing, and "fewer than 5" on it would be untrue).
 */
export function secondary(values: (number | null)[]): (number | null)[] {
  if (values.filter((v) => v === null).length !== 1) return values;
  let at = -1;
  values.forEach((v, k) => {
    if (v !== null && v > 0 && (at < 0 || v < (values[at] as number))) at = k;
  });
  return at < 0 ? values : values.map((v, k) => (k === at ? null : v));
}

/**
 * The table as it may leave: every cell by its unit; with `additive` (a breakdown, or rows that split the caseload),
 * secondary suppression down each column of families or counts; a caseload of 1 to 4 families: every value null.
 */
export function suppressTable(
  columns: readonly InsightColumn[],
  rows: readonly RawRow[],
  opts: { additive: boolean; caseloadFamilies: number },
): InsightRow[] {
  const out = rows.map((r) => ({
    key: r.key,
    label: r.label,
    values: columns.map((c, k) => suppressCell(c.unit, r.cells[k] ?? { value: 0, families: 0 })),
  }));
  if (small(opts.caseloadFamilies)) return out.map((r) => ({ ...r, values: r.values.map(() => null) }));
  if (opts.additive) {
    columns.forEach((c, k) => {
      if (c.unit !== 'families' && c.unit !== 'count') return;
      const column = secondary(out.map((r) => r.values[k] ?? null));
      out.forEach((r, i) => {
        r.values[k] = column[i] ?? null;
      });
    });
  }
  return out;
}
