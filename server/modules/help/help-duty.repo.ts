// SQL for a team's duty worker: who answers for the team when a request for help is not acknowledged in time.
import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';

export async function team(tx: Tx, teamId: string) {
  return tx.selectFrom('teams').select(['id', 'organisation_id', 'name', 'duty_staff_id']).where('id', '=', teamId).executeTakeFirst();
}

/** A worker who could be the duty worker: their agency, role, and whether their account was deactivated. */
export async function worker(tx: Tx, staffId: string) {
  return tx
    .selectFrom('staff as s')
    .select([
      's.id',
      's.organisation_id',
      's.role',
      's.full_name',
      sql<boolean>`EXISTS (SELECT 1 FROM accounts acc WHERE acc.staff_id = s.id AND acc.disabled_at IS NOT NULL)`.as('deactivated'),
    ])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
}

export async function setDuty(tx: Tx, teamId: string, staffId: string | null) {
  await tx.updateTable('teams').set({ duty_staff_id: staffId }).where('id', '=', teamId).execute();
}
