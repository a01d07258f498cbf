// SQL for record entries, their versions and replies, and the notifications replies raise.
// Reads take the access scope: familyVisible() and entryVisible() decide what comes back.
import { type Insertable, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { NotificationKind } from '../../../shared/domain/notifications.ts';
import type { InformationCategory, ReplyKind } from '../../../shared/domain/records.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import {
  type AccessScope,
  consentActive,
  entryVisible,
  familyVisible,
  overrideActive,
  readableVersions,
  type SystemScope,
  staffMayReadEntry,
} from '../../access/scope.ts';
import { scopeFromValues, scopeShape, scopeValues } from '../../access/scope-values.ts';
import { compiledOnceExtension, type FamilyQuery, type FamilyRow, type VisibleFamily } from '../../access/visible-family.ts';
import { runCompiled } from '../../db/compiled-once.ts';
import type { Db, Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import type { DB, RecordEntriesTable } from '../../db/schema.ts';

export type EntryRow = Awaited<ReturnType<typeof findEntry>> & {};

type Reader = Db | Tx;

const ENTRY_COLUMNS = [
  'e.family_id',
  'e.id',
  'e.kind',
  'e.occurred_at',
  'e.author_staff_id',
  'e.author_organisation_id',
  'e.category',
  'e.present_person_ids',
  'e.present_staff_ids',
  'e.about_person_ids',
  'e.text',
  'e.restricted_text',
  'e.decision',
  'e.withholding_scope',
  'e.withholding_reason',
  'e.withholding_review_on',
  'e.withholding_decided_by_staff_id',
  'e.placeholder_hidden',
  'e.entered_in_error_at',
  'e.entered_in_error_reason',
  'e.entered_in_error_by_staff_id',
  'e.version',
  'e.created_at',
  'e.updated_at',
] as const;

export async function findEntry(tx: Tx, scope: AccessScope, family: VisibleFamily, entryId: string) {
  // Compiled once per scope shape (server/db/compiled-once.ts): read after every change to an entry and every reply.
  const values = { ...scopeValues(scope), familyId: family.id, entryId };
  const [row] = await runCompiled(tx, `an entry for ${scopeShape(scope)}`, values, (v) => {
    const s = scopeFromValues(scope, v);
    return tx
      .selectFrom('record_entries as e')
      .select(ENTRY_COLUMNS)
      .select(readableVersions(s, 'e').as('readable_versions'))
      .where('e.family_id', '=', v.familyId)
      .where('e.id', '=', v.entryId)
      .where(familyVisible(s, 'e.family_id'))
      .where(entryVisible(s, 'e'));
  });
  return row;
}

export type Cursor = { occurredAt: string; id: string };

/**
 * Newest first, a page at a time (`limit` + 1 rows, so the caller can tell whether there is more);
 * `search` looks only at text the viewer may read. A query, so it can also be read inside the family lookup.
 */
export function entriesQuery(
  db: Reader,
  scope: AccessScope,
  family: VisibleFamily,
  options: { cursor?: Cursor; limit: number; search?: string },
) {
  return entriesPageQuery(db, scope, family, pageShape(options), pageValues(options));
}

/** What of a page's options chooses the statement's shape (part of the key when it is compiled once). */
type PageShape = { afterCursor: boolean; searched: boolean };
/** A page's options as values only: the rows to take (one more than the page, to tell whether there is more). */
type PageValues = { take: number; cursorAt: string | null; cursorId: string | null; pattern: string | null };

const pageShape = (options: { cursor?: Cursor; search?: string }): PageShape => ({
  afterCursor: Boolean(options.cursor),
  searched: Boolean(options.search),
});
const pageValues = (options: { cursor?: Cursor; limit: number; search?: string }): PageValues => ({
  take: options.limit + 1,
  cursorAt: options.cursor ? String(options.cursor.occurredAt) : null,
  cursorId: options.cursor?.id ?? null,
  pattern: options.search ? `%${options.search.replace(/[%_\\]/g, '\\$&')}%` : null,
});

function entriesPageQuery(db: Reader, scope: AccessScope, family: VisibleFamily, shape: PageShape, v: PageValues) {
  let q = db
    .selectFrom('record_entries as e')
    .select(ENTRY_COLUMNS)
    .select(readableVersions(scope, 'e').as('readable_versions'))
    .where('e.family_id', '=', family.id)
    .where(familyVisible(scope, 'e.family_id'))
    .where(entryVisible(scope, 'e'))
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(v.take);
  if (shape.afterCursor) {
    q = q.where(sql<boolean>`(e.occurred_at, e.id) < (${v.cursorAt}::timestamptz, ${v.cursorId}::uuid)`);
  }
  if (shape.searched) {
    const professional = scope.actor.kind === 'professional' || scope.actor.kind === 'system';
    // A family member's search never looks inside withheld text, so it cannot reveal it by matching.
    q = professional
      ? q.where(sql<boolean>`(e.text ILIKE ${v.pattern} OR e.restricted_text ILIKE ${v.pattern})`)
      : q.where(sql<boolean>`(e.withholding_scope IS DISTINCT FROM 'whole' AND e.text ILIKE ${v.pattern})`);
  }
  return q;
}

/** Splits the `limit` + 1 rows of entriesQuery() into the page and whether there is more. */
export function pageOf<R>(rows: R[], limit: number) {
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

export async function listEntries(
  tx: Tx,
  scope: AccessScope,
  family: VisibleFamily,
  options: { cursor?: Cursor; limit: number; search?: string },
) {
  return pageOf(await entriesQuery(tx, scope, family, options).execute(), options.limit);
}

/** The entry this author made in this family under an idempotency key, with the fingerprint of the request that made it. */
export async function findByIdempotencyKey(tx: Tx, family: VisibleFamily, authorStaffId: string, key: string) {
  return tx
    .selectFrom('record_entries')
    .select(['id', 'idempotency_fingerprint'])
    .where('family_id', '=', family.id)
    .where('author_staff_id', '=', authorStaffId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** A new entry's columns; its family is the VisibleFamily it is written into. */
export type NewEntry = Omit<Insertable<RecordEntriesTable>, 'family_id'>;

/**
 * A new entry and its first version in one statement. With an idempotency key already used by this author in
 * this family it inserts nothing and returns false: the unique index decides, and a concurrent submission with
 * the same key waits for the first one's transaction, then finds its entry (no lock of our own needed).
 */
export async function insertEntryWithFirstVersion(tx: Tx, family: VisibleFamily, v: NewEntry): Promise<boolean> {
  const rows = await tx
    .with('e', (db) =>
      db
        .insertInto('record_entries')
        .values({ ...v, family_id: family.id })
        .onConflict((oc) =>
          oc.columns(['family_id', 'author_staff_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
        )
        .returning(['family_id', 'id', 'text', 'restricted_text', 'category', 'occurred_at', 'decision', 'author_staff_id']),
    )
    .insertInto('record_entry_versions')
    .columns(['family_id', 'entry_id', 'version', 'text', 'restricted_text', 'category', 'occurred_at', 'decision', 'edited_by_staff_id'])
    .expression((eb) =>
      eb
        .selectFrom('e')
        .select([
          'e.family_id',
          'e.id',
          sql.lit(1).as('version'),
          'e.text',
          'e.restricted_text',
          'e.category',
          'e.occurred_at',
          'e.decision',
          'e.author_staff_id',
        ]),
    )
    .returning('entry_id')
    .execute();
  return rows.length === 1;
}

export async function insertVersion(
  tx: Tx,
  family: VisibleFamily,
  v: {
    entry_id: string;
    version: number;
    text: string;
    restricted_text: string | null;
    category: InformationCategory;
    occurred_at: Date | string;
    decision: string | null;
    edited_by_staff_id: string;
    change_note: string | null;
  },
) {
  await tx
    .insertInto('record_entry_versions')
    .values({ ...v, family_id: family.id })
    .execute();
}

/** Applies a change only if the row is still at `version`; returns the new version or undefined. */
export async function updateEntry(
  tx: Tx,
  family: VisibleFamily,
  entryId: string,
  version: number,
  // An entry never moves to another family, nor changes its id.
  set: Omit<Updateable<RecordEntriesTable>, 'version' | 'family_id' | 'id'>,
) {
  const row = await tx
    .updateTable('record_entries')
    .set((eb) => ({ ...set, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('family_id', '=', family.id)
    .where('id', '=', entryId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/**
 * Who besides the care team's home agencies may read this family's information right now: active consents and
 * safeguarding overrides (the same "active" conditions as the category rule), for deciding whether a category
 * change widens who reads an entry (access/entry-policy.ts).
 */
export async function sharingFacts(tx: Tx, family: VisibleFamily) {
  const row = await tx
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('consents as c')
          .select(['c.category', 'c.recipient_organisation_id', 'c.recipient_staff_id', 'c.subject_person_id'])
          .where('c.family_id', '=', family.id)
          .where(consentActive('c')),
      ).as('consents'),
      jsonArrayFrom(
        eb
          .selectFrom('safeguarding_overrides as o')
          .select(['o.categories', 'o.recipient_organisation_id'])
          .where('o.family_id', '=', family.id)
          .where(overrideActive('o')),
      ).as('overrides'),
    ])
    .executeTakeFirstOrThrow();
  return {
    consents: row.consents.map((c) => ({
      category: c.category,
      recipientOrganisationId: c.recipient_organisation_id,
      recipientStaffId: c.recipient_staff_id,
      subjectPersonId: c.subject_person_id,
    })),
    overrides: row.overrides.map((o) => ({ categories: o.categories, recipientOrganisationId: o.recipient_organisation_id })),
  };
}

/**
 * Versions and replies of a set of entries and the names of the staff and people they mention, in one
 * statement whatever the page size (four JSON arrays; timestamps arrive as ISO strings).
 */
export async function entryExtras(tx: Tx, family: VisibleFamily, entryIds: string[], staffIds: string[], personIds: string[]) {
  // = ANY of an empty array is false: an empty list reads nothing, without a special case.
  const anyOf = (column: string, list: string[]) => sql<SqlBool>`${sql.ref(column)} = ANY(${list}::uuid[])`;
  // Compiled once (server/db/compiled-once.ts): the lists are array values, so any number of entries binds the same SQL.
  const values = { familyId: family.id, entryIds, staffIds, personIds };
  const [row] = await runCompiled(tx, 'entry extras', values, (v) => extrasQuery(tx, v, anyOf));
  if (!row) throw new Error('The entry extras statement returned no row.');
  return {
    versions: row.versions,
    replies: row.replies,
    names: { staff: new Map(row.staff.map((s) => [s.id, s])), people: new Map(row.people.map((p) => [p.id, p])) },
  };
}

function extrasQuery(
  tx: Tx,
  { familyId, entryIds, staffIds, personIds }: { familyId: string; entryIds: string[]; staffIds: string[]; personIds: string[] },
  anyOf: (column: string, list: string[]) => RawBuilder<SqlBool>,
) {
  const family = { id: familyId };
  return tx.selectNoFrom((eb) => [
    jsonArrayFrom(
      eb
        .selectFrom('record_entry_versions as v')
        .innerJoin('staff as s', 's.id', 'v.edited_by_staff_id')
        .select(['v.entry_id', 'v.version', 'v.text', 'v.restricted_text', 'v.edited_at', 'v.change_note', 's.full_name as edited_by_name'])
        .where('v.family_id', '=', family.id)
        .where(anyOf('v.entry_id', entryIds))
        .orderBy('v.version', 'desc'),
    ).as('versions'),
    jsonArrayFrom(
      eb
        .selectFrom('record_entry_replies as r')
        .innerJoin('accounts as a', 'a.id', 'r.author_account_id')
        .leftJoin('staff as s', 's.id', 'a.staff_id')
        .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
        .select([
          'r.id',
          'r.entry_id',
          'r.kind',
          'r.text',
          'r.written_in',
          'r.created_at',
          'a.kind as account_kind',
          // Who in the family wrote it (null for the team), for the FHIR export's reply author (issue 19).
          'a.person_id as author_person_id',
          's.full_name as staff_name',
          's.job_title',
          'p.full_name as person_name',
          'p.preferred_name',
        ])
        .where('r.family_id', '=', family.id)
        .where(anyOf('r.entry_id', entryIds))
        .orderBy('r.created_at')
        .orderBy('r.id'),
    ).as('replies'),
    jsonArrayFrom(
      eb
        .selectFrom('staff as s')
        .innerJoin('organisations as o', 'o.id', 's.organisation_id')
        .select(['s.id', 's.full_name', 's.job_title', 'o.name as organisation_name'])
        .where(anyOf('s.id', staffIds)),
    ).as('staff'),
    jsonArrayFrom(
      eb
        .selectFrom('people as p')
        .select(['p.id', 'p.full_name', 'p.preferred_name'])
        .where('p.family_id', '=', family.id)
        .where(anyOf('p.id', personIds)),
    ).as('people'),
  ]);
}

export async function insertReply(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    entry_id: string;
    kind: ReplyKind;
    text: string;
    /** The writer's language (access/actor.ts#writerLanguage), so the reply is shown marked with it. */
    written_in: Locale;
    author_account_id: string;
  },
) {
  await tx
    .insertInto('record_entry_replies')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function keyWorkerStaffIds(tx: Tx, family: VisibleFamily) {
  const rows = await tx
    .selectFrom('care_team_members')
    .select('staff_id')
    .where('family_id', '=', family.id)
    .where('ended_at', 'is', null)
    .where('key_worker', 'is not', null)
    .execute();
  return rows.map((r) => r.staff_id);
}

type EntryNotification = {
  id: string;
  recipient_staff_id: string;
  kind: Extract<NotificationKind, 'entry_reply' | 'withholding_review_due'>;
  entry_id: string;
  message: string;
  dedupe_key: string | null;
};

/** Tells staff about an entry of this family. */
export async function notify(tx: Tx, family: VisibleFamily, rows: EntryNotification[]) {
  await insertNotifications(
    tx,
    rows.map((r) => ({ ...r, family_id: family.id })),
  );
}

/**
 * Not exported: the family ids it writes come either from notify's VisibleFamily or from the rows the reminder
 * job below has just read under its system scope, never from a caller.
 */
async function insertNotifications(tx: Tx, rows: (EntryNotification & { family_id: string })[]) {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    // A reminder's id is made from its dedupe key, so the primary key makes it once.
    .values(rows.map((r) => ({ ...r, id: r.dedupe_key === null ? r.id : notificationIdFor(r.dedupe_key) })))
    .onConflict((c) => c.column('id').doNothing())
    .execute();
}

/**
 * The family's people and current care team, as two columns of the family lookup (withFamily's `extend`):
 * what a new entry may name, read in the access check's own statement.
 */
export type FamilyWithPeopleAndTeam = FamilyRow & { people: { id: string }[]; team: { staff_id: string }[] };
export function withPeopleAndTeam() {
  return compiledOnceExtension(
    'with its people and team',
    {},
    (q: FamilyQuery): SelectQueryBuilder<DB, 'families', FamilyWithPeopleAndTeam> =>
      q.select((eb) => [
        jsonArrayFrom(eb.selectFrom('people as p').select('p.id').whereRef('p.family_id', '=', 'families.id')).as('people'),
        jsonArrayFrom(
          eb
            .selectFrom('care_team_members as m')
            .select('m.staff_id')
            .whereRef('m.family_id', '=', 'families.id')
            .where('m.ended_at', 'is', null),
        ).as('team'),
      ]),
  );
}

/** One reminder per entry and review date to its author when a withholding review is due (dedupe_key). */
export async function remindDueWithholdingReviews(tx: Tx, system: SystemScope, today: string) {
  const due = await tx
    .selectFrom('record_entries')
    .select(['family_id', 'id', 'author_staff_id', 'withholding_review_on', 'occurred_at'])
    .where(familyVisible(system, 'record_entries.family_id'))
    .where('withholding_scope', 'is not', null)
    .where('withholding_review_on', '<=', today)
    .where('entered_in_error_at', 'is', null)
    // Already reminded for this review date: skip, so each run reads only what is new.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notifications as n')
            .select('n.id')
            .whereRef(
              'n.dedupe_key',
              '=',
              sql<string>`'withholding-review:' || record_entries.id || ':' || record_entries.withholding_review_on`,
            ),
        ),
      ),
    )
    .limit(5000)
    .execute();
  await insertNotifications(
    tx,
    due.map((e) => ({
      id: notificationIdFor(`withholding-review:${e.id}:${e.withholding_review_on}`),
      recipient_staff_id: e.author_staff_id,
      kind: 'withholding_review_due' as const,
      family_id: e.family_id,
      entry_id: e.id,
      message: `Review due: part or all of your entry of ${e.occurred_at.toISOString().slice(0, 10)} is kept from the parent until ${e.withholding_review_on}. Decide whether it can now be shared.`,
      dedupe_key: `withholding-review:${e.id}:${e.withholding_review_on}`,
    })),
  );
  return due.length;
}

/**
 * Of these staff, those who may open the entry: decided in one statement by the rule that decides who reads it
 * (access/scope.ts#staffMayReadEntry, the same conditions findEntry applies to a professional reading it).
 */
export async function staffWhoMayReadEntry(tx: Tx, family: VisibleFamily, entryId: string, staffIds: readonly string[]) {
  if (staffIds.length === 0) return [];
  const rows = await tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .innerJoin('record_entries as e', (j) => j.on('e.family_id', '=', family.id).on('e.id', '=', entryId))
    .select('s.id')
    .where('s.id', 'in', staffIds)
    .where(staffMayReadEntry('s', 'o', 'e'))
    .execute();
  return rows.map((r) => r.id);
}

/** A page of entries, read in the access check's own statement (entriesQuery carries its own scope conditions). */
export function withEntriesPage(options: { cursor?: Cursor; limit: number; search?: string }) {
  const shape = pageShape(options);
  // Compiled once per shape (a cursor given, a search) and scope shape; the page's values are bound on each call.
  return compiledOnceExtension(
    `with a page of entries${shape.afterCursor ? ' after a cursor' : ''}${shape.searched ? ' searched' : ''}`,
    pageValues(options),
    (q: FamilyQuery, tx: Reader, family: VisibleFamily, scope: AccessScope, v: PageValues) =>
      q.select(jsonArrayFrom(entriesPageQuery(tx, scope, family, shape, v)).as('entries')),
  );
}
