// SQL for families, their people, households, relationships, involvement history and care team.
// Every function takes the access scope; family rows are reached only through familyVisible().
import { type RawBuilder, sql } from 'kysely';
import { type AccessScope, familyVisible } from '../../access/scope.ts';
import type { Db, Tx } from '../../db/database.ts';

type Reader = Db | Tx;

/** Relationships that record someone's children or other dependants. */
export const DEPENDANT_KINDS = ['parent_of', 'carer_of', 'grandparent_of'] as const;

/**
 * Adults known to adult mental health services with no children or dependants recorded and no
 * "asked, none" (P6: a family with no recorded children is flagged, not assumed childless).
 */
export function childrenNotAskedAbout(familyId: RawBuilder<unknown>) {
  return sql`SELECT 1 FROM people a WHERE a.family_id = ${familyId} AND a.known_to_adult_mental_health
    AND a.kind IN ('parent', 'other_adult') AND a.dependants_asked_none_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.family_id = a.family_id AND r.from_person_id = a.id
      AND r.kind IN ('parent_of', 'carer_of', 'grandparent_of'))`;
}

/** Families whose care team this professional is on now, with counts, in one query. */
export async function listFamiliesForStaff(db: Reader, scope: AccessScope, staffId: string) {
  return db
    .selectFrom('families as f')
    .innerJoin('care_team_members as m', (j) =>
      j.onRef('m.family_id', '=', 'f.id').on('m.staff_id', '=', staffId).on('m.ended_at', 'is', null),
    )
    .select((eb) => [
      'f.id',
      'f.display_name',
      'f.involvement_level',
      'm.team_role',
      'm.key_worker',
      eb
        .selectFrom('people as p')
        .whereRef('p.family_id', '=', 'f.id')
        .where('p.kind', '=', 'child')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('children_count'),
      eb
        .selectFrom('people as p')
        .whereRef('p.family_id', '=', 'f.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('people_count'),
      sql<boolean>`EXISTS (${childrenNotAskedAbout(sql.ref('f.id'))})`.as('children_not_asked'),
    ])
    .where(familyVisible(scope, 'f.id'))
    .orderBy('f.display_name')
    .execute();
}

export async function findFamily(db: Reader, scope: AccessScope, familyId: string) {
  return db
    .selectFrom('families')
    .select(['id', 'display_name', 'involvement_level', 'version'])
    .where('id', '=', familyId)
    .where(familyVisible(scope, 'families.id'))
    .executeTakeFirst();
}

/** The rest of the family record: a fixed, small number of indexed queries, whatever its size. */
export async function loadFamilyParts(db: Reader, scope: AccessScope, familyId: string) {
  const [households, people, relationships, involvement, careTeam] = await Promise.all([
    db
      .selectFrom('households')
      .selectAll()
      .where('family_id', '=', familyId)
      .where(familyVisible(scope, 'households.family_id'))
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('people')
      .leftJoin('staff', 'staff.id', 'people.dependants_asked_none_by_staff_id')
      .selectAll('people')
      .select('staff.full_name as dependants_asked_by_name')
      .where('people.family_id', '=', familyId)
      .where(familyVisible(scope, 'people.family_id'))
      .orderBy('people.created_at')
      .orderBy('people.id')
      .execute(),
    db
      .selectFrom('relationships')
      .selectAll()
      .where('family_id', '=', familyId)
      .where(familyVisible(scope, 'relationships.family_id'))
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('involvement_history')
      .selectAll()
      .where('family_id', '=', familyId)
      .where(familyVisible(scope, 'involvement_history.family_id'))
      .orderBy('started_on', 'desc')
      .execute(),
    db
      .selectFrom('care_team_members as m')
      .innerJoin('staff as s', 's.id', 'm.staff_id')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select([
        'm.id',
        'm.staff_id',
        'm.team_role',
        'm.key_worker',
        'm.started_at',
        's.full_name',
        's.job_title',
        's.email',
        's.phone',
        'o.name as organisation_name',
        'o.kind as organisation_kind',
      ])
      .where('m.family_id', '=', familyId)
      .where('m.ended_at', 'is', null)
      .where(familyVisible(scope, 'm.family_id'))
      .orderBy('m.started_at')
      .orderBy('m.id')
      .execute(),
  ]);
  return { households, people, relationships, involvement, careTeam };
}
