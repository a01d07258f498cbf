// The closed-family rule (issue 13 §8): after the work with a family is closed, its care team reads the record
// until families.team_read_until and changes nothing until it is reopened; after that it reads nothing. The family
// keeps reading and answering its own record. One pure rule for withFamily() and the policy table, one SQL condition
// for familyVisible().
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { AuditAction } from '../audit/audit-log.ts';
import { conflict, type HttpError } from '../http/errors.ts';
import type { Actor } from './actor.ts';

/**
 * The changes a professional may still make to a closed family: reopening it, which is how work starts again; and a
 * FHIR export (issue 19), whose only write is its disclosure row: the team still reads the record in its window (a GET,
 * so past the window familyVisible() finds nothing and the export is a 404 like any read).
 */
export const CLOSED_FAMILY_CHANGES: readonly AuditAction[] = ['involvement.reopened', 'family.fhir_exported'];

export type FamilyState = 'open' | 'closed' | 'closed_past_window';

/** Whether a family in this state is visible to the actor for a request of this intent (the SQL below, in words). */
export function closedFamilyVisible(actor: Actor['kind'], state: FamilyState, intent: 'read' | 'write'): boolean {
  if (actor !== 'professional' || state !== 'closed_past_window') return true;
  // Past the window a professional reads nothing; a change reaches the family only to be refused or to reopen it.
  return intent === 'write';
}

/** Whether the actor may make this change to a family in this state; a refusal is a 409 saying to reopen first. */
export function closedFamilyChange(actor: Actor['kind'], state: FamilyState, action: AuditAction): HttpError | null {
  if (state === 'open' || actor !== 'professional' || CLOSED_FAMILY_CHANGES.includes(action)) return null;
  return conflict(
    'The work with this family is closed, so nothing can be changed. If the service is working with the family again, reopen it first: a key worker or team manager can do this on the family’s page.',
  );
}

/** A professional's read of a closed family past its window finds nothing: added to familyVisible() for reads. */
export function withinClosedWindow(familyIdColumn: RawBuilder<unknown>): Expression<SqlBool> {
  return sql<SqlBool>`NOT EXISTS (SELECT 1 FROM families closed WHERE closed.id = ${familyIdColumn} AND closed.team_read_until <= now())`;
}

export function familyState(
  row: { closed_at?: Date | string | null; team_read_until?: Date | string | null },
  now = new Date(),
): FamilyState {
  if (!row.closed_at) return 'open';
  return row.team_read_until && new Date(row.team_read_until) <= now ? 'closed_past_window' : 'closed';
}
