// SQL of the service directory: the import's upserts, the search (full text with prefix matching, by area of life,
// language, "free" and saved), one service's page, and a family member's saved services. Not family data.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { NeedDomain } from '../../../../shared/domain/needs.ts';
import type { Db, Tx } from '../../../db/database.ts';
import type { DirectoryRows } from './oruk-mapping.ts';

/** Imports wait for each other, so two at once never interleave their replacements. */
const IMPORT_LOCK = 7305015;

export async function lockForImport(tx: Tx) {
  await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(tx);
}

export async function existingServiceIds(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx.selectFrom('directory_services').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

const CHUNK = 500;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, k) => items.slice(k * CHUNK, (k + 1) * CHUNK));

/** Organisations and services by identifier: new ones inserted, known ones replaced whole (their page included). */
export async function upsertDirectory(tx: Tx, rows: DirectoryRows[]) {
  const organisations = [...new Map(rows.map((r) => [r.organisation.id, r.organisation])).values()];
  for (const part of chunks(organisations)) {
    await tx
      .insertInto('directory_organisations')
      .values(part)
      .onConflict((c) =>
        c.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          url: eb.ref('excluded.url'),
          email: eb.ref('excluded.email'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
  for (const part of chunks(rows.map((r) => r.service))) {
    await tx
      .insertInto('directory_services')
      .values(part.map((s) => ({ ...s, details: JSON.stringify(s.details) })))
      .onConflict((c) =>
        c.column('id').doUpdateSet((eb) => ({
          organisation_id: eb.ref('excluded.organisation_id'),
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          url: eb.ref('excluded.url'),
          email: eb.ref('excluded.email'),
          status: eb.ref('excluded.status'),
          domains: eb.ref('excluded.domains'),
          self_referral: eb.ref('excluded.self_referral'),
          free: eb.ref('excluded.free'),
          languages: eb.ref('excluded.languages'),
          where_words: eb.ref('excluded.where_words'),
          search_words: eb.ref('excluded.search_words'),
          details: eb.ref('excluded.details'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
}

export type SearchFilters = {
  domain?: NeedDomain;
  /** A tsquery text built by the service from the person's words (letters and digits only, each a prefix). */
  tsquery?: string;
  language?: string;
  free: boolean;
  savedOnly: boolean;
  /** The caller's account, for "saved" (null: nobody's). */
  accountId: string | null;
  limit: number;
  offset: number;
};

const serviceColumns = [
  's.id',
  's.name',
  's.description',
  's.domains',
  's.free',
  's.self_referral',
  's.languages',
  's.where_words',
  'o.name as organisation_name',
] as const;

const savedBy = (accountId: string | null): RawBuilder<SqlBool> =>
  accountId
    ? sql<SqlBool>`EXISTS (SELECT 1 FROM directory_saved_services v WHERE v.account_id = ${accountId} AND v.service_id = s.id)`
    : sql<SqlBool>`false`;

/** Active services matching every filter given, most relevant first then by name, with the total matched. */
export async function searchServices(db: Db | Tx, f: SearchFilters) {
  const query = f.tsquery ? sql`to_tsquery('english'::regconfig, ${f.tsquery})` : null;
  let q = db
    .selectFrom('directory_services as s')
    .innerJoin('directory_organisations as o', 'o.id', 's.organisation_id')
    .select(serviceColumns)
    .select(savedBy(f.accountId).as('saved'))
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('s.status', '=', 'active');
  if (f.domain) q = q.where(sql<SqlBool>`s.domains @> ARRAY[${f.domain}]::text[]`);
  if (query) q = q.where(sql<SqlBool>`s.search @@ ${query}`);
  if (f.language) q = q.where(sql<SqlBool>`EXISTS (SELECT 1 FROM unnest(s.languages) l WHERE lower(l) = lower(${f.language}))`);
  if (f.free) q = q.where('s.free', '=', true);
  if (f.savedOnly) q = q.where(savedBy(f.accountId));
  if (query) q = q.orderBy(sql`ts_rank(s.search, ${query})`, 'desc');
  return q.orderBy('s.name').orderBy('s.id').limit(f.limit).offset(f.offset).execute();
}

/** Every language an active service offers, for the filter. */
export async function activeLanguages(db: Db | Tx): Promise<string[]> {
  const rows = await db
    .selectFrom(
      sql<{ language: string }>`(SELECT DISTINCT unnest(languages) AS language FROM directory_services WHERE status = 'active')`.as('l'),
    )
    .select('l.language')
    .orderBy('l.language')
    .execute();
  return rows.map((r) => r.language);
}

/** One service with its organisation's name, whatever its status (a saved or referred service stays readable). */
export async function findService(db: Db | Tx, id: string, accountId: string | null) {
  return db
    .selectFrom('directory_services as s')
    .innerJoin('directory_organisations as o', 'o.id', 's.organisation_id')
    .select(serviceColumns)
    .select(['s.url', 's.email', 's.details', 's.status'])
    .select(savedBy(accountId).as('saved'))
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function serviceExists(tx: Tx, id: string): Promise<boolean> {
  return Boolean(await tx.selectFrom('directory_services').select('id').where('id', '=', id).executeTakeFirst());
}

/** Saves a service for an account; saving it again changes nothing. */
export async function saveService(tx: Tx, accountId: string, serviceId: string) {
  await tx
    .insertInto('directory_saved_services')
    .values({ account_id: accountId, service_id: serviceId })
    .onConflict((c) => c.columns(['account_id', 'service_id']).doNothing())
    .execute();
}

export async function unsaveService(tx: Tx, accountId: string, serviceId: string) {
  await tx.deleteFrom('directory_saved_services').where('account_id', '=', accountId).where('service_id', '=', serviceId).execute();
}
