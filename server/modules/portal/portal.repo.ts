// SQL for the portal's "Who has looked at my record": the audit log, read for one family.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type AccessScope, familyVisible } from '../../access/scope.ts';
import type { FamilyQuery, Reader, VisibleFamily } from '../../access/visible-family.ts';
import { familyMaySee } from '../../audit/family-view.ts';
import type { Db, Tx } from '../../db/database.ts';

/**
 * Successful reads and changes of the family's record by anyone that the viewer may be shown, newest first (audit_events_family_idx):
 * `limit` + 1 rows, so pageOf() can tell whether there is more. A query, so it can be read inside the family lookup.
 */
export function accessesQuery(
  db: Db | Tx,
  scope: AccessScope,
  family: VisibleFamily,
  options: { before?: { at: string; id: string }; limit: number; excludeAccountId: string },
) {
  let q = db
    .selectFrom('audit_events as a')
    .leftJoin('staff as s', 's.id', 'a.actor_staff_id')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('accounts as acc', 'acc.id', 'a.actor_account_id')
    .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'acc.family_id').onRef('p.id', '=', 'acc.person_id'))
    .select([
      'a.id',
      'a.occurred_at',
      'a.action',
      'a.actor_kind',
      'a.actor_account_id',
      's.full_name as staff_name',
      's.job_title',
      'o.name as organisation_name',
      'p.full_name as person_name',
      'p.preferred_name',
    ])
    .where('a.family_id', '=', family.id)
    .where('a.outcome', '=', 'allowed')
    // Only what the catalogue lets the family see: no override they have not been told of, nothing about an
    // entry kept from them altogether, nothing of other people's exports (audit/audit-actions.ts).
    .where(familyMaySee(scope, 'a'))
    // The viewer's own looks are not news to them: the list is about everyone else.
    .where((eb) => eb.or([eb('a.actor_account_id', 'is', null), eb('a.actor_account_id', '!=', options.excludeAccountId)]))
    .where(familyVisible(scope, 'a.family_id'))
    .orderBy('a.occurred_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(options.limit + 1);
  if (options.before) q = q.where(sql<boolean>`(a.occurred_at, a.id) < (${options.before.at}::timestamptz, ${options.before.id}::uuid)`);
  return q;
}

/** A row as read directly or through a JSON array (where the time is a string). */
export type AccessRow = Omit<Awaited<ReturnType<ReturnType<typeof accessesQuery>['execute']>>[number], 'occurred_at'> & {
  occurred_at: Date | string;
};

export function pageOf<R>(rows: R[], limit: number) {
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

/** A page of "Who has looked", read in the access check's own statement (accessesQuery carries its own scope condition). */
export function withAccessesPage(scope: AccessScope, options: Parameters<typeof accessesQuery>[3]) {
  return (q: FamilyQuery, tx: Reader, family: VisibleFamily) =>
    q.select(jsonArrayFrom(accessesQuery(tx, scope, family, options)).as('accesses'));
}

/** A family member's own language (issue 16 §3): only their own person row in the family they were found in. */
export async function setPreferredLanguage(tx: Tx, family: VisibleFamily, personId: string, language: string): Promise<boolean> {
  const done = await tx
    .updateTable('people')
    // A new version: a worker's person form opened before this change gets a 409, not a save over the person's choice.
    .set((eb) => ({ preferred_language: language, version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', personId)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
