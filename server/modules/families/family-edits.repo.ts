// SQL for changing a family's people, relationships, households and involvement level. Callers have
// already reached the family through withFamily(), so each statement is pinned to that family id.
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { InvolvementLevel, PersonKind, RelationshipKind } from '../../db/schema.ts';

export type PersonValues = {
  kind: PersonKind;
  full_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  pronouns: string | null;
  household_id: string | null;
  known_to_adult_mental_health: boolean;
  school: string | null;
  important_people: string | null;
  preferred_language?: Locale | null;
};

export async function insertPerson(tx: Tx, family: VisibleFamily, id: string, v: PersonValues) {
  await tx
    .insertInto('people')
    .values({ family_id: family.id, id, ...v })
    .execute();
}

/** Updates only if `version` is current; returns the new version, or undefined when stale or missing. */
export async function updatePerson(tx: Tx, family: VisibleFamily, id: string, version: number, v: PersonValues) {
  const row = await tx
    .updateTable('people')
    .set((eb) => ({ ...v, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function findPerson(tx: Tx, family: VisibleFamily, id: string) {
  return tx.selectFrom('people').selectAll().where('family_id', '=', family.id).where('id', '=', id).executeTakeFirst();
}

export async function householdExists(tx: Tx, family: VisibleFamily, id: string) {
  return Boolean(await tx.selectFrom('households').select('id').where('family_id', '=', family.id).where('id', '=', id).executeTakeFirst());
}

export async function insertRelationship(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  v: { from_person_id: string; to_person_id: string; kind: RelationshipKind; description: string | null },
) {
  await tx
    .insertInto('relationships')
    .values({ family_id: family.id, id, ...v })
    .execute();
}

export async function deleteRelationship(tx: Tx, family: VisibleFamily, id: string) {
  const r = await tx.deleteFrom('relationships').where('family_id', '=', family.id).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function insertHousehold(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  v: { name: string; address: string | null; address_confidential: boolean },
) {
  await tx
    .insertInto('households')
    .values({ family_id: family.id, id, ...v })
    .execute();
}

export async function updateHousehold(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  version: number,
  v: { name: string; address: string | null; address_confidential: boolean },
) {
  const row = await tx
    .updateTable('households')
    .set((eb) => ({ ...v, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function findHousehold(tx: Tx, family: VisibleFamily, id: string) {
  return tx.selectFrom('households').selectAll().where('family_id', '=', family.id).where('id', '=', id).executeTakeFirst();
}

export async function recordAskedNone(tx: Tx, family: VisibleFamily, personId: string, staffId: string) {
  const r = await tx
    .updateTable('people')
    .set((eb) => ({ dependants_asked_none_by_staff_id: staffId, dependants_asked_none_at: new Date(), version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', personId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function changeInvolvement(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  v: { level: InvolvementLevel; started_on: string; note: string | null; staffId: string },
) {
  await tx
    .insertInto('involvement_history')
    .values({ family_id: family.id, id, level: v.level, started_on: v.started_on, note: v.note, recorded_by_staff_id: v.staffId })
    .execute();
  await tx
    .updateTable('families')
    .set((eb) => ({ involvement_level: v.level, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', family.id)
    .execute();
}
