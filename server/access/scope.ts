// The access scope: the only code that decides which families an actor can see. Repositories take
// a scope and filter with familyVisible(); there is no other way to reach family data.
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { InformationCategory } from '../../shared/domain/records.ts';
import type { OrganisationKind } from '../db/schema.ts';
import type { Actor, ProfessionalActor, SystemActor } from './actor.ts';
import { withinClosedWindow } from './closed-family.ts';

declare const scopeBrand: unique symbol;

/**
 * Made only by scopeFor() and systemScope(), so a repository cannot be handed a home-made scope.
 * `intent` is 'read' for GET requests: emergency access ("break the glass") opens a family for reading only.
 */
export type AccessScope = { readonly actor: Actor; readonly intent: 'read' | 'write'; readonly [scopeBrand]: true };

export function scopeFor(actor: Actor, intent: 'read' | 'write' = 'write'): AccessScope {
  return { actor, intent } as AccessScope;
}

/**
 * Every reason the server may act without a caller's scope, in one list: a scheduled job, a step taken for the
 * family itself rather than for the person asking, the demo loader. systemScope() and systemFamily() take one
 * of these, so this list and a grep for them show every place that bypasses the caller's scope.
 */
export const SYSTEM_REASONS = [
  'consent expiry',
  'emergency access window passed',
  'subject access export',
  'subject access request by governance',
  'emergency access start',
  'safeguarding override review by governance',
  'young person invitation review by governance',
  'raised worry review by governance',
  'withholding review reminders',
  'plan review reminders',
  'something new mail',
  'help request escalation',
  'check in reminders',
  'crisis carer reminders',
  'crisis review reminders',
  'referral chase reminders',
  'appointment reminders',
  'minutes reminders',
  'demo',
] as const;
export type SystemReason = (typeof SYSTEM_REASONS)[number];

/** A scope whose actor is the system: what scheduled jobs' repository functions take. */
export type SystemScope = AccessScope & { readonly actor: SystemActor };

/** A privileged scope that sees every family. Loud on purpose: grep for it; use it rarely. */
export function systemScope(reason: SystemReason): SystemScope {
  const actor: SystemActor = { kind: 'system', reason };
  return { actor, intent: 'write' } as SystemScope;
}

/** Categories an agency sees on any family whose care team it is on, without asking for consent. */
export const HOME_CATEGORIES: Record<OrganisationKind, readonly string[]> = {
  adult_mental_health: ['mental_health'],
  childrens_services: ['childrens_social_care'],
  health: ['health'],
  education: ['education'],
  voluntary: [],
};

const activeEmergencyAccess = (staffId: unknown, familyIdColumn: RawBuilder<unknown>) =>
  sql`SELECT 1 FROM emergency_accesses ea WHERE ea.family_id = ${familyIdColumn} AND ea.staff_id = ${staffId}
      AND ea.ended_at IS NULL AND ea.started_at <= now() AND ea.ends_at > now()`;

/**
 * A condition on a family id column: true only for families the scope may see right now.
 * Care-team membership is read on every request, so removing someone ends their access at once (on the primary; a read
 * served by a hot standby may lag by up to DATABASE_REPLICA_MAX_LAG_MS: ARCHITECTURE.md, "A hot standby for reads").
 */
export function familyVisible(scope: AccessScope, familyIdColumn: string): Expression<SqlBool> {
  const column = sql.ref(familyIdColumn);
  const actor = scope.actor;
  switch (actor.kind) {
    case 'system':
      return sql<SqlBool>`true`;
    case 'professional':
      return professionalSeesFamily(actor.staffId, scope.intent, column);
    case 'parent':
    case 'young_person':
    case 'network_member':
    case 'other_parent':
      return sql<SqlBool>`${column} = ${actor.familyId}`;
    case 'anonymous':
      return sql<SqlBool>`false`;
  }
}

/**
 * The professional rule of familyVisible(), for a staff id given as a value (the caller) or as a column (staff
 * rows, for "who else may read this": staffMayReadEntry()).
 */
function professionalSeesFamily(staffId: unknown, intent: AccessScope['intent'], column: RawBuilder<unknown>): Expression<SqlBool> {
  const onTeam = sql`SELECT ctm.family_id FROM care_team_members ctm
      WHERE ctm.staff_id = ${staffId} AND ctm.ended_at IS NULL AND ctm.started_at <= now()`;
  if (intent !== 'read') return sql<SqlBool>`${column} IN (${onTeam})`;
  // Emergency access opens the family for reading only: GET requests carry the 'read' intent. One IN over
  // both sets (not "IN … OR EXISTS …"): with an OR, PostgreSQL tested every family in the database against
  // the caller's caseload (a professional's list at 50,000 families: a sequential scan, 24 ms); this way it
  // reads the caller's own rows and looks each family up by its key.
  // A closed family is read by its team only until its window ends (closed-family.ts); a change still finds it, to
  // be refused with "reopen first" or to reopen it.
  return sql<SqlBool>`(${column} IN (${onTeam}
    UNION ALL
    SELECT ea.family_id FROM emergency_accesses ea
    WHERE ea.staff_id = ${staffId} AND ea.ended_at IS NULL AND ea.started_at <= now() AND ea.ends_at > now())
    AND ${withinClosedWindow(column)})`;
}

/** Whether a consent (table alias `c`) is in force today: not withdrawn, started, not ended. */
export const consentActive = (c: string) =>
  sql<SqlBool>`(${sql.ref(`${c}.withdrawn_at`)} IS NULL AND ${sql.ref(`${c}.starts_on`)} <= current_date
    AND (${sql.ref(`${c}.ends_on`)} IS NULL OR ${sql.ref(`${c}.ends_on`)} >= current_date))`;

/** Whether a safeguarding override (table alias `o`) is in force now. */
export const overrideActive = (o: string) =>
  sql<SqlBool>`(${sql.ref(`${o}.ended_at`)} IS NULL AND ${sql.ref(`${o}.starts_at`)} <= now() AND ${sql.ref(`${o}.ends_at`)} > now())`;

/** The facts of one entry (or one version of it) that the category rule reads, as SQL expressions. */
type CategoryFacts = {
  familyId: RawBuilder<unknown>;
  category: RawBuilder<unknown>;
  authorOrganisationId: RawBuilder<unknown>;
  aboutPersonIds: RawBuilder<unknown>;
};
const factsOf = (alias: string): CategoryFacts => ({
  familyId: sql.ref(`${alias}.family_id`),
  category: sql.ref(`${alias}.category`),
  authorOrganisationId: sql.ref(`${alias}.author_organisation_id`),
  aboutPersonIds: sql.ref(`${alias}.about_person_ids`),
});

/**
 * Who is reading, for the category rule: their staff id and agency as values (the caller) or as columns (staff
 * rows), and whether a category is their agency's own field (HOME_CATEGORIES) or general.
 */
type CategoryReader = { staffId: unknown; organisationId: unknown; home: (category: RawBuilder<unknown>) => Expression<SqlBool> };

const readerOf = (actor: ProfessionalActor): CategoryReader => {
  const home = [...HOME_CATEGORIES[actor.organisationKind], 'general'];
  return {
    staffId: actor.staffId,
    organisationId: actor.organisationId,
    home: (category) => sql<SqlBool>`${category} IN (${sql.join(home)})`,
  };
};

/** Every (agency kind, category) pair of HOME_CATEGORIES, for a reader whose agency kind is a column. */
const HOME_PAIRS = Object.entries(HOME_CATEGORIES).flatMap(([kind, categories]) => categories.map((c) => sql`(${kind}, ${c})`));

/** A staff row (alias `staff`, its organisation `organisation`) as a reader: the same rule, its facts as columns. */
const readerOfRow = (staff: string, organisation: string): CategoryReader => ({
  staffId: sql.ref(`${staff}.id`),
  organisationId: sql.ref(`${staff}.organisation_id`),
  home: (category) =>
    sql<SqlBool>`(${category} = 'general' OR (${sql.ref(`${organisation}.kind`)}, ${category}) IN (VALUES ${sql.join(HOME_PAIRS)}))`,
});

/**
 * P12, information categories: a professional on the care team sees an entry when
 *   - their own agency recorded it; or
 *   - it is general, or in their agency's own field (HOME_CATEGORIES); or
 *   - the family has an active consent for that category to their agency or to them (a young person's
 *     consent covers only entries about them); or
 *   - an active safeguarding override shares that category with their agency; or
 *   - they hold active emergency access to the family (read-only; never another agency's third-party notes).
 * Third-party information is never shared by consent: it is not the family's to give.
 */
function professionalSeesCategory(reader: CategoryReader, f: CategoryFacts): Expression<SqlBool> {
  return sql<SqlBool>`(
    ${f.authorOrganisationId} = ${reader.organisationId}
    OR ${reader.home(f.category)}
    OR (${f.category} <> 'third_party' AND EXISTS (
      SELECT 1 FROM consents c WHERE c.family_id = ${f.familyId} AND c.category = ${f.category} AND ${consentActive('c')}
        AND (c.recipient_organisation_id = ${reader.organisationId} OR c.recipient_staff_id = ${reader.staffId})
        AND (c.subject_person_id IS NULL OR c.subject_person_id = ANY(${f.aboutPersonIds}))))
    OR EXISTS (
      SELECT 1 FROM safeguarding_overrides o WHERE o.family_id = ${f.familyId} AND ${f.category} = ANY(o.categories)
        AND o.recipient_organisation_id = ${reader.organisationId} AND ${overrideActive('o')})
    OR (${f.category} <> 'third_party' AND EXISTS (${activeEmergencyAccess(reader.staffId, f.familyId)}))
  )`;
}

/** professionalSeesCategory() for a row (table alias) with family_id, category, author_organisation_id, about_person_ids. */
export function professionalSeesEntry(actor: ProfessionalActor, alias: string): Expression<SqlBool> {
  return professionalSeesCategory(readerOf(actor), factsOf(alias));
}

/**
 * Whether the staff member of a row (alias `staff`, joined to its organisation `organisation`) may open the entry
 * (alias `entry`) as findEntry lets them: the family through familyVisible() for reading, the entry through
 * professionalSeesEntry(). The same rule, with the staff member's facts as columns, so "who else may read this"
 * (who is told of a reply) is decided in SQL by the rule that decides who reads it, for any number of staff.
 */
export function staffMayReadEntry(staff: string, organisation: string, entry: string): Expression<SqlBool> {
  const reader = readerOfRow(staff, organisation);
  return sql<SqlBool>`(${professionalSeesFamily(reader.staffId, 'read', sql.ref(`${entry}.family_id`))}
    AND ${professionalSeesCategory(reader, factsOf(entry))})`;
}

/**
 * Categories that are a person's own (their body and mind) or someone else's private life. A young person reads
 * an entry about them in one of these only when it is about them alone: an entry about his mother's mental health
 * that also names him is hers, and she has not shared it with him (there is no consent to a family member yet).
 */
export const PERSONAL_CATEGORIES: readonly InformationCategory[] = ['mental_health', 'health', 'third_party'];

function youngPersonSeesCategory(personId: string, category: RawBuilder<unknown>, about: RawBuilder<unknown>): Expression<SqlBool> {
  return sql<SqlBool>`(${category} NOT IN (${sql.join(PERSONAL_CATEGORIES)}) OR ${about} = ARRAY[${personId}]::uuid[])`;
}

/**
 * A parent who is not the parent the record is about (issue 13 §6) reads what concerns himself and the children he is
 * a parent of: an entry about any of them, but one in a personal category only when everyone it is about is one of
 * them (the young person's rule for a set of people), so an entry about the children's mother's mental health that
 * names Jamie stays hers.
 */
function otherParentSeesEntry(theirs: RawBuilder<unknown>, category: RawBuilder<unknown>, about: RawBuilder<unknown>): Expression<SqlBool> {
  return sql<SqlBool>`(${about} && ${theirs} AND (${category} NOT IN (${sql.join(PERSONAL_CATEGORIES)}) OR ${about} <@ ${theirs}))`;
}

/**
 * Whom an other parent's reading is about: himself and his children, put together in SQL from his id and his children's
 * (two values, whatever the number of children, so a statement compiled once binds them: server/db/compiled-once.ts).
 */
const otherParentPeople = (actor: { personId: string; childPersonIds: readonly string[] }) =>
  sql`array_prepend(${actor.personId}::uuid, ${actor.childPersonIds}::uuid[])`;

/**
 * Which record entries (table alias `e`) the scope may see, on top of familyVisible(). Professionals:
 * professionalSeesEntry() above; a parent sees every entry except one whose very existence a team manager has
 * hidden; a young person sees entries about them, in a personal category (PERSONAL_CATEGORIES) only when about
 * them alone; an other parent entries about himself or his children (otherParentSeesEntry), withheld ones as the
 * parent's placeholders; network members see none until the parent shares. What a family member sees of a
 * withheld entry is cut down further by the portal's view (only a placeholder leaves the server).
 */
export function entryVisible(scope: AccessScope, alias = 'e'): Expression<SqlBool> {
  const actor = scope.actor;
  const e = (c: string) => sql.ref(`${alias}.${c}`);
  const hidden = sql<SqlBool>`(${e('withholding_scope')} = 'whole' AND ${e('placeholder_hidden')})`;
  switch (actor.kind) {
    case 'system':
      return sql<SqlBool>`true`;
    case 'professional':
      return professionalSeesEntry(actor, alias);
    case 'parent':
      return sql<SqlBool>`NOT ${hidden}`;
    case 'young_person':
      return sql<SqlBool>`(${actor.personId}::uuid = ANY(${e('about_person_ids')}) AND NOT ${hidden}
        AND ${youngPersonSeesCategory(actor.personId, e('category'), e('about_person_ids'))})`;
    case 'other_parent':
      return sql<SqlBool>`(NOT ${hidden} AND ${otherParentSeesEntry(otherParentPeople(actor), e('category'), e('about_person_ids'))})`;
    case 'network_member':
    case 'anonymous':
      return sql<SqlBool>`false`;
  }
}

/**
 * The versions of an entry (alias `e`, already passing entryVisible()) the scope may read, as an int[] column;
 * null means every version. Each version carries the category it was written in, and is read only by someone
 * the category rule lets read that category: a version written as mental health stays with those who could read
 * mental health, even if the entry is general now. The one place versions are decided, for every reader.
 */
export function readableVersions(scope: AccessScope, alias = 'e'): RawBuilder<number[] | null> {
  const actor = scope.actor;
  const e = (c: string) => sql.ref(`${alias}.${c}`);
  const versionsWhere = (condition: Expression<SqlBool>) =>
    sql<number[]>`ARRAY(SELECT v.version FROM record_entry_versions v
      WHERE v.family_id = ${e('family_id')} AND v.entry_id = ${e('id')}
        AND (v.category = ${e('category')} OR ${condition}) ORDER BY v.version)`;
  switch (actor.kind) {
    case 'system':
    case 'parent':
      return sql<null>`NULL::int[]`;
    case 'professional':
      return versionsWhere(professionalSeesCategory(readerOf(actor), { ...factsOf(alias), category: sql.ref('v.category') }));
    case 'young_person':
      return versionsWhere(youngPersonSeesCategory(actor.personId, sql.ref('v.category'), e('about_person_ids')));
    case 'other_parent':
      return versionsWhere(otherParentSeesEntry(otherParentPeople(actor), sql.ref('v.category'), e('about_person_ids')));
    case 'network_member':
    case 'anonymous':
      return sql<number[]>`'{}'::int[]`;
  }
}

/**
 * Which needs (issue 15, table alias `n`: family_id, person_id, category, author_organisation_id, about_person_ids) the
 * scope may read, on top of familyVisible(). The record's own rules, so a need is never read more widely than an entry
 * about the same person in the same category: professionals by the category rule (professionalSeesEntry: the school
 * reads a parent's mental health need only with her consent); the parent her own needs and her children's (another
 * adult's needs are theirs, even where she reads the record's entries about them); a young person his
 * own needs (in a personal category only when about him alone, which a need always is); an other parent his own and
 * his children's, by the same rule; network members none (a worker records a need they raised as raised by them).
 * The support and referrals of a need are read with it.
 */
export function needVisible(scope: AccessScope, alias = 'n'): Expression<SqlBool> {
  const actor = scope.actor;
  const n = (c: string) => sql.ref(`${alias}.${c}`);
  switch (actor.kind) {
    case 'system':
      return sql<SqlBool>`true`;
    case 'parent':
      // Her own needs and the children's: another adult's needs (the children's father's, a grandparent's) are theirs.
      return sql<SqlBool>`(${n('person_id')} = ${actor.personId}::uuid OR EXISTS (SELECT 1 FROM people np
        WHERE np.family_id = ${n('family_id')} AND np.id = ${n('person_id')} AND np.kind = 'child'))`;
    case 'professional':
      return professionalSeesEntry(actor, alias);
    case 'young_person':
      return sql<SqlBool>`(${n('person_id')} = ${actor.personId}::uuid
        AND ${youngPersonSeesCategory(actor.personId, n('category'), n('about_person_ids'))})`;
    case 'other_parent':
      return otherParentSeesEntry(otherParentPeople(actor), n('category'), n('about_person_ids'));
    case 'network_member':
    case 'anonymous':
      return sql<SqlBool>`false`;
  }
}
