// SQL for the equity answers (issue 18 §2): one person's own row, read and saved only through her family and her own
// person id; and the one way anything else sees them: a family's group, for counting (familyEquityGroup).
import { type RawBuilder, sql } from 'kysely';
import { ALL_FAMILIES, NOT_RECORDED } from '../../../shared/domain/equity-groups.ts';
import { type EquityBreakdown, ETHNICITIES } from '../../../shared/domain/learning.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import type { EquityAnswersTable } from '../../db/schema.ts';

export type Answers = Pick<EquityAnswersTable, 'ethnicity' | 'first_language' | 'disability' | 'financial_hardship'>;
/** A save's answers: a field left out stays as it is, null clears it. */
export type AnswerChanges = Partial<Answers>;

/** One person's answers in the family she was found in; undefined before her first save. */
export function answersOf(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('equity_answers')
    .select(['ethnicity', 'first_language', 'disability', 'financial_hardship', 'version', 'updated_at'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}
export type AnswersRow = NonNullable<Awaited<ReturnType<typeof answersOf>>>;

/**
 * Saves her answers if they are still at the version she read (0: never saved, and the row is made); false when stale.
 * Only her own account is recorded as who answered (a worker never records them: the CHECK allows it, nothing here does).
 */
export async function saveAnswers(
  tx: Tx,
  family: VisibleFamily,
  who: { personId: string; accountId: string },
  changes: AnswerChanges,
  readVersion: number,
): Promise<boolean> {
  if (readVersion === 0) {
    const r = await tx
      .insertInto('equity_answers')
      .values({
        family_id: family.id,
        person_id: who.personId,
        ethnicity: changes.ethnicity ?? null,
        first_language: changes.first_language ?? null,
        disability: changes.disability ?? null,
        financial_hardship: changes.financial_hardship ?? null,
        recorded_by_account_id: who.accountId,
        updated_at: sql`now()`,
      })
      .onConflict((c) => c.columns(['family_id', 'person_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('equity_answers')
    .set({
      ...changes,
      recorded_by_account_id: who.accountId,
      recorded_by_staff_id: null,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('family_id', '=', family.id)
    .where('person_id', '=', who.personId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- A family's equity group, for the insights ----

const lit = (value: string) => sql.lit(value);

/** A census category's heading ('asian_indian' → 'asian'), as one CASE over the catalogue (literals, see below). */
const ETHNICITY_HEADING_OF = sql.join(
  Object.entries(ETHNICITIES).map(([key, e]) => sql`WHEN ${lit(key)} THEN ${lit(e.heading)}`),
  sql` `,
);

/** The group one answers row gives, from the columns of `ea` (null: not answered). */
function groupOfAnswers(breakdown: Exclude<EquityBreakdown, 'none'>): RawBuilder<string | null> {
  switch (breakdown) {
    case 'ethnicity':
      return sql`(CASE equity_ea.ethnicity ${ETHNICITY_HEADING_OF} END)`;
    case 'first_language':
      return sql`equity_ea.first_language`;
    case 'disability':
      return sql`equity_ea.disability`;
    case 'financial_hardship':
      return sql`equity_ea.financial_hardship`;
  }
}

/**
 * The group of the family whose id is in `familyIdColumn` (a column of the outer query, such as 'f.id' or
 * 'e.family_id'), as text: the answer of the parent the record is about, grouped (ethnicity by its census heading; first
 * language by its code, 'other' or 'prefer_not_to_say'; disability and money worries 'yes', 'no', 'prefer_not_to_say'),
 * or 'not_recorded' when she has not answered; 'all' when not broken down. Keys and names: shared/domain/equity-groups.ts.
 *
 * The parent the record is about is found as the portal finds her (help.repo.ts#theParent): the person with a parent's
 * sign-in, else the first parent (by when added) who does not sign in as the parent who lives elsewhere.
 *
 * Every constant is written into the SQL as a literal, never as a parameter, so the same fragment can stand in SELECT
 * and in GROUP BY (PostgreSQL matches the two only when they are the same text). It reads no scope: the caller's query
 * must already be limited to families it may count, and only counts may leave it.
 */
export function familyEquityGroup(breakdown: EquityBreakdown, familyIdColumn: string): RawBuilder<string> {
  if (breakdown === 'none') return sql<string>`${lit(ALL_FAMILIES)}::text`;
  const family = sql.ref(familyIdColumn);
  return sql<string>`coalesce((
    SELECT ${groupOfAnswers(breakdown)}
    FROM (
      SELECT equity_ep.family_id, equity_ep.id FROM people equity_ep
      WHERE equity_ep.family_id = ${family}
        AND (EXISTS (SELECT 1 FROM accounts equity_acc WHERE equity_acc.family_id = equity_ep.family_id AND equity_acc.person_id = equity_ep.id AND equity_acc.kind = ${lit('parent')})
          OR (equity_ep.kind = ${lit('parent')} AND NOT EXISTS (SELECT 1 FROM accounts equity_acc WHERE equity_acc.family_id = equity_ep.family_id AND equity_acc.person_id = equity_ep.id
            AND equity_acc.kind = ${lit('other_parent')})))
      ORDER BY EXISTS (SELECT 1 FROM accounts equity_acc WHERE equity_acc.family_id = equity_ep.family_id AND equity_acc.person_id = equity_ep.id AND equity_acc.kind = ${lit('parent')}) DESC,
        equity_ep.created_at, equity_ep.id
      LIMIT 1
    ) equity_parent
    LEFT JOIN equity_answers equity_ea ON equity_ea.family_id = equity_parent.family_id AND equity_ea.person_id = equity_parent.id
  ), ${lit(NOT_RECORDED)})`;
}
