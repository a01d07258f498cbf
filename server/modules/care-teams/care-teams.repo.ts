// SQL for care-team membership and the staff directory used to add someone to a team.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';

export async function findStaff(tx: Tx, staffId: string) {
  return tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 'o.kind as organisation_kind'])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
}

export async function activeMembers(tx: Tx, familyId: string) {
  return tx.selectFrom('care_team_members').selectAll().where('family_id', '=', familyId).where('ended_at', 'is', null).execute();
}

export async function insertMember(
  tx: Tx,
  v: {
    family_id: string;
    id: string;
    staff_id: string;
    team_role: string;
    key_worker: 'adult_mental_health' | 'childrens_services' | null;
    added_by_staff_id: string;
  },
) {
  await tx
    .insertInto('care_team_members')
    .values({ ...v, started_at: new Date() })
    .execute();
}

export async function endMember(tx: Tx, familyId: string, memberId: string, byStaffId: string, reason: string) {
  const r = await tx
    .updateTable('care_team_members')
    .set({ ended_at: new Date(), ended_by_staff_id: byStaffId, ended_reason: reason })
    .where('family_id', '=', familyId)
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
    .orderBy('s.full_name')
    .limit(50);
  if (query) q = q.where(sql<boolean>`s.full_name ILIKE ${`%${query.replace(/[%_\\]/g, '\\$&')}%`}`);
  return q.execute();
}
