// SQL for the family's feedback: who may be asked and when they last were, the asks and answers, a worker's named feedback,
// a team's feedback without who gave it, and a person's own for their export. It writes feedback tables and nothing else.
import { sql } from 'kysely';
import type { FamilyAccountKind } from '../../../shared/domain/accounts.ts';
import type { FeedbackAbout, FeedbackAskAbout, FeedbackScore, FeedbackShownAs } from '../../../shared/domain/learning.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { entryVisible, scopeFor } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';

/** How a month is named for a worker and a manager: the calendar month in London. */
const londonMonth = (column: string) => sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'Europe/London', 'YYYY-MM')`;
const firstName = sql<string>`COALESCE(p.preferred_name, split_part(p.full_name, ' ', 1))`;

/**
 * The family's accounts that may be asked (not disabled, with a person): every parent account when `parents`, and the
 * accounts of `personIds` whose kind is one of `kinds`.
 */
export async function accountsToAsk(
  tx: Tx,
  family: VisibleFamily,
  who: { parents: boolean; personIds: readonly string[]; kinds: readonly FamilyAccountKind[] },
) {
  return tx
    .selectFrom('accounts as a')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .select(['a.id', 'a.kind', 'a.person_id', 'p.full_name', 'p.preferred_language'])
    .where('a.family_id', '=', family.id)
    .where('a.disabled_at', 'is', null)
    .where((eb) => {
      const either = [];
      if (who.parents) either.push(eb('a.kind', '=', 'parent'));
      if (who.personIds.length && who.kinds.length)
        either.push(eb.and([eb('a.person_id', 'in', [...who.personIds]), eb('a.kind', 'in', [...who.kinds])]));
      return either.length ? eb.or(either) : sql<boolean>`false`;
    })
    .execute();
}
export type AccountToAsk = Awaited<ReturnType<typeof accountsToAsk>>[number];

/**
 * Makes the family's asks one transaction at a time, until the caller's transaction ends: without it, two things done at
 * once (contacts written together, a visit and a meeting) each read "not asked this week" and both asked.
 */
export async function lockFamilyAsks(tx: Tx, family: VisibleFamily): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`feedback-asks:${family.id}`}, 0))`.execute(tx);
}

/** Of these accounts, the ones asked anything since `since` (answered, skipped or left): they are not asked again yet. */
export async function askedSince(tx: Tx, family: VisibleFamily, accountIds: string[], since: Date) {
  if (accountIds.length === 0) return new Set<string>();
  const rows = await tx
    .selectFrom('feedback_asks')
    .select('account_id')
    .where('family_id', '=', family.id)
    .where('account_id', 'in', accountIds)
    .where('created_at', '>', since)
    .execute();
  return new Set(rows.map((r) => r.account_id));
}

export type AskValues = { id: string; account_id: string; person_id: string; staff_id: string | null; created_at: Date };

/** The asks; one per account and thing (the unique key): a second time about the same thing makes nothing. */
export async function insertAsks(tx: Tx, family: VisibleFamily, about: { kind: FeedbackAskAbout; id: string }, rows: AskValues[]) {
  if (rows.length === 0) return 0;
  const r = await tx
    .insertInto('feedback_asks')
    .values(rows.map((v) => ({ ...v, family_id: family.id, about_kind: about.kind, about_id: about.id })))
    .onConflict((c) => c.columns(['family_id', 'account_id', 'about_kind', 'about_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/**
 * Whether a record entry is open to this parent as a whole: readable by her own rule (scope.ts entryVisible) and nothing
 * of it withheld, so an ask about it says nothing she could not already read.
 */
export async function entryOpenTo(tx: Tx, family: VisibleFamily, entryId: string, parent: FamilyMemberActor) {
  const row = await tx
    .selectFrom('record_entries as e')
    .select(['e.kind', 'e.present_person_ids'])
    .where('e.family_id', '=', family.id)
    .where('e.id', '=', entryId)
    .where('e.withholding_scope', 'is', null)
    .where(entryVisible(scopeFor(parent, 'read'), 'e'))
    .executeTakeFirst();
  return row ?? null;
}

/** The meeting's kind and chair (a professionals' meeting is never asked about). */
export async function meetingFacts(tx: Tx, family: VisibleFamily, meetingId: string) {
  return tx
    .selectFrom('appointments as a')
    .leftJoin('meetings as m', (j) => j.onRef('m.family_id', '=', 'a.family_id').onRef('m.appointment_id', '=', 'a.id'))
    .select(['a.kind', 'a.meeting_kind', 'a.staff_ids', 'a.person_ids', 'a.arranged_by_staff_id', 'm.chair_staff_id'])
    .where('a.family_id', '=', family.id)
    .where('a.id', '=', meetingId)
    .executeTakeFirst();
}

/** Whether the family's work is closed (closed-family.ts): a closed family is never asked. */
export async function familyClosed(tx: Tx, family: VisibleFamily) {
  const row = await tx.selectFrom('families').select('closed_at').where('id', '=', family.id).executeTakeFirst();
  return Boolean(row?.closed_at);
}

const askColumns = ['k.id', 'k.about_kind', 'k.about_id', 'k.staff_id', 'k.created_at', 'k.answered_at', 'k.skipped_at'] as const;

/** A person's open asks since `since`, newest first, with the worker's full name. */
export async function openAsks(tx: Tx, family: VisibleFamily, accountId: string, since: Date) {
  return tx
    .selectFrom('feedback_asks as k')
    .leftJoin('staff as s', 's.id', 'k.staff_id')
    .select([...askColumns, 's.full_name as staff_name'])
    .where('k.family_id', '=', family.id)
    .where('k.account_id', '=', accountId)
    .where('k.answered_at', 'is', null)
    .where('k.skipped_at', 'is', null)
    .where('k.created_at', '>', since)
    .orderBy('k.created_at', 'desc')
    .limit(20)
    .execute();
}

/** One of the person's own asks, whatever became of it; undefined for anyone else's. */
export async function ownAsk(tx: Tx, family: VisibleFamily, accountId: string, askId: string) {
  return tx
    .selectFrom('feedback_asks as k')
    .select(askColumns)
    .where('k.family_id', '=', family.id)
    .where('k.account_id', '=', accountId)
    .where('k.id', '=', askId)
    .executeTakeFirst();
}

/** Closes an open ask as answered or skipped; false when it was closed already (a second answer, a race). */
export async function closeAsk(tx: Tx, family: VisibleFamily, askId: string, how: 'answered' | 'skipped', at: Date) {
  const r = await tx
    .updateTable('feedback_asks')
    .set(how === 'answered' ? { answered_at: at } : { skipped_at: at })
    .where('family_id', '=', family.id)
    .where('id', '=', askId)
    .where('answered_at', 'is', null)
    .where('skipped_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type FeedbackValues = {
  id: string;
  account_id: string;
  person_id: string;
  ask_id: string | null;
  about_kind: FeedbackAbout;
  about_id: string | null;
  staff_id: string | null;
  team_id: string | null;
  listened: FeedbackScore | null;
  next_steps_clear: FeedbackScore | null;
  useful: FeedbackScore | null;
  words: string | null;
  written_in: Locale;
  shown_as: FeedbackShownAs;
  idempotency_key: string | null;
  created_at: Date;
};

/** The feedback; a retry with the same idempotency key makes nothing (the unique index decides between retries). */
export async function insertFeedback(tx: Tx, family: VisibleFamily, values: FeedbackValues) {
  const r = await tx
    .insertInto('feedback')
    .values({ ...values, family_id: family.id })
    .onConflict((c) => c.columns(['family_id', 'account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

const feedbackColumns = [
  'f.id',
  'f.about_kind',
  'f.staff_id',
  'f.listened',
  'f.next_steps_clear',
  'f.useful',
  'f.words',
  'f.written_in',
  'f.shown_as',
  'f.created_at',
] as const;

/** What the person gave with this idempotency key before, if anything. */
export async function byIdempotencyKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('feedback as f')
    .leftJoin('staff as s', 's.id', 'f.staff_id')
    .select([...feedbackColumns, 'f.ask_id', 's.full_name as staff_name'])
    .where('f.family_id', '=', family.id)
    .where('f.account_id', '=', accountId)
    .where('f.idempotency_key', '=', key)
    .executeTakeFirst();
}

/** Everything a person gave, named and team-only, newest first (their own page and their subject access export). */
export async function givenBy(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('feedback as f')
    .leftJoin('staff as s', 's.id', 'f.staff_id')
    .select([...feedbackColumns, 's.full_name as staff_name'])
    .where('f.family_id', '=', family.id)
    .where('f.person_id', '=', personId)
    .orderBy('f.created_at', 'desc')
    .execute();
}

/** A worker's team now (feedback stays with the team the worker was in when it was given). */
export async function staffTeam(tx: Tx, staffId: string) {
  const row = await tx.selectFrom('staff').select('team_id').where('id', '=', staffId).executeTakeFirst();
  return row?.team_id ?? null;
}

/** The team of the family's key worker on the children's side, else of any key worker (feedback about anything). */
export async function keyWorkersTeam(tx: Tx, family: VisibleFamily) {
  const row = await tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select('s.team_id')
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where('m.key_worker', 'is not', null)
    .where('s.team_id', 'is not', null)
    .orderBy(sql`m.key_worker = 'childrens_services'`, 'desc')
    .orderBy('m.started_at')
    .executeTakeFirst();
  return row?.team_id ?? null;
}

/** The family member's first name, for the worker's notification. */
export async function personFirstName(tx: Tx, family: VisibleFamily, personId: string) {
  const row = await tx
    .selectFrom('people as p')
    .select(firstName.as('name'))
    .where('p.family_id', '=', family.id)
    .where('p.id', '=', personId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/**
 * The named feedback about a worker, across the families that gave it (their own, given to them by name), newest first,
 * with the giver's first name and the London month.
 */
export async function namedAbout(db: Db | Tx, staffId: string) {
  return db
    .selectFrom('feedback as f')
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'f.family_id').onRef('p.id', '=', 'f.person_id'))
    .select([...feedbackColumns, firstName.as('first_name'), londonMonth('f.created_at').as('month')])
    .where('f.staff_id', '=', staffId)
    .where('f.shown_as', '=', 'named')
    .orderBy('f.created_at', 'desc')
    .limit(1000)
    .execute();
}

/**
 * A team's feedback, named and team-only: the worker it is about and the month, and nothing that says who gave it, their
 * family or when exactly. Ordered by month, worker and words, never by the time it came.
 */
export async function teamFeedback(db: Db | Tx, teamId: string) {
  return db
    .selectFrom('feedback as f')
    .leftJoin('staff as s', 's.id', 'f.staff_id')
    .select([
      londonMonth('f.created_at').as('month'),
      's.full_name as staff_name',
      'f.staff_id',
      'f.team_id',
      'f.about_kind',
      'f.shown_as',
      'f.listened',
      'f.next_steps_clear',
      'f.useful',
      'f.words',
      'f.written_in',
    ])
    .where('f.team_id', '=', teamId)
    .orderBy('month', 'desc')
    .orderBy('s.full_name')
    .orderBy('f.words')
    .limit(2000)
    .execute();
}
