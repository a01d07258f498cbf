// SQL of reflective supervision: staff facts, supervisions and the families talked about, the worker's caseload by
// name only, and the counts behind the worker's wellbeing signals. Nothing here reads a family's record.
import { sql } from 'kysely';
import type { SupervisionPrompt } from '../../../shared/domain/learning.ts';
import type { Tx } from '../../db/database.ts';
import { managedRoles, type StaffFacts } from './supervision.policy.ts';

export type StaffRow = StaffFacts & { name: string; jobTitle: string; accountId: string | null };

const staffColumns = [
  's.id as staffId',
  's.role',
  's.team_id as teamId',
  's.organisation_id as organisationId',
  's.full_name as name',
  's.job_title as jobTitle',
  'a.id as accountId',
] as const;

/** One member of staff as they are now (their team and role are read afresh on every request). */
export function staffFacts(tx: Tx, staffId: string): Promise<StaffRow | undefined> {
  return tx
    .selectFrom('staff as s')
    .leftJoin('accounts as a', 'a.staff_id', 's.id')
    .select(staffColumns)
    .where('s.id', '=', staffId)
    .executeTakeFirst();
}

/**
 * The workers a manager manages now (supervision.policy.ts managesWorker, as SQL): a team manager's team, a service
 * manager's organisation, below her in the line (managedRoles); not the manager, not a deactivated account.
 */
export function managedWorkers(tx: Tx, manager: StaffFacts): Promise<StaffRow[]> {
  const roles = managedRoles(manager.role);
  if (roles.length === 0) return Promise.resolve([]);
  let q = tx
    .selectFrom('staff as s')
    .leftJoin('accounts as a', 'a.staff_id', 's.id')
    .select(staffColumns)
    .where('s.id', '<>', manager.staffId)
    .where('s.role', 'in', roles)
    .where('a.disabled_at', 'is', null);
  if (manager.role === 'team_manager' && manager.teamId) q = q.where('s.team_id', '=', manager.teamId);
  else if (manager.role === 'service_manager') q = q.where('s.organisation_id', '=', manager.organisationId);
  else return Promise.resolve([]);
  return q.orderBy('s.full_name').limit(500).execute();
}

const summaryQuery = (tx: Tx) =>
  tx
    .selectFrom('supervisions as v')
    .innerJoin('staff as w', 'w.id', 'v.worker_staff_id')
    .innerJoin('staff as m', 'm.id', 'v.supervisor_staff_id')
    .select([
      'v.id',
      sql<string>`to_char(v.held_on, 'YYYY-MM-DD')`.as('heldOn'),
      'v.worker_staff_id as workerStaffId',
      'w.full_name as workerName',
      'v.supervisor_staff_id as supervisorStaffId',
      'm.full_name as supervisorName',
    ]);

/** Every supervision of these workers, newest first. */
export function supervisionsOf(tx: Tx, workerStaffIds: readonly string[]) {
  if (workerStaffIds.length === 0) return Promise.resolve([]);
  return summaryQuery(tx)
    .where('v.worker_staff_id', 'in', workerStaffIds)
    .orderBy('v.held_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .limit(2000)
    .execute();
}

export type NewSupervision = { id: string; worker_staff_id: string; supervisor_staff_id: string; held_on: string; idempotency_key: string };

/** A new supervision; undefined when the supervisor already used this idempotency key (a retried start). */
export async function insertSupervision(tx: Tx, row: NewSupervision): Promise<string | undefined> {
  const inserted = await tx
    .insertInto('supervisions')
    .values(row)
    .onConflict((c) => c.columns(['supervisor_staff_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export function findByIdempotencyKey(tx: Tx, supervisorStaffId: string, key: string) {
  return tx
    .selectFrom('supervisions')
    .select(['id', 'worker_staff_id'])
    .where('supervisor_staff_id', '=', supervisorStaffId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export function findSupervision(tx: Tx, id: string) {
  return tx
    .selectFrom('supervisions')
    .select(['id', 'worker_staff_id', 'supervisor_staff_id', sql<string>`to_char(held_on, 'YYYY-MM-DD')`.as('held_on'), 'notes', 'version'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type SupervisionRow = NonNullable<Awaited<ReturnType<typeof findSupervision>>>;

/** Saves the notes if `version` is still current; undefined when it is not (a stale save). */
export function updateNotes(tx: Tx, id: string, notes: string, version: number) {
  return tx
    .updateTable('supervisions')
    .set({ notes, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

// ---- The worker's families: names only ----------------------------------------------------------------------------

declare const caseloadBrand: unique symbol;
/**
 * A family on the worker's care team now, found by findCaseloadFamily: the only way the functions below that write a
 * supervision's family row are given a family (the record's repositories take a VisibleFamily the same way), so none runs for another family.
 */
export type CaseloadFamily = { readonly id: string; readonly displayName: string; readonly [caseloadBrand]: true };

const caseloadCondition = (staffId: string) =>
  sql<boolean>`f.id IN (SELECT ctm.family_id FROM care_team_members ctm
    WHERE ctm.staff_id = ${staffId} AND ctm.ended_at IS NULL AND ctm.started_at <= now()) AND f.closed_at IS NULL`;

/** The families whose care team the worker is on now (open work), by display name: nothing of their record. */
export async function caseloadFamilies(tx: Tx, workerStaffId: string): Promise<CaseloadFamily[]> {
  const rows = await tx
    .selectFrom('families as f')
    .select(['f.id', 'f.display_name as displayName'])
    .where(caseloadCondition(workerStaffId))
    .orderBy('f.display_name')
    .limit(500)
    .execute();
  return rows as CaseloadFamily[];
}

/** The family with this id if it is on the worker's caseload now; the id comes from the request and is checked here. */
export async function findCaseloadFamily(tx: Tx, workerStaffId: string, candidate: string): Promise<CaseloadFamily | undefined> {
  const row = await tx
    .selectFrom('families as f')
    .select(['f.id', 'f.display_name as displayName'])
    .where('f.id', '=', candidate)
    .where(caseloadCondition(workerStaffId))
    .executeTakeFirst();
  return row as CaseloadFamily | undefined;
}

const familyColumns = [
  'sf.family_id as familyId',
  'f.display_name as displayName',
  'sf.family_view',
  'sf.strengths',
  'sf.support_not_received',
  'sf.language',
  'sf.carrying',
  'sf.decision',
  'sf.decision_entry_id as decisionEntryId',
  'sf.version',
] as const;

/** The families talked about in a supervision, with what was written for each. */
export function supervisionFamilies(tx: Tx, supervisionId: string) {
  return tx
    .selectFrom('supervision_families as sf')
    .innerJoin('families as f', 'f.id', 'sf.family_id')
    .select(familyColumns)
    .where('sf.supervision_id', '=', supervisionId)
    .orderBy('f.display_name')
    .execute();
}
export type SupervisionFamilyRow = Awaited<ReturnType<typeof supervisionFamilies>>[number];

export function findSupervisionFamily(tx: Tx, supervisionId: string, family: CaseloadFamily) {
  return tx
    .selectFrom('supervision_families as sf')
    .innerJoin('families as f', 'f.id', 'sf.family_id')
    .select(familyColumns)
    .where('sf.supervision_id', '=', supervisionId)
    .where('sf.family_id', '=', family.id)
    .executeTakeFirst();
}

export type FamilyWords = Record<SupervisionPrompt, string> & { decision: string };

/**
 * Saves the prompts and decision for one family: the first save (version 0) inserts, a later one updates only if
 * `version` is still current. False when the save was stale (or a first save raced another).
 */
export async function saveFamilyWords(
  tx: Tx,
  supervisionId: string,
  family: CaseloadFamily,
  words: FamilyWords,
  version: number,
): Promise<boolean> {
  if (version === 0) {
    const inserted = await tx
      .insertInto('supervision_families')
      .values({ supervision_id: supervisionId, family_id: family.id, ...words })
      .onConflict((c) => c.columns(['supervision_id', 'family_id']).doNothing())
      .returning('version')
      .executeTakeFirst();
    return inserted !== undefined;
  }
  const updated = await tx
    .updateTable('supervision_families')
    .set({ ...words, version: sql`version + 1`, updated_at: sql`now()` })
    .where('supervision_id', '=', supervisionId)
    .where('family_id', '=', family.id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Links the entry the worker wrote; only once (a second, concurrent write finds it linked and changes nothing). */
export async function linkDecisionEntry(tx: Tx, supervisionId: string, family: CaseloadFamily, entryId: string): Promise<void> {
  await tx
    .updateTable('supervision_families')
    .set({ decision_entry_id: entryId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('supervision_id', '=', supervisionId)
    .where('family_id', '=', family.id)
    .where('decision_entry_id', 'is', null)
    .execute();
}

// ---- Wellbeing signals: counts of one worker ------------------------------------------------------------------------

/** Families on whose care team the worker is now (open work). */
export async function caseloadCount(tx: Tx, workerStaffId: string): Promise<number> {
  const row = await tx
    .selectFrom('families as f')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(caseloadCondition(workerStaffId))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Requests for help put in front of the worker (sent, passed or escalated to them) in families whose care team they are
 * on now, not yet acknowledged: the ones waiting on them.
 */
export async function helpWaitingCount(tx: Tx, workerStaffId: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM help_requests r
    WHERE r.family_id IN (SELECT ctm.family_id FROM care_team_members ctm
        WHERE ctm.staff_id = ${workerStaffId} AND ctm.ended_at IS NULL AND ctm.started_at <= now())
      AND r.acknowledged_at IS NULL
      AND (${workerStaffId}::uuid = ANY(r.recipient_staff_ids)
        OR EXISTS (SELECT 1 FROM help_request_events e WHERE e.family_id = r.family_id AND e.request_id = r.id
          AND ${workerStaffId}::uuid = ANY(e.to_staff_ids)))`.execute(tx);
  return result.rows[0]?.n ?? 0;
}

/**
 * When the worker wrote something since `since`: record entries, replies and answers to requests for help. Only
 * families whose care team they were on in that time are looked in (they can write nowhere else), so each read is by
 * a family's own index.
 */
export async function workWrittenSince(tx: Tx, worker: { staffId: string; accountId: string | null }, since: Date): Promise<Date[]> {
  const result = await sql<{ at: Date }>`
    WITH fams AS (SELECT DISTINCT ctm.family_id FROM care_team_members ctm
      WHERE ctm.staff_id = ${worker.staffId} AND (ctm.ended_at IS NULL OR ctm.ended_at >= ${since}))
    SELECT e.created_at AS at FROM record_entries e
      WHERE e.family_id IN (SELECT family_id FROM fams) AND e.author_staff_id = ${worker.staffId} AND e.created_at >= ${since}
    UNION ALL
    SELECT r.created_at FROM record_entry_replies r
      WHERE r.family_id IN (SELECT family_id FROM fams) AND r.author_account_id = ${worker.accountId} AND r.created_at >= ${since}
    UNION ALL
    SELECT h.created_at FROM help_request_events h
      WHERE h.family_id IN (SELECT family_id FROM fams) AND h.staff_id = ${worker.staffId} AND h.created_at >= ${since}
    LIMIT 20000`.execute(tx);
  return result.rows.map((r) => new Date(r.at));
}
