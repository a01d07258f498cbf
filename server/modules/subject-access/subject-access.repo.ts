// SQL for subject access exports: asking, claiming one to build (SKIP LOCKED), storing the result.
import { sql } from 'kysely';
import { familyVisible, type SystemScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';

export async function insertExport(tx: Tx, family: VisibleFamily, v: { id: string; person_id: string; requested_by_account_id: string }) {
  await tx
    .insertInto('subject_access_exports')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function findExport(db: Db | Tx, id: string) {
  return db.selectFrom('subject_access_exports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Claims one pending export (SKIP LOCKED, so two instances never build the same one). */
export async function claimPendingExport(tx: Tx, system: SystemScope) {
  return tx
    .selectFrom('subject_access_exports')
    .selectAll()
    .where(familyVisible(system, 'subject_access_exports.family_id'))
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function completeExport(
  tx: Tx,
  family: VisibleFamily,
  exportId: string,
  v: { content: string | null; html: string | null; error: string | null },
) {
  await tx
    .updateTable('subject_access_exports')
    .set({ ...v, status: v.error ? 'failed' : 'ready', completed_at: new Date() })
    // By the whole primary key: one family's shard once the table is distributed by family.
    .where('family_id', '=', family.id)
    .where('id', '=', exportId)
    .execute();
}

export async function personAccount(tx: Tx, family: VisibleFamily, personId: string) {
  return (
    tx
      .selectFrom('people as p')
      .leftJoin('accounts as a', (j) => j.onRef('a.family_id', '=', 'p.family_id').onRef('a.person_id', '=', 'p.id'))
      .select(['p.full_name', 'p.preferred_name', 'p.kind', 'a.id as account_id', 'a.kind as account_kind'])
      // The children this person is a parent of: what an other parent's reading is about (access/actor.ts), read as
      // his session reads it.
      .select(
        sql<string[]>`ARRAY(SELECT r.to_person_id::text FROM relationships r
        WHERE r.family_id = p.family_id AND r.from_person_id = p.id AND r.kind = 'parent_of' ORDER BY r.to_person_id)`.as(
          'child_person_ids',
        ),
      )
      .where('p.family_id', '=', family.id)
      .where('p.id', '=', personId)
      .executeTakeFirst()
  );
}
