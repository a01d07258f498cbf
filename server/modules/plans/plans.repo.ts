// SQL shared by the plans: the family's people and care team by name, active sharing choices, the caller's
// category lens, notifications.

import { sql } from 'kysely';
import type { ShareableDocumentKind } from '../../../shared/domain/plans.ts';
import type { Phrase } from '../../../shared/i18n/messages.ts';
import { type CategoryLens, lensOf, readableCategoryPairs, SEES_EVERY_CATEGORY } from '../../access/plan-access.ts';
import { type AccessScope, familyVisible } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import type { NotificationKind } from '../../db/schema.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

/** People in the family (with their account, if any) and the care team now, for names and recipients. */
export async function participants(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  const people = await tx
    .selectFrom('people as p')
    .leftJoin('accounts as a', (j) =>
      j.onRef('a.family_id', '=', 'p.family_id').onRef('a.person_id', '=', 'p.id').on('a.disabled_at', 'is', null),
    )
    .select([
      'p.id',
      'p.kind',
      'p.full_name',
      'p.preferred_name',
      'p.date_of_birth',
      'p.pronouns',
      'a.id as account_id',
      'a.kind as account_kind',
    ])
    // Whose parent each person is, so a parent who lives elsewhere is named by his children ("Jamie and Clare's dad").
    .select(
      sql<string[]>`ARRAY(SELECT r.to_person_id::text FROM relationships r
        WHERE r.family_id = p.family_id AND r.from_person_id = p.id AND r.kind = 'parent_of' ORDER BY r.to_person_id)`.as(
        'child_person_ids',
      ),
    )
    .where('p.family_id', '=', family.id)
    .where(familyVisible(scope, 'p.family_id'))
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  const team = await tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 's.job_title', 'o.name as organisation_name', 'm.key_worker'])
    // The worker's accounts, so what they rated, agreed or wrote (recorded by account) is found as theirs exactly.
    .select(sql<string[]>`ARRAY(SELECT ta.id::text FROM accounts ta WHERE ta.staff_id = s.id ORDER BY ta.id)`.as('account_ids'))
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where(familyVisible(scope, 'm.family_id'))
    .orderBy('m.started_at')
    .orderBy('m.id')
    .execute();
  return { people, team };
}
export type Participants = Awaited<ReturnType<typeof participants>>;

export async function activeShares(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  return tx
    .selectFrom('plan_shares')
    .select(['id', 'document_kind', 'document_id', 'section_key', 'recipient_person_id', 'recipient_staff_id', 'shared_at'])
    .where('family_id', '=', family.id)
    .where('ended_at', 'is', null)
    .where(familyVisible(scope, 'family_id'))
    .orderBy('shared_at')
    .orderBy('id')
    .execute();
}
export type ShareRow = Awaited<ReturnType<typeof activeShares>>[number];

export async function insertShare(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    document_kind: ShareableDocumentKind;
    document_id: string;
    section_key: string | null;
    recipient_person_id: string | null;
    recipient_staff_id: string | null;
    shared_by_account_id: string;
  },
) {
  await tx
    .insertInto('plan_shares')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function endShares(tx: Tx, family: VisibleFamily, ids: string[], byAccountId: string) {
  if (ids.length === 0) return;
  await tx
    .updateTable('plan_shares')
    .set({ ended_at: new Date(), ended_by_account_id: byAccountId })
    .where('family_id', '=', family.id)
    .where('id', 'in', ids)
    .where('ended_at', 'is', null)
    .execute();
}

/**
 * Ends every plan share still open to one person of the family (their access was ended): if they are invited again,
 * the parent chooses afresh what they see, rather than old choices coming back unnoticed. Returns how many ended.
 */
export async function endSharesWithPerson(tx: Tx, family: VisibleFamily, personId: string, byAccountId: string): Promise<number> {
  const ended = await tx
    .updateTable('plan_shares')
    .set({ ended_at: new Date(), ended_by_account_id: byAccountId })
    .where('family_id', '=', family.id)
    .where('recipient_person_id', '=', personId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(ended.numUpdatedRows);
}

/** Which categories, written by which agencies, the caller may read in this family (access/plan-access.ts decides). */
export async function categoryLens(
  tx: Tx,
  scope: AccessScope,
  family: VisibleFamily,
  authorOrganisationIds: readonly (string | null)[],
): Promise<CategoryLens> {
  const query = readableCategoryPairs(scope, family.id, authorOrganisationIds);
  if (!query) return SEES_EVERY_CATEGORY;
  return lensOf((await query.execute(tx)).rows);
}

/**
 * A notification about the plans. What goes to a family account is a Phrase (a message id and its values), so they read
 * it in their own language (issue 16 §3); a worker's may be plain English.
 */
export type NewNotification = {
  id: string;
  kind: NotificationKind;
  dedupe_key: string | null;
} & (
  | { recipient_staff_id: string; recipient_account_id?: null; message: string | Phrase }
  | { recipient_account_id: string; recipient_staff_id?: null; message: Phrase }
);

/** Tells people about this family's plans; a row with a dedupe key takes the id made from it, and is made once. */
export async function notify(tx: Tx, family: VisibleFamily, rows: NewNotification[]) {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      rows.map(({ message, ...r }) => ({
        ...r,
        ...(typeof message === 'string' ? { message, message_id: null, message_values: null } : phraseColumns(message)),
        family_id: family.id,
        recipient_staff_id: r.recipient_staff_id ?? null,
        recipient_account_id: r.recipient_account_id ?? null,
        id: r.dedupe_key === null ? r.id : notificationIdFor(r.dedupe_key),
      })),
    )
    .onConflict((c) => c.column('id').doNothing())
    .execute();
}
