// SQL for emergency access: starting, ending, lapsing and reviewing it.

import { sql } from 'kysely';
import { familyVisible, type SystemScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';

export async function activeEmergencyAccessFor(tx: Tx, staffId: string, family: VisibleFamily) {
  return tx
    .selectFrom('emergency_accesses')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('family_id', '=', family.id)
    .where('ended_at', 'is', null)
    .where('ends_at', '>', new Date())
    .executeTakeFirst();
}

export async function insertEmergencyAccess(
  tx: Tx,
  family: VisibleFamily,
  v: { id: string; staff_id: string; reason: string; started_at: Date; ends_at: Date },
) {
  await tx
    .insertInto('emergency_accesses')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function endEmergencyAccess(tx: Tx, id: string, staffId: string) {
  const r = await tx
    .updateTable('emergency_accesses')
    .set({ ended_at: new Date() })
    .where('id', '=', id)
    .where('staff_id', '=', staffId)
    .where('ended_at', 'is', null)
    .returning(['family_id'])
    .executeTakeFirst();
  return r?.family_id;
}

/** Emergency accesses whose window has passed are closed (and audited by the caller) once. */
export async function closeLapsedEmergencyAccesses(tx: Tx, system: SystemScope) {
  return tx
    .updateTable('emergency_accesses')
    .set({ ended_at: sql`ends_at` })
    .where(familyVisible(system, 'emergency_accesses.family_id'))
    .where('ended_at', 'is', null)
    .where('ends_at', '<=', new Date())
    .returning(['id', 'family_id', 'staff_id'])
    .execute();
}

export async function isOnCareTeam(tx: Tx, staffId: string, family: VisibleFamily) {
  return Boolean(
    await tx
      .selectFrom('care_team_members')
      .select('id')
      .where('staff_id', '=', staffId)
      .where('family_id', '=', family.id)
      .where('ended_at', 'is', null)
      .executeTakeFirst(),
  );
}

export async function reviewEmergencyAccess(tx: Tx, id: string, staffId: string, note: string) {
  return tx
    .updateTable('emergency_accesses')
    .set({ reviewed_at: new Date(), reviewed_by_staff_id: staffId, review_note: note })
    .where('id', '=', id)
    .returning('family_id')
    .executeTakeFirst();
}
