// Contract of insights for managers (issue 18 §2): one generic table per insight over a caseload (a team, an
// organisation or every organisation, by the caller's role), which the page draws as a chart with the same numbers as a
// table beside it, and the server writes as formula-safe CSV. Numbers of families from 1 to 4 are null ("fewer than 5").
import { z } from 'zod';
import { EQUITY_BREAKDOWNS, INSIGHT_KEYS, INSIGHT_SCOPES } from '../domain/learning.ts';

export const InsightsQuery = z.object({
  /** The period, inclusive; by default the last 12 months up to today. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** A service manager or platform administrator narrows to one team they may see; a team manager's is always her own. */
  teamId: z.uuid().optional(),
  /** A platform administrator narrows to one organisation. */
  organisationId: z.uuid().optional(),
  /** Rows by equity group (of the parent the record is about) instead of by month or category. */
  breakdown: z.enum(EQUITY_BREAKDOWNS).default('none'),
});
export type InsightsQuery = z.infer<typeof InsightsQuery>;

export const InsightParams = z.object({ insight: z.enum(INSIGHT_KEYS) });

/**
 * What a column counts: families (suppressed below 5: null), a count of events (suppressed when the families behind it
 * are fewer than 5: null), days or hours (a median), an average on the feedback scale (1-4), or a percentage.
 */
export const InsightUnit = z.enum(['families', 'count', 'days', 'hours', 'average', 'percent']);

export const InsightColumn = z.object({ key: z.string(), label: z.string(), unit: InsightUnit });
export type InsightColumn = z.infer<typeof InsightColumn>;

export const InsightRow = z.object({
  /** A month (YYYY-MM), an equity group's key, or a category's key. */
  key: z.string(),
  label: z.string(),
  /** One value per column, in the columns' order; null is "fewer than 5" (or, for a median or average, too few to show). */
  values: z.array(z.number().nullable()),
});
export type InsightRow = z.infer<typeof InsightRow>;

export const InsightChoice = z.object({ id: z.uuid(), name: z.string() });

export const InsightView = z.object({
  insight: z.enum(INSIGHT_KEYS),
  title: z.string(),
  /** In plain words: what is counted and how. */
  explanation: z.string(),
  scope: z.object({ kind: z.enum(INSIGHT_SCOPES), name: z.string() }),
  /** Teams and organisations the caller may narrow to (empty for a team manager). */
  teams: z.array(InsightChoice),
  organisations: z.array(InsightChoice),
  teamId: z.uuid().nullable(),
  organisationId: z.uuid().nullable(),
  from: z.iso.date(),
  to: z.iso.date(),
  breakdown: z.enum(EQUITY_BREAKDOWNS),
  /** The heading of the rows' column: "Month", "Ethnic group", "Area of life", … */
  rowHeading: z.string(),
  columns: z.array(InsightColumn),
  rows: z.array(InsightRow),
  /** Which column the chart draws (an index into columns). */
  chartColumn: z.number().int().nonnegative(),
  /** Families on the caseload in scope; null when fewer than 5. */
  families: z.number().int().nullable(),
  countedAt: z.iso.datetime(),
});
export type InsightView = z.infer<typeof InsightView>;

export const InsightsIndex = z.object({
  scope: z.object({ kind: z.enum(INSIGHT_SCOPES), name: z.string() }),
  insights: z.array(z.object({ key: z.enum(INSIGHT_KEYS), title: z.string(), explanation: z.string() })),
});
export type InsightsIndex = z.infer<typeof InsightsIndex>;
