// SQL for families, their people, households, relationships, involvement history and care team.
// Every function takes the access scope; family rows are reached only through familyVisible().
import { type RawBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type AccessScope, familyVisible } from '../../access/scope.ts';
import { scopeFromValues, scopeShape, scopeValues } from '../../access/scope-values.ts';
import { compiledOnceExtension, type FamilyQuery, findFamily, type Reader, type VisibleFamily } from '../../access/visible-family.ts';
import { runCompiled } from '../../db/compiled-once.ts';

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
  // A professional's first page: compiled once, then bound (server/db/compiled-once.ts).
  return runCompiled(db, `families of a staff member for ${scopeShape(scope)}`, { ...scopeValues(scope), staffId }, (v) =>
    familiesForStaff(db, scopeFromValues(scope, v), v.staffId),
  );
}

function familiesForStaff(db: Reader, scope: AccessScope, staffId: string) {
  return db
    .selectFrom('families as f')
    .innerJoin('care_team_members as m', (j) =>
      j.onRef('m.family_id', '=', 'f.id').on('m.staff_id', '=', staffId).on('m.ended_at', 'is', null),
    )
    .leftJoin('family_summaries as s', 's.family_id', 'f.id')
    .select([
      'f.id',
      'f.display_name',
      'f.involvement_level',
      'f.closed_at',
      'f.team_read_until',
      'm.team_role',
      'm.key_worker',
      // From the maintained summary (migration 0009); a family without one yet is counted here instead, so a
      // missing row can never hide the "children not yet asked about" flag.
      sql<number>`COALESCE(s.children_count, (SELECT count(*) FROM people p WHERE p.family_id = f.id AND p.kind = 'child'))`.as(
        'children_count',
      ),
      sql<number>`COALESCE(s.people_count, (SELECT count(*) FROM people p WHERE p.family_id = f.id))`.as('people_count'),
      sql<boolean>`COALESCE(s.children_not_asked, EXISTS (${childrenNotAskedAbout(sql.ref('f.id'))}))`.as('children_not_asked'),
    ])
    .where(familyVisible(scope, 'f.id'))
    .orderBy('f.display_name');
}

/**
 * The rest of the family record, as columns of the family lookup: five JSON arrays in one statement
 * (timestamps arrive as ISO strings). They are subqueries of the looked-up row itself (correlated to
 * `families.id`), so they are read only for a family that passed findFamily's familyVisible(); repeating
 * that condition in each of them cost five more scans of the caller's whole caseload (see BENCHMARKS.md).
 */
export function withFamilyParts() {
  return compiledOnceExtension('with its parts', {}, (q: FamilyQuery) =>
    q.select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('households as h')
          .select(['h.id', 'h.name', 'h.address', 'h.address_confidential', 'h.version'])
          .whereRef('h.family_id', '=', 'families.id')
          .orderBy('h.created_at')
          .orderBy('h.id'),
      ).as('households'),
      jsonArrayFrom(
        eb
          .selectFrom('people as p')
          .leftJoin('staff as s', 's.id', 'p.dependants_asked_none_by_staff_id')
          .select([
            'p.id',
            'p.kind',
            'p.full_name',
            'p.preferred_name',
            'p.date_of_birth',
            'p.household_id',
            'p.pronouns',
            'p.known_to_adult_mental_health',
            'p.dependants_asked_none_at',
            'p.school',
            'p.important_people',
            'p.preferred_language',
            'p.version',
            's.full_name as dependants_asked_by_name',
          ])
          .whereRef('p.family_id', '=', 'families.id')
          .orderBy('p.created_at')
          .orderBy('p.id'),
      ).as('people'),
      jsonArrayFrom(
        eb
          .selectFrom('relationships as r')
          .select(['r.id', 'r.from_person_id', 'r.to_person_id', 'r.kind', 'r.description'])
          .whereRef('r.family_id', '=', 'families.id')
          .orderBy('r.created_at')
          .orderBy('r.id'),
      ).as('relationships'),
      jsonArrayFrom(
        eb
          .selectFrom('involvement_history as i')
          // A worker's note kept as written (issue 16 §1): the care team sees it beside the note; the overview leaves it
          // out for anyone else.
          .leftJoin('kept_as_written as k', (j) =>
            j
              .onRef('k.family_id', '=', 'i.family_id')
              .onRef('k.subject_id', '=', 'i.id')
              .on('k.subject_kind', '=', 'involvement_note')
              .on('k.version', '=', 1),
          )
          .leftJoin('staff as ks', 'ks.id', 'k.staff_id')
          .select([
            'i.level',
            'i.event',
            'i.started_on',
            'i.note',
            'k.reason as kept_reason',
            'k.findings as kept_findings',
            'k.created_at as kept_at',
            'ks.full_name as kept_by',
          ])
          .whereRef('i.family_id', '=', 'families.id')
          .orderBy('i.started_on', 'desc'),
      ).as('involvement'),
      jsonArrayFrom(
        eb
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
          .whereRef('m.family_id', '=', 'families.id')
          .where('m.ended_at', 'is', null)
          .orderBy('m.started_at')
          .orderBy('m.id'),
      ).as('careTeam'),
    ]),
  );
}

export type FamilyParts = Pick<
  NonNullable<Awaited<ReturnType<typeof findFamilyWithParts>>>,
  'households' | 'people' | 'relationships' | 'involvement' | 'careTeam'
>;

function findFamilyWithParts(db: Reader, scope: AccessScope, familyId: string) {
  return findFamily(db, scope, familyId, withFamilyParts());
}

/** The parts alone, for callers that have the family already (the child's page, the subject access export). */
export async function loadFamilyParts(db: Reader, scope: AccessScope, family: VisibleFamily): Promise<FamilyParts> {
  const found = await findFamilyWithParts(db, scope, family.id);
  return found ?? { households: [], people: [], relationships: [], involvement: [], careTeam: [] };
}
