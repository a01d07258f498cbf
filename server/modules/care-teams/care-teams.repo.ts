// SQL for care-team membership and the staff directory used to add someone to a team.

import { sql } from 'kysely';
import type { CareTeamRole, KeyWorkerSide } from '../../../shared/domain/care-team-roles.ts';
import type { Phrase } from '../../../shared/i18n/messages.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

export async function findStaff(tx: Tx, staffId: string) {
  return tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 's.job_title', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .where('s.id', '=', staffId)
    .where(joinable())
    .executeTakeFirst();
}

/**
 * Who can join a care team: not a platform administrator (that role works on no family), and not someone whose
 * account an administrator has deactivated.
 */
function joinable() {
  return sql<boolean>`s.role <> 'platform_administrator'
    AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.staff_id = s.id AND a.disabled_at IS NOT NULL)`;
}

/** The team now, with each member's name, role in their agency and organisation (for the rule and the parent's message). */
export async function activeMembers(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      'm.id',
      'm.staff_id',
      'm.key_worker',
      's.full_name',
      's.job_title',
      's.role',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .execute();
}

/**
 * The family's parent accounts to tell of a change to the team; for an adult mental health worker, only parents
 * who are themselves known to adult mental health (that involvement is the adult's own information).
 */
export async function parentAccountsToTell(tx: Tx, family: VisibleFamily, adultMentalHealth: boolean) {
  let q = tx
    .selectFrom('accounts as a')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .select('a.id')
    .where('a.family_id', '=', family.id)
    .where('a.kind', '=', 'parent')
    .where('a.disabled_at', 'is', null);
  if (adultMentalHealth) q = q.where('p.known_to_adult_mental_health', '=', true);
  return (await q.execute()).map((a) => a.id);
}

/** The parent's accounts told of a change to the team, in words each reads in their own language. */
export async function notifyAccounts(tx: Tx, family: VisibleFamily, accountIds: string[], message: Phrase, makeId: () => string) {
  if (accountIds.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      accountIds.map((accountId) => ({
        id: makeId(),
        recipient_account_id: accountId,
        recipient_staff_id: null,
        kind: 'care_team_changed' as const,
        family_id: family.id,
        entry_id: null,
        ...phraseColumns(message),
        dedupe_key: null,
      })),
    )
    .execute();
}

export async function insertMember(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    staff_id: string;
    team_role: CareTeamRole;
    key_worker: KeyWorkerSide | null;
    added_by_staff_id: string;
  },
) {
  await tx
    .insertInto('care_team_members')
    .values({ ...v, family_id: family.id, started_at: new Date() })
    .execute();
}

export async function endMember(tx: Tx, family: VisibleFamily, memberId: string, byStaffId: string, reason: string) {
  const r = await tx
    .updateTable('care_team_members')
    .set({ ended_at: new Date(), ended_by_staff_id: byStaffId, ended_reason: reason })
    .where('family_id', '=', family.id)
    .where('id', '=', memberId)
    .where('ended_at', 'is', null)
    .returning(['staff_id'])
    .executeTakeFirst();
  return r?.staff_id;
}

/** Professionals in any agency, by name: the directory is not family data. */
export async function searchStaff(db: Db, query: string) {
  let q = db
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 's.job_title', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .where(joinable())
    .orderBy('s.full_name')
    .limit(50);
  if (query) q = q.where(sql<boolean>`s.full_name ILIKE ${`%${query.replace(/[%_\\]/g, '\\$&')}%`}`);
  return q.execute();
}
