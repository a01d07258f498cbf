// The managers' insights (issue 18 §2, P15): over the caseload the caller's role gives her (access/insight-scope.ts), one
// table per insight by month, by category or by equity group, every number through the small-number rule
// (insights.suppress.ts) before it leaves; as JSON for the chart and table, and as formula-safe CSV. Audited, no family.
import type { z } from 'zod';
import type { InsightsIndex, InsightsQuery, InsightView } from '../../../shared/contracts/insights.ts';
import { toCsv } from '../../../shared/domain/csv.ts';
import { EQUITY_BREAKDOWN_HEADINGS, equityGroupKeys, equityGroupLabel, NOT_RECORDED } from '../../../shared/domain/equity-groups.ts';
import { INSIGHT_KEYS, INSIGHTS, type InsightKey } from '../../../shared/domain/learning.ts';
import { NEED_DOMAIN_KEYS, NEED_DOMAINS, SMALL_NUMBER_THRESHOLD } from '../../../shared/domain/needs.ts';
import { auditedRead, type FamilyDeps } from '../../access/family-access.ts';
import { resolveInsightScope } from '../../access/insight-scope.ts';
import { badRequest } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { caseloadNeedCounts } from '../support/index.ts';
import { MEASURES, SUPPORT_GAP } from './insights.measures.ts';
import * as repo from './insights.repo.ts';
import { families, type RawRow, suppressTable } from './insights.suppress.ts';

type Query = z.output<typeof InsightsQuery>;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The period asked for; by default the last 12 months up to today. */
export function period(q: Query, today = new Date()): { from: string; to: string } {
  const to = q.to ?? isoDay(today);
  let from = q.from;
  if (!from) {
    const d = new Date(`${to}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - 1);
    d.setUTCDate(d.getUTCDate() + 1);
    from = isoDay(d);
  }
  if (from > to) throw badRequest('Choose a start date on or before the end date.', { from: 'Choose a date on or before the end date.' });
  return { from, to };
}

/** Every month the period touches, as YYYY-MM with its name ("March 2026"). */
export function monthsOf(from: string, to: string): { key: string; label: string }[] {
  const out = [];
  const d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  const end = to.slice(0, 7);
  while (d.toISOString().slice(0, 7) <= end) {
    out.push({
      key: d.toISOString().slice(0, 7),
      label: d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    });
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

export function insightsIndex(deps: FamilyDeps, ctx: RequestContext): Promise<InsightsIndex> {
  return resolveInsightScope(deps, ctx, {}, 'insights.read').then((scope) => ({
    scope: { kind: scope.kind, name: scope.name },
    insights: INSIGHT_KEYS.map((key) => ({ key, title: INSIGHTS[key], explanation: explanationOf(key) })),
  }));
}

const explanationOf = (key: InsightKey) => (key === 'support_gap' ? SUPPORT_GAP.explanation : MEASURES[key].explanation);

/** Listed whatever the caseload: their rows say nothing about who is on it. */
const ALWAYS_LISTED: readonly string[] = ['other', 'prefer_not_to_say', NOT_RECORDED];

/**
 * The groups a breakdown's table lists: every group, but of first languages only those of at least 5 families on the
 * caseload (and "another language", "prefer not to say", "not recorded"): a row for a language one family speaks, even
 * with every number "fewer than 5", would tell the manager that such a family is on her caseload.
 */
async function groupRows(tx: Parameters<typeof repo.caseloadSize>[0], caseload: Parameters<typeof repo.caseloadSize>[1], q: Query) {
  const keys = equityGroupKeys(q.breakdown);
  if (q.breakdown !== 'first_language') return keys;
  const enough = new Set(
    (await repo.caseloadByGroup(tx, caseload, q.breakdown)).filter((r) => Number(r.families) >= SMALL_NUMBER_THRESHOLD).map((r) => r.b),
  );
  return keys.filter((k) => enough.has(k) || ALWAYS_LISTED.includes(k));
}

export async function insightView(deps: FamilyDeps, ctx: RequestContext, insight: InsightKey, q: Query, csv = false): Promise<InsightView> {
  const { from, to } = period(q);
  const scope = await resolveInsightScope(
    deps,
    ctx,
    { teamId: q.teamId, organisationId: q.organisationId },
    csv ? 'insights.exported' : 'insights.read',
  );
  const breakdown = q.breakdown;
  return auditedRead(deps, ctx, async (tx) => {
    const caseloadFamilies = await repo.caseloadSize(tx, scope.families);
    let rowHeading: string;
    let columns: InsightView['columns'];
    let chartColumn: number;
    let raw: RawRow[];
    let additive = breakdown !== 'none';
    const groups = breakdown === 'none' ? [] : await groupRows(tx, scope.families, q);
    const byGroup = <T>(found: Map<string, T>, cells: (r: T | undefined) => RawRow['cells']) =>
      groups.map((key) => ({ key, label: equityGroupLabel(breakdown, key), cells: cells(found.get(key)) }));
    if (insight === 'support_gap') {
      ({ columns, chartColumn } = SUPPORT_GAP);
      if (breakdown === 'none') {
        rowHeading = 'Area of life';
        const counted = new Map((await caseloadNeedCounts(tx, scope.families, from, to)).rows.map((r) => [r.domain as string, r]));
        raw = NEED_DOMAIN_KEYS.map((d) => ({ key: d, label: NEED_DOMAINS[d].label, cells: SUPPORT_GAP.cells(counted.get(d)) }));
      } else {
        rowHeading = EQUITY_BREAKDOWN_HEADINGS[breakdown];
        const found = await repo.supportGapByGroup(tx, scope.families, breakdown, from, to);
        raw = byGroup(new Map(found.map((r) => [r.b, r as never])), SUPPORT_GAP.cells);
      }
    } else {
      const m = MEASURES[insight];
      const found = new Map((await m.load(tx, scope.families, breakdown, from, to)).map((r) => [r.b, r]));
      if (m.perFamily && breakdown === 'none') {
        // The categories are the rows, one column of families.
        rowHeading = m.perFamily.heading;
        columns = [{ key: 'families', label: 'Families', unit: 'families' }];
        chartColumn = 0;
        additive = m.perFamily.partition;
        const cells = m.cells(found.get('all'));
        raw = m.columns.map((c, k) => ({ key: c.key, label: c.label, cells: [cells[k] ?? { value: 0, families: 0 }] }));
      } else {
        ({ columns, chartColumn } = m);
        if (breakdown === 'none') {
          rowHeading = 'Month';
          raw = monthsOf(from, to).map((mo) => ({ ...mo, cells: m.cells(found.get(mo.key)) }));
        } else {
          rowHeading = EQUITY_BREAKDOWN_HEADINGS[breakdown];
          // A partition's complement is left out of a breakdown (Measure.perFamily): it would give each group's size.
          const left = m.perFamily?.complement ? m.columns.findIndex((c) => c.key === m.perFamily?.complement) : -1;
          const keep = <T>(xs: T[]) => xs.filter((_, k) => k !== left);
          if (left >= 0) {
            columns = keep(m.columns);
            chartColumn = 0;
          }
          raw = byGroup(found, (r) => keep(m.cells(r)));
        }
      }
    }
    const result: InsightView = {
      insight,
      title: INSIGHTS[insight],
      explanation: explanationOf(insight),
      scope: { kind: scope.kind, name: scope.name },
      teams: scope.teams,
      organisations: scope.organisations,
      teamId: scope.teamId,
      organisationId: scope.organisationId,
      from,
      to,
      breakdown,
      rowHeading,
      columns,
      rows: suppressTable(columns, raw, { additive, caseloadFamilies }),
      chartColumn,
      families: families(caseloadFamilies),
      countedAt: new Date().toISOString(),
    };
    const event = {
      action: csv ? 'insights.exported' : 'insights.read',
      outcome: 'allowed',
      actor: ctx.actor,
      subjectType: scope.kind,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        insight,
        scope: scope.kind,
        ...(scope.teamId ? { team: scope.teamId } : {}),
        ...(scope.organisationId ? { organisation: scope.organisationId } : {}),
        breakdown,
        from,
        to,
      },
    } as const;
    return { result, event };
  });
}

export const FEWER_THAN = `fewer than ${SMALL_NUMBER_THRESHOLD}`;

/** The same table as CSV (formula-safe: team and organisation names are people's words), "fewer than 5" in words. */
export function toInsightCsv(view: InsightView): string {
  return toCsv(
    ['Insight', 'Caseload', 'From', 'To', view.rowHeading, ...view.columns.map((c) => c.label)],
    view.rows.map((r) => [view.title, view.scope.name, view.from, view.to, r.label, ...r.values.map((v) => (v === null ? FEWER_THAN : v))]),
  );
}

export async function insightCsv(deps: FamilyDeps, ctx: RequestContext, insight: InsightKey, q: Query) {
  const view = await insightView(deps, ctx, insight, q, true);
  return { filename: `insight-${insight}-${view.from}-to-${view.to}.csv`, csv: toInsightCsv(view) };
}
