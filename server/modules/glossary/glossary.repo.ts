// SQL for the glossary of jargon terms and their plain wording.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';

export async function listTerms(db: Db) {
  return db.selectFrom('glossary_terms').selectAll().where('language', '=', 'en').orderBy(sql`lower(term)`).execute();
}

export async function insertTerm(
  db: Db | Tx,
  v: { term: string; aliases: string[]; plain: string; explanation: string; staffId: string | null },
) {
  const id = newId();
  await db
    .insertInto('glossary_terms')
    .values({
      id,
      term: v.term,
      aliases: v.aliases,
      plain: v.plain,
      explanation: v.explanation,
      updated_by_staff_id: v.staffId,
      updated_at: new Date(),
    })
    .execute();
  return id;
}

export async function updateTerm(
  tx: Tx,
  id: string,
  version: number,
  v: { term: string; aliases: string[]; plain: string; explanation: string; staffId: string },
) {
  const row = await tx
    .updateTable('glossary_terms')
    .set((eb) => ({
      term: v.term,
      aliases: v.aliases,
      plain: v.plain,
      explanation: v.explanation,
      updated_by_staff_id: v.staffId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function findTerm(tx: Tx, id: string) {
  return tx.selectFrom('glossary_terms').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countTerms(db: Db) {
  const r = await db
    .selectFrom('glossary_terms')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * Brings a built-in term up to date in a database that already has a glossary: added when missing (the index on
 * language and lower(term) decides between two instances starting at once), rewritten only while nobody has edited it
 * (updated_by_staff_id IS NULL) and only when its words differ, so an administrator's own wording always stays.
 * Returns whether anything changed.
 */
export async function refreshBuiltInTerm(tx: Tx, v: { term: string; aliases: string[]; plain: string; explanation: string }) {
  const inserted = await sql`INSERT INTO glossary_terms (id, term, aliases, plain, explanation, updated_by_staff_id, updated_at)
    VALUES (${newId()}, ${v.term}, ${v.aliases}, ${v.plain}, ${v.explanation}, NULL, now())
    ON CONFLICT (language, lower(term)) DO NOTHING`.execute(tx);
  if (Number(inserted.numAffectedRows ?? 0) > 0) return true;
  const updated = await sql`UPDATE glossary_terms SET aliases = ${v.aliases}, plain = ${v.plain}, explanation = ${v.explanation},
      version = version + 1, updated_at = now()
    WHERE language = 'en' AND lower(term) = lower(${v.term}) AND updated_by_staff_id IS NULL
      AND (aliases, plain, explanation) IS DISTINCT FROM (${v.aliases}::text[], ${v.plain}, ${v.explanation})`.execute(tx);
  return Number(updated.numAffectedRows ?? 0) > 0;
}
