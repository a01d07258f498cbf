// SQL of the team's view of the gap (issue 15 §4): per area of life, how many of the caseload's families raised a need,
// received support, and are still waiting, and the median wait, in one statement over the caseload
// (access/team-caseload.ts). It returns numbers only: never a family, a person or a need's words.
import { sql } from 'kysely';
import type { NeedDomain } from '../../../../shared/domain/needs.ts';
import { type CaseloadFamilies, teamCaseloadFamilies } from '../../../access/team-caseload.ts';
import type { Tx } from '../../../db/database.ts';

/** The caller's team and its name (none: not in a team). */
export type DomainCounts = { domain: NeedDomain; raised: number; received: number; waiting: number; median_wait: number | null };

/**
 * The caseload's numbers, unsuppressed (the service suppresses them before anything leaves). Per need: raised in the
 * period; its first support received within the period (received_from), and the days from raising it to that; and
 * whether, open now, it is still waiting: no support it was helped by or received (the gap rule's not_offered and
 * not_received, shared/domain/need-gap.ts). Families are counted distinct within each area.
 */
export async function teamCounts(tx: Tx, teamId: string, from: string, to: string): Promise<{ families: number; rows: DomainCounts[] }> {
  return caseloadCounts(tx, teamCaseloadFamilies(teamId), from, to);
}

/** The same counts over any caseload given as a subquery of family ids (the managers' insights: access/insight-scope.ts). */
export async function caseloadCounts(
  tx: Tx,
  caseloadFamilies: CaseloadFamilies,
  from: string,
  to: string,
): Promise<{ families: number; rows: DomainCounts[] }> {
  // The caseload's support is grouped once per need and joined to its needs (not a subquery per need): at the council
  // dataset this read each support once instead of four times, 117–136 → 32–40 ms of PostgreSQL CPU (BENCHMARKS.md
  // "Issue 15"). Its cost is over PostgreSQL's JIT threshold, and compiling it cost more than running it: JIT is off
  // for this one read-only transaction (SET LOCAL), not for the app's other statements.
  await sql`SET LOCAL jit = off`.execute(tx);
  const { rows } = await sql<DomainCounts & { families: number | null }>`
    WITH caseload AS MATERIALIZED (SELECT DISTINCT c.family_id FROM (${caseloadFamilies}) c),
    sup AS (
      SELECT s.family_id, s.need_id,
        min(s.received_from) FILTER (WHERE s.received_from BETWEEN ${from}::date AND ${to}::date) AS first_received,
        bool_or(s.helped IN ('yes', 'a_bit') OR s.referral_status IN ('started', 'ended') OR s.received_from <= current_date) AS reached
      FROM need_supports s WHERE s.family_id IN (SELECT family_id FROM caseload) GROUP BY s.family_id, s.need_id),
    needs_in AS MATERIALIZED (
      SELECT n.family_id, n.domain, n.status, n.created_at::date AS raised_on, sup.first_received, coalesce(sup.reached, false) AS reached
      FROM needs n LEFT JOIN sup ON sup.family_id = n.family_id AND sup.need_id = n.id
      WHERE n.family_id IN (SELECT family_id FROM caseload))
    SELECT domain, NULL::int AS families,
      (count(DISTINCT family_id) FILTER (WHERE raised_on BETWEEN ${from}::date AND ${to}::date))::int AS raised,
      (count(DISTINCT family_id) FILTER (WHERE first_received IS NOT NULL))::int AS received,
      (count(DISTINCT family_id) FILTER (WHERE status = 'open' AND NOT reached))::int AS waiting,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, first_received - raised_on)) FILTER (WHERE first_received IS NOT NULL))::float8 AS median_wait
    FROM needs_in GROUP BY domain
    UNION ALL
    SELECT NULL, (SELECT count(*) FROM caseload)::int, 0, 0, 0, NULL`.execute(tx);
  const total = rows.find((r) => r.domain === null);
  return { families: Number(total?.families ?? 0), rows: rows.filter((r) => r.domain !== null) };
}
