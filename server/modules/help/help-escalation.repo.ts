// SQL for the escalation job: requests waiting past their target (every family, by the job's named reason), the
// team's duty worker and its managers. Rows are locked and skipped when another instance holds them.
import { sql } from 'kysely';
import { familyVisible, type SystemScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';

const stillWorking = sql<boolean>`NOT EXISTS (SELECT 1 FROM accounts acc WHERE acc.staff_id = s.id AND acc.disabled_at IS NOT NULL)`;

/**
 * Requests not acknowledged by their target and not yet put before a manager, oldest target first. Locked for this
 * transaction; another instance running the job at once skips them (and the events' unique index makes a step once).
 */
export async function waitingPastTarget(tx: Tx, system: SystemScope, now: Date) {
  return (
    tx
      .selectFrom('help_requests as r')
      .select(['r.family_id', 'r.id'])
      .where(familyVisible(system, 'r.family_id'))
      .where('r.acknowledged_at', 'is', null)
      .where('r.acknowledge_by', 'is not', null)
      .where('r.acknowledge_by', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('help_request_events as e')
              .select('e.id')
              .whereRef('e.family_id', '=', 'r.family_id')
              .whereRef('e.request_id', '=', 'r.id')
              .where('e.kind', '=', 'escalated_to_manager'),
          ),
        ),
      )
      // Already with the duty worker and not yet due for the managers: nothing to do, so not read (otherwise 200 such
      // requests would fill every run and hold back a newly late one).
      .where((eb) =>
        eb.or([
          eb('r.manager_by', '<=', now),
          eb.not(
            eb.exists(
              eb
                .selectFrom('help_request_events as e')
                .select('e.id')
                .whereRef('e.family_id', '=', 'r.family_id')
                .whereRef('e.request_id', '=', 'r.id')
                .where('e.kind', '=', 'escalated_to_duty'),
            ),
          ),
        ]),
      )
      .orderBy('r.acknowledge_by')
      .limit(200)
      .forUpdate()
      .skipLocked()
      .execute()
  );
}

/** The team's duty worker, if one is set and can still sign in. */
export async function dutyWorker(tx: Tx, teamId: string | null) {
  if (!teamId) return undefined;
  return tx
    .selectFrom('teams as t')
    .innerJoin('staff as s', 's.id', 't.duty_staff_id')
    .select(['s.id', 's.full_name'])
    .where('t.id', '=', teamId)
    .where(stillWorking)
    .executeTakeFirst();
}

/** The team's managers; with none, the team managers on the family's care team. */
export async function managers(tx: Tx, family: VisibleFamily, teamId: string | null) {
  const ofTeam = teamId
    ? await tx
        .selectFrom('staff as s')
        .select(['s.id', 's.full_name'])
        .where('s.team_id', '=', teamId)
        .where('s.role', '=', 'team_manager')
        .where(stillWorking)
        .orderBy('s.full_name')
        .execute()
    : [];
  if (ofTeam.length) return ofTeam;
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['s.id', 's.full_name'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where('s.role', '=', 'team_manager')
    .where(stillWorking)
    .orderBy('s.full_name')
    .execute();
}

/**
 * Puts the workers a request is escalated to on the family's care team when they are not on it (a duty worker or a
 * manager of another team), so that they can read and answer it through the same access rule as everyone else.
 * Returns those added; a worker already on the team, or added by a concurrent run, is left as they are.
 */
export async function joinCareTeam(tx: Tx, family: VisibleFamily, staffIds: readonly string[], makeId: () => string) {
  if (staffIds.length === 0) return [];
  const onTeam = await tx
    .selectFrom('care_team_members')
    .select('staff_id')
    .where('family_id', '=', family.id)
    .where('ended_at', 'is', null)
    .where('staff_id', 'in', [...staffIds])
    .execute();
  const missing = staffIds.filter((id) => !onTeam.some((m) => m.staff_id === id));
  if (missing.length === 0) return [];
  const added = await tx
    .insertInto('care_team_members')
    .values(
      missing.map((staffId) => ({
        family_id: family.id,
        id: makeId(),
        staff_id: staffId,
        team_role: 'other' as const,
        key_worker: null,
        added_by_staff_id: null,
        started_at: new Date(),
      })),
    )
    .onConflict((c) => c.columns(['family_id', 'staff_id']).where(sql<boolean>`ended_at IS NULL`).doNothing())
    .returning(['staff_id'])
    .execute();
  return added.map((a) => a.staff_id);
}

/** Names and jobs of workers, for the parent's notification. */
export function staffNames(tx: Tx, staffIds: readonly string[]) {
  return tx
    .selectFrom('staff as s')
    .leftJoin('teams as t', 't.id', 's.team_id')
    .select(['s.id', 's.full_name', 's.job_title', 't.name as team_name'])
    .where('s.id', 'in', [...staffIds])
    .execute();
}
