// SQL for the end of involvement: the closure with its summary, the family row's closed window, the involvement
// history, the family's replies, and the people told.
import { sql } from 'kysely';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';

export async function closedState(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('families')
    .select(['closed_at', 'team_read_until', 'involvement_level', 'display_name'])
    .where('id', '=', family.id)
    .executeTakeFirstOrThrow();
}

export async function activeTeam(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .select(['m.staff_id', 'm.key_worker', 's.full_name', 's.role'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .execute();
}

/** Every closure of the family, newest first, with who closed and reopened it and the family's replies. */
export async function closures(tx: Tx, family: VisibleFamily) {
  const rows = await tx
    .selectFrom('involvement_closures as c')
    .innerJoin('staff as s', 's.id', 'c.closed_by_staff_id')
    .leftJoin('staff as r', 'r.id', 'c.reopened_by_staff_id')
    .select([
      'c.id',
      'c.closed_at',
      's.full_name as closed_by',
      'c.summary',
      'c.labels_kept',
      'c.team_read_until',
      'c.reopened_at',
      'r.full_name as reopened_by',
      'c.reopen_reason',
    ])
    .where('c.family_id', '=', family.id)
    .orderBy('c.closed_at', 'desc')
    .execute();
  const replies = await tx
    .selectFrom('closing_summary_replies as x')
    .innerJoin('accounts as a', 'a.id', 'x.author_account_id')
    .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .select([
      'x.id',
      'x.closure_id',
      'x.text',
      'x.written_in',
      'x.created_at',
      sql<string>`COALESCE(p.preferred_name, p.full_name, a.username)`.as('author'),
    ])
    .where('x.family_id', '=', family.id)
    .orderBy('x.created_at')
    .execute();
  return rows.map((c) => ({ ...c, replies: replies.filter((x) => x.closure_id === c.id) }));
}

/**
 * Closes the involvement: the family row is marked closed (only if it is open: two closes at once make one) with the
 * window in which the team still reads it, the closure is kept with its summary, and the history records the end.
 */
export async function close(
  tx: Tx,
  family: VisibleFamily,
  v: { closureId: string; historyId: string; staffId: string; summary: string; labelsKept: string[]; readDays: number },
): Promise<Date | undefined> {
  const marked = await tx
    .updateTable('families')
    .set({
      closed_at: sql`now()`,
      team_read_until: sql`now() + make_interval(days => ${v.readDays})`,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', family.id)
    .where('closed_at', 'is', null)
    .returning(['team_read_until', 'involvement_level'])
    .executeTakeFirst();
  if (!marked?.team_read_until) return undefined;
  await tx
    .insertInto('involvement_closures')
    .values({
      family_id: family.id,
      id: v.closureId,
      closed_by_staff_id: v.staffId,
      summary: v.summary,
      labels_kept: v.labelsKept,
      team_read_until: marked.team_read_until,
    })
    .execute();
  await tx
    .insertInto('involvement_history')
    .values({
      family_id: family.id,
      id: v.historyId,
      level: marked.involvement_level,
      started_on: sql<string>`current_date`,
      recorded_by_staff_id: v.staffId,
      note: 'The service’s work with the family was closed, with a summary for the family.',
      event: 'closed',
    })
    .execute();
  return marked.team_read_until;
}

/** Reopens a closed involvement; undefined when it was not closed (or another reopening won). */
export async function reopen(tx: Tx, family: VisibleFamily, v: { historyId: string; staffId: string; reason: string }) {
  const opened = await tx
    .updateTable('families')
    .set({ closed_at: null, team_read_until: null, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', family.id)
    .where('closed_at', 'is not', null)
    .returning(['involvement_level'])
    .executeTakeFirst();
  if (!opened) return undefined;
  const closure = await tx
    .updateTable('involvement_closures')
    .set({ reopened_at: sql`now()`, reopened_by_staff_id: v.staffId, reopen_reason: v.reason })
    .where('family_id', '=', family.id)
    .where('reopened_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  await tx
    .insertInto('involvement_history')
    .values({
      family_id: family.id,
      id: v.historyId,
      level: opened.involvement_level,
      started_on: sql<string>`current_date`,
      recorded_by_staff_id: v.staffId,
      note: v.reason,
      event: 'reopened',
    })
    .execute();
  // A family closed before closures were kept has none: its history row is then what the reopening is known by.
  return { ...opened, closureId: closure?.id ?? v.historyId };
}

export async function latestClosureId(tx: Tx, family: VisibleFamily) {
  const row = await tx
    .selectFrom('involvement_closures')
    .select('id')
    .where('family_id', '=', family.id)
    .where('reopened_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

export async function insertReply(
  tx: Tx,
  family: VisibleFamily,
  v: { id: string; closureId: string; text: string; writtenIn: Locale; accountId: string },
) {
  await tx
    .insertInto('closing_summary_replies')
    .values({
      family_id: family.id,
      id: v.id,
      closure_id: v.closureId,
      text: v.text,
      written_in: v.writtenIn,
      author_account_id: v.accountId,
    })
    .execute();
}
