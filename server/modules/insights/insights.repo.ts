// SQL of the managers' insights (issue 18 §2): one statement per insight over a caseload (access/insight-scope.ts), each
// counting into buckets (a month, or a family's equity group) with, beside every number, how many families are behind it,
// so the service can apply the small-number rule. Numbers only: no family id, name or word ever leaves these queries.
import { type RawBuilder, sql } from 'kysely';
import { NOT_RECORDED } from '../../../shared/domain/equity-groups.ts';
import type { EquityBreakdown } from '../../../shared/domain/learning.ts';
import type { CaseloadFamilies } from '../../access/team-caseload.ts';
import type { Tx } from '../../db/database.ts';
import { familyEquityGroup } from '../equity/index.ts';

type Caseload = CaseloadFamilies;
type Row = Record<string, number | string | null> & { b: string };

/**
 * The bucket of a counted thing: its month (YYYY-MM) when not broken down, else its family's equity group (the one place
 * that asks modules/equity; its fragment writes its constants as literals, so it may stand in SELECT).
 */
export function bucketOf(breakdown: EquityBreakdown, familyIdColumn: string, at: RawBuilder<unknown>): RawBuilder<string> {
  if (breakdown === 'none') return sql<string>`to_char(${at}, 'YYYY-MM')`;
  // Looked up in the groups worked out once per family (caseloadCte), not worked out again for every counted row: that
  // was up to 162,500 times for 12,500 families, seconds per look (BENCHMARKS.md "Issue 18").
  return sql<string>`coalesce((SELECT m FROM equity_groups) ->> ${sql.ref(familyIdColumn)}::text, ${sql.lit(NOT_RECORDED)})`;
}

/**
 * The caseload's families, once; with a breakdown, also each family's equity group, worked out once per family and kept
 * as one map (family id → group) that every counted row looks up (bucketOf).
 */
const caseloadCte = (caseload: Caseload, breakdown: EquityBreakdown = 'none') =>
  breakdown === 'none'
    ? sql`caseload AS MATERIALIZED (SELECT DISTINCT c.family_id FROM (${caseload}) c)`
    : sql`caseload AS MATERIALIZED (SELECT DISTINCT c.family_id FROM (${caseload}) c),
    equity_groups AS MATERIALIZED (
      SELECT coalesce(jsonb_object_agg(g.family_id::text, ${familyEquityGroup(breakdown, 'g.family_id')}), '{}'::jsonb) AS m FROM caseload g)`;
/** A timestamp column within the period (both days inclusive). */
const within = (column: string, from: string, to: string) =>
  sql`${sql.ref(column)} >= ${from}::date AND ${sql.ref(column)} < ${to}::date + 1`;

async function rows(tx: Tx, query: RawBuilder<Row>): Promise<Row[]> {
  await sql`SET LOCAL jit = off`.execute(tx);
  return (await query.execute(tx)).rows.map(
    (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'b' ? v : v === null ? null : Number(v)])) as Row,
  );
}

/** Families on the caseload now. */
export async function caseloadSize(tx: Tx, caseload: Caseload): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(DISTINCT c.family_id)::int AS n FROM (${caseload}) c`.execute(tx);
  return Number(r.rows[0]?.n ?? 0);
}

/** Families by equity group (a breakdown's rows), for the groups' own caseload column. */
export function caseloadByGroup(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
      SELECT b, count(*)::int AS families FROM (SELECT ${familyEquityGroup(breakdown, 'c.family_id')} AS b FROM caseload c) q GROUP BY b`,
  );
}

/**
 * Needs and support across every area of life by equity group: the team view's rule (support/team-view) with the areas
 * together. A family raised a need in the period, received its first support for one in it, or waits now (an open need
 * with no support that helped, started or was received); the median days from a need to that first support.
 */
export function supportGapByGroup(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)},
    sup AS (
      SELECT s.family_id, s.need_id,
        min(s.received_from) FILTER (WHERE s.received_from BETWEEN ${from}::date AND ${to}::date) AS first_received,
        bool_or(s.helped IN ('yes', 'a_bit') OR s.referral_status IN ('started', 'ended') OR s.received_from <= current_date) AS reached
      FROM need_supports s WHERE s.family_id IN (SELECT family_id FROM caseload) GROUP BY s.family_id, s.need_id),
    needs_in AS (
      SELECT n.family_id, n.status, n.created_at::date AS raised_on, sup.first_received, coalesce(sup.reached, false) AS reached
      FROM needs n LEFT JOIN sup ON sup.family_id = n.family_id AND sup.need_id = n.id
      WHERE n.family_id IN (SELECT family_id FROM caseload)),
    grouped AS MATERIALIZED (SELECT c.family_id, ${familyEquityGroup(breakdown, 'c.family_id')} AS b FROM caseload c)
    SELECT g.b,
      count(DISTINCT n.family_id) FILTER (WHERE n.raised_on BETWEEN ${from}::date AND ${to}::date) AS raised,
      count(DISTINCT n.family_id) FILTER (WHERE n.first_received IS NOT NULL) AS received,
      count(DISTINCT n.family_id) FILTER (WHERE n.status = 'open' AND NOT n.reached) AS waiting,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, n.first_received - n.raised_on)) FILTER (WHERE n.first_received IS NOT NULL))::float8 AS median_wait
    FROM needs_in n JOIN grouped g ON g.family_id = n.family_id GROUP BY g.b`,
  );
}

/**
 * Requests for help made in the period: how many, by how many families, the median hours from asking to the first
 * answer (acknowledgement), and of the requests with a target whose target has passed or that were answered, the share
 * answered by it.
 */
export function helpRequests(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS requests, count(DISTINCT family_id) AS families,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - created_at) / 3600) FILTER (WHERE acknowledged_at IS NOT NULL))::float8 AS median_hours,
      count(DISTINCT family_id) FILTER (WHERE acknowledged_at IS NOT NULL) AS answered_families,
      count(*) FILTER (WHERE timed) AS timed, count(*) FILTER (WHERE timed AND acknowledged_at <= acknowledge_by) AS in_time,
      count(DISTINCT family_id) FILTER (WHERE timed) AS timed_families
    FROM (SELECT h.family_id, h.created_at, h.acknowledged_at, h.acknowledge_by,
            h.acknowledge_by IS NOT NULL AND (h.acknowledged_at IS NOT NULL OR h.acknowledge_by < now()) AS timed,
            ${bucketOf(breakdown, 'h.family_id', sql`h.created_at`)} AS b
          FROM help_requests h WHERE h.family_id IN (SELECT family_id FROM caseload) AND ${within('h.created_at', from, to)}) q
    GROUP BY b`,
  );
}

const months = (from: string, to: string) => sql`months AS (
  SELECT greatest(m, ${from}::date) AS starts, least((m + interval '1 month')::date - 1, ${to}::date) AS ends
  FROM generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') AS g(m))`;

/**
 * The levels each family was at, as spans: from each row of its involvement history to the next; a closing ends the
 * span before it and starts none. A family with no history row is at its current level since it was started.
 */
const spans = sql`hist AS (
    SELECT h.family_id, h.event, h.level, h.started_on,
      lead(h.started_on) OVER (PARTITION BY h.family_id ORDER BY h.started_on, h.created_at) AS ended_on
    FROM involvement_history h WHERE h.family_id IN (SELECT family_id FROM caseload)),
  spans AS (
    SELECT family_id, level, started_on, coalesce(ended_on, 'infinity'::date) AS ended_on FROM hist WHERE event <> 'closed'
    UNION ALL
    SELECT f.id, f.involvement_level, f.created_at::date, 'infinity'::date FROM families f
    WHERE f.id IN (SELECT family_id FROM caseload) AND NOT EXISTS (SELECT 1 FROM involvement_history h WHERE h.family_id = f.id))`;

/**
 * Per bucket, families in early help (at that level at some time in the month) against families in crisis work: a crisis
 * plan used (an activation started in the month) or at child protection or higher (a plan, pre-proceedings, looked after).
 */
export function earlyHelpVsCrisis(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}, ${months(from, to)}, ${spans},
    flags AS (
      SELECT s.family_id, ${bucketOf(breakdown, 's.family_id', sql`mo.starts`)} AS b,
        s.level = 'early_help' AS early, s.level IN ('child_protection_plan', 'pre_proceedings', 'looked_after') AS protection, false AS crisis
      FROM spans s JOIN months mo ON s.started_on <= mo.ends AND s.ended_on > mo.starts
      UNION ALL
      SELECT a.family_id, ${bucketOf(breakdown, 'a.family_id', sql`a.started_at`)}, false, false, true
      FROM crisis_activations a WHERE a.family_id IN (SELECT family_id FROM caseload) AND ${within('a.started_at', from, to)}),
    per_family AS (SELECT family_id, b, bool_or(early) AS early, bool_or(protection) AS protection, bool_or(crisis) AS crisis FROM flags GROUP BY family_id, b)
    SELECT b, count(*) FILTER (WHERE early) AS early, count(*) FILTER (WHERE protection OR crisis) AS crisis_work,
      count(*) FILTER (WHERE crisis) AS crisis_plan, count(*) FILTER (WHERE protection) AS protection
    FROM per_family GROUP BY b`,
  );
}

/** How intensive a level is, for "up" and "down": none, early help, child in need, child protection, pre-proceedings, looked after. */
const rankOf = (
  column: string,
) => sql`CASE ${sql.ref(column)} WHEN 'none' THEN 0 WHEN 'early_help' THEN 1 WHEN 'child_in_need' THEN 2 WHEN 'child_protection_plan' THEN 3
  WHEN 'pre_proceedings' THEN 4 WHEN 'looked_after' THEN 5 END`;

/** Changes of level recorded in the involvement history in the period (by the day they took effect), up and down. */
export function involvementChanges(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)},
    ordered AS (
      SELECT h.family_id, h.event, h.started_on, h.level AS lvl,
        lag(h.level) OVER (PARTITION BY h.family_id ORDER BY h.started_on, h.created_at) AS prev
      FROM involvement_history h WHERE h.family_id IN (SELECT family_id FROM caseload)),
    changes AS (
      SELECT o.family_id, ${bucketOf(breakdown, 'o.family_id', sql`o.started_on`)} AS b, ${rankOf('o.lvl')} AS now_rank, ${rankOf('o.prev')} AS prev_rank
      FROM ordered o
      WHERE o.event = 'level_changed' AND o.prev IS NOT NULL AND o.started_on BETWEEN ${from}::date AND ${to}::date)
    SELECT b, count(*) FILTER (WHERE now_rank > prev_rank) AS up, count(DISTINCT family_id) FILTER (WHERE now_rank > prev_rank) AS up_families,
      count(*) FILTER (WHERE now_rank < prev_rank) AS down, count(DISTINCT family_id) FILTER (WHERE now_rank < prev_rank) AS down_families,
      count(DISTINCT family_id) FILTER (WHERE now_rank <> prev_rank) AS families
    FROM (SELECT family_id, b, now_rank, prev_rank FROM changes) c GROUP BY b`,
  );
}

/**
 * Parts of the record withheld from the family, decided in the period and still withheld, the families affected, and
 * of them the withholdings whose review date has passed today (entries entered in error are not counted). A closed
 * family's review is not overdue: nobody can review it until the family is reopened, and the managers' notice of a
 * withholding past review leaves closed families out for the same reason (notifications/manager-notices.repo.ts).
 */
export function withholdings(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS parts, count(DISTINCT family_id) AS families,
      count(*) FILTER (WHERE overdue) AS overdue, count(DISTINCT family_id) FILTER (WHERE overdue) AS overdue_families
    FROM (SELECT e.family_id, e.withholding_review_on < current_date AND f.closed_at IS NULL AS overdue,
            ${bucketOf(breakdown, 'e.family_id', sql`e.withholding_decided_at`)} AS b
          FROM record_entries e JOIN families f ON f.id = e.family_id
          WHERE e.family_id IN (SELECT family_id FROM caseload) AND e.withholding_scope IS NOT NULL AND e.entered_in_error_at IS NULL
            AND ${within('e.withholding_decided_at', from, to)}) q
    GROUP BY b`,
  );
}

/**
 * Recovery plan ratings (0-10) given in the period, and their average by who gave them, from the account that rated: a
 * parent (the parent the record is about or the other parent), a young person, or a worker. A trusted person's ratings
 * are counted in the total only.
 */
export function ratings(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS ratings, count(DISTINCT family_id) AS families,
      avg(score) FILTER (WHERE who = 'parent')::float8 AS parent, count(DISTINCT family_id) FILTER (WHERE who = 'parent') AS parent_families,
      avg(score) FILTER (WHERE who = 'child')::float8 AS child, count(DISTINCT family_id) FILTER (WHERE who = 'child') AS child_families,
      avg(score) FILTER (WHERE who = 'worker')::float8 AS worker, count(DISTINCT family_id) FILTER (WHERE who = 'worker') AS worker_families
    FROM (SELECT r.family_id, r.score,
            CASE a.kind WHEN 'parent' THEN 'parent' WHEN 'other_parent' THEN 'parent' WHEN 'young_person' THEN 'child'
              WHEN 'professional' THEN 'worker' ELSE 'other' END AS who,
            ${bucketOf(breakdown, 'r.family_id', sql`r.rated_at`)} AS b
          FROM recovery_plan_ratings r JOIN accounts a ON a.id = r.account_id
          WHERE r.family_id IN (SELECT family_id FROM caseload) AND ${within('r.rated_at', from, to)}) q
    GROUP BY b`,
  );
}

/**
 * Per family on the caseload, the key workers who took over in the period from an earlier key worker on the same side
 * (adult mental health, children's services), as the care team records a change: a new member named key worker while an
 * earlier one on that side exists. Families by number of changes: 0, 1, 2, 3 or more.
 */
export function keyWorkerChanges(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)},
    per_family AS (
      SELECT c.family_id, ${breakdown === 'none' ? sql`'all'` : familyEquityGroup(breakdown, 'c.family_id')} AS b,
        (SELECT count(*) FROM care_team_members m
          WHERE m.family_id = c.family_id AND m.key_worker IS NOT NULL AND ${within('m.started_at', from, to)}
            AND EXISTS (SELECT 1 FROM care_team_members e WHERE e.family_id = m.family_id AND e.key_worker = m.key_worker
              AND e.id <> m.id AND e.started_at < m.started_at)) AS changes
      FROM caseload c)
    SELECT b, count(*) FILTER (WHERE changes = 0) AS none, count(*) FILTER (WHERE changes = 1) AS one,
      count(*) FILTER (WHERE changes = 2) AS two, count(*) FILTER (WHERE changes >= 3) AS more
    FROM per_family GROUP BY b`,
  );
}

/**
 * Fathers and other parents: per family, another parent recorded (a second person recorded as a parent, or a sign-in
 * as the children's other parent), invited to Umbrella as the other parent (by the end of the period), signed in during
 * the period (all the way: a family member who set up a second factor and never gave the code did not), and taking part
 * in it (came to a meeting, or wrote a view, a reply to a meeting or a reply in the record).
 */
export function otherParents(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)},
    op AS (SELECT a.id AS account_id, a.family_id, a.person_id FROM accounts a
      WHERE a.kind = 'other_parent' AND a.family_id IN (SELECT family_id FROM caseload)),
    per_family AS (
      SELECT c.family_id, ${breakdown === 'none' ? sql`'all'` : familyEquityGroup(breakdown, 'c.family_id')} AS b,
        (EXISTS (SELECT 1 FROM op WHERE op.family_id = c.family_id)
          OR (SELECT count(*) FROM people p WHERE p.family_id = c.family_id AND p.kind = 'parent') >= 2) AS recorded,
        EXISTS (SELECT 1 FROM family_invitations i WHERE i.family_id = c.family_id AND i.account_kind = 'other_parent'
          AND i.created_at < ${to}::date + 1) AS invited,
        -- Signed in: a session that got past the second factor (a password alone leaves an awaiting session behind).
        EXISTS (SELECT 1 FROM sessions s JOIN op ON op.account_id = s.account_id WHERE op.family_id = c.family_id
          AND s.stage = 'signed_in' AND ${within('s.created_at', from, to)}) AS signed_in,
        (EXISTS (SELECT 1 FROM meeting_attendance ma JOIN op ON op.person_id = ma.person_id AND op.family_id = ma.family_id
            JOIN appointments ap ON ap.id = ma.appointment_id
            WHERE ma.family_id = c.family_id AND ma.attendance = 'attended' AND ${within('ap.starts_at', from, to)})
          OR EXISTS (SELECT 1 FROM meeting_views v JOIN op ON op.account_id = v.author_account_id
            WHERE v.family_id = c.family_id AND ${within('v.created_at', from, to)})
          OR EXISTS (SELECT 1 FROM meeting_replies r JOIN op ON op.account_id = r.author_account_id
            WHERE r.family_id = c.family_id AND ${within('r.created_at', from, to)})
          OR EXISTS (SELECT 1 FROM record_entry_replies r JOIN op ON op.account_id = r.author_account_id
            WHERE r.family_id = c.family_id AND ${within('r.created_at', from, to)})) AS taking_part
      FROM caseload c)
    SELECT b, count(*) FILTER (WHERE recorded) AS recorded, count(*) FILTER (WHERE invited) AS invited,
      count(*) FILTER (WHERE signed_in) AS signed_in, count(*) FILTER (WHERE taking_part) AS taking_part
    FROM per_family GROUP BY b`,
  );
}

/**
 * Visits and appointments that took place in the period (as the appointments module counts a team's: not a meeting,
 * happened, or agreed and past), and how many were unannounced.
 */
export function unannouncedVisits(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS visits, count(DISTINCT family_id) AS families,
      count(*) FILTER (WHERE unannounced) AS unannounced, count(DISTINCT family_id) FILTER (WHERE unannounced) AS unannounced_families
    FROM (SELECT a.family_id, a.unannounced, ${bucketOf(breakdown, 'a.family_id', sql`a.starts_at`)} AS b
          FROM appointments a
          WHERE a.family_id IN (SELECT family_id FROM caseload) AND a.kind <> 'meeting' AND a.status IN ('happened', 'agreed')
            AND a.starts_at <= now() AND ${within('a.starts_at', from, to)}) q
    GROUP BY b`,
  );
}

/**
 * Meetings held in the period (happened, or agreed and past) and their minutes: shared by the day they were due, shared
 * after it, or not shared and past it now (a closed family's late minutes are not counted as overdue, as the meetings
 * module stops reminding them).
 */
export function minutesOnTime(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS held, count(DISTINCT family_id) AS families,
      count(*) FILTER (WHERE on_time) AS on_time, count(DISTINCT family_id) FILTER (WHERE on_time) AS on_time_families,
      count(*) FILTER (WHERE late) AS late, count(DISTINCT family_id) FILTER (WHERE late) AS late_families,
      count(*) FILTER (WHERE overdue) AS overdue, count(DISTINCT family_id) FILTER (WHERE overdue) AS overdue_families
    FROM (SELECT m.family_id,
            m.minutes_shared_at IS NOT NULL AND (m.minutes_due_on IS NULL OR m.minutes_shared_at::date <= m.minutes_due_on) AS on_time,
            m.minutes_shared_at IS NOT NULL AND m.minutes_shared_at::date > m.minutes_due_on AS late,
            m.minutes_shared_at IS NULL AND m.minutes_due_on < current_date AND f.closed_at IS NULL AS overdue,
            ${bucketOf(breakdown, 'm.family_id', sql`a.starts_at`)} AS b
          FROM meetings m JOIN appointments a ON a.id = m.appointment_id AND a.family_id = m.family_id
          JOIN families f ON f.id = m.family_id
          WHERE m.family_id IN (SELECT family_id FROM caseload) AND a.status IN ('happened', 'agreed') AND a.starts_at <= now()
            AND ${within('a.starts_at', from, to)}) q
    GROUP BY b`,
  );
}

/**
 * The family's feedback given in the period, named and team-only together: how many answers, and the average of each
 * question (1 "No" to 4 "Yes") over those who answered it. Never the words, the person or the family.
 */
export function feedback(tx: Tx, caseload: Caseload, breakdown: EquityBreakdown, from: string, to: string) {
  return rows(
    tx,
    sql<Row>`WITH ${caseloadCte(caseload, breakdown)}
    SELECT b, count(*) AS answers, count(DISTINCT family_id) AS families,
      avg(listened)::float8 AS listened, count(DISTINCT family_id) FILTER (WHERE listened IS NOT NULL) AS listened_families,
      avg(next_steps_clear)::float8 AS next_steps_clear, count(DISTINCT family_id) FILTER (WHERE next_steps_clear IS NOT NULL) AS next_steps_families,
      avg(useful)::float8 AS useful, count(DISTINCT family_id) FILTER (WHERE useful IS NOT NULL) AS useful_families
    FROM (SELECT fb.family_id, fb.listened, fb.next_steps_clear, fb.useful, ${bucketOf(breakdown, 'fb.family_id', sql`fb.created_at`)} AS b
          FROM feedback fb WHERE fb.family_id IN (SELECT family_id FROM caseload) AND ${within('fb.created_at', from, to)}) q
    GROUP BY b`,
  );
}
