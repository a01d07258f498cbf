// Which audit events a family member is shown ("Who has looked" and their subject access export), as one SQL
// condition built from the catalogue's `family` rule of each action (audit-actions.ts).
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import { type AccessScope, entryVisible } from '../access/scope.ts';
import { actionsWhere, type FamilySees } from './audit-actions.ts';

const UUID_TEXT = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * True for the events on `alias` (an audit_events row) that the scope's family member may be shown. The
 * subject-dependent rules look at the subject as it is now, so an entry whose placeholder is hidden later
 * takes its earlier events out of the list too, and an override appears once the parent has been told.
 * Anyone but a parent or a young person is shown nothing.
 */
export function familyMaySee(scope: AccessScope, alias = 'a'): Expression<SqlBool> {
  const actor = scope.actor;
  if (actor.kind !== 'parent' && actor.kind !== 'young_person') return sql<SqlBool>`false`;
  const parent = actor.kind === 'parent';
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  const is = (rule: FamilySees): RawBuilder<SqlBool> => {
    const actions = actionsWhere(rule);
    return actions.length ? sql<SqlBool>`${col('action')} IN (${sql.join(actions)})` : sql<SqlBool>`false`;
  };
  // The subject's id as a uuid, or null when it is not one (a CASE, so the cast is never tried on other text).
  const subject = sql`(CASE WHEN ${col('subject_id')} ~ ${UUID_TEXT} THEN ${col('subject_id')}::uuid END)`;
  const about = (type: string) => sql<SqlBool>`${col('subject_type')} = ${type}`;
  const rules: RawBuilder<SqlBool>[] = [
    is('yes'),
    sql<SqlBool>`(${is('entry')} AND ${about('entry')} AND EXISTS (
      SELECT 1 FROM record_entries e WHERE e.family_id = ${col('family_id')} AND e.id = ${subject} AND ${entryVisible(scope, 'e')}))`,
    sql<SqlBool>`(${is('own')} AND ((${about('person')} AND ${col('subject_id')} = ${actor.personId}) OR (${about('subject_access_export')}
      AND EXISTS (SELECT 1 FROM subject_access_exports x WHERE x.id = ${subject} AND x.family_id = ${col('family_id')} AND x.person_id = ${actor.personId}))))`,
  ];
  if (parent) {
    rules.push(
      // An appointment's events are hers, but not a professionals' meeting's (issue 17 §2: she was not invited to it).
      sql<SqlBool>`(${is('parent')} AND NOT (${about('appointment')} AND EXISTS (
        SELECT 1 FROM meetings m WHERE m.family_id = ${col('family_id')} AND m.appointment_id = ${subject} AND NOT m.family_invited)))`,
      is('consent'),
      sql<SqlBool>`(${is('override')} AND ${about('override')} AND EXISTS (
        SELECT 1 FROM safeguarding_overrides o WHERE o.family_id = ${col('family_id')} AND o.id = ${subject} AND o.parent_told))`,
      sql<SqlBool>`(${is('meeting')} AND ${about('meeting')} AND EXISTS (
        SELECT 1 FROM meetings m WHERE m.family_id = ${col('family_id')} AND m.appointment_id = ${subject} AND m.family_invited))`,
    );
  } else {
    rules.push(
      sql<SqlBool>`(${is('consent')} AND ${about('consent')} AND EXISTS (
        SELECT 1 FROM consents c WHERE c.family_id = ${col('family_id')} AND c.id = ${subject} AND c.subject_person_id = ${actor.personId}))`,
    );
  }
  return sql<SqlBool>`(${sql.join(rules, sql` OR `)})`;
}
