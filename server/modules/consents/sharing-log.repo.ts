// SQL shared by consent, overrides and emergency access: the log of every disclosure, the people to tell, and
// the services and staff a share can name.

import type { Insertable } from 'kysely';
import type { Phrase } from '../../../shared/i18n/messages.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Db, Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import type { DisclosuresTable, NotificationKind } from '../../db/schema.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

export async function insertDisclosure(tx: Tx, family: VisibleFamily, v: Omit<Insertable<DisclosuresTable>, 'family_id'>) {
  await tx
    .insertInto('disclosures')
    .values({ ...v, family_id: family.id })
    .execute();
}

/** The parent's "Who my information was shared with": everything but overrides still held back from them. */
export async function disclosuresOf(tx: Tx, family: VisibleFamily, forParent: boolean) {
  let q = tx.selectFrom('disclosures').selectAll().where('family_id', '=', family.id).orderBy('created_at', 'desc').limit(500);
  if (forParent) q = q.where('hidden_from_parent_until_released', '=', false);
  return q.execute();
}

/**
 * Whom each referral share is about (issue 15): the referral's need's person and whether they are a child of the
 * family, by the share's source (the referral's id). A family member's sharing page shows a referral only when its
 * need is one they read themselves (scope.ts#needVisible): the parent her own and her children's, a young person his.
 * With how they agreed to it and their name: the page says a worker's referral was made with their agreement.
 */
export async function referralSubjects(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('need_supports as s')
    .innerJoin('needs as n', (j) => j.onRef('n.family_id', '=', 's.family_id').onRef('n.id', '=', 's.need_id'))
    .innerJoin('people as p', (j) => j.onRef('p.family_id', '=', 'n.family_id').onRef('p.id', '=', 'n.person_id'))
    .select(['s.id as support_id', 'n.person_id', 'p.kind', 's.agreed_how', 'p.preferred_name', 'p.full_name'])
    .where('s.family_id', '=', family.id)
    .where('s.kind', '=', 'referral')
    .execute();
}

/**
 * Who decided each share, by account (issue 16 §3): a worker's name and organisation, or a family member's name and
 * kind, so the family's page words the role itself rather than showing the English written at the time.
 */
export async function decidersOf(tx: Tx, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return tx
    .selectFrom('accounts as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('people as p', (j) => j.onRef('p.family_id', '=', 'a.family_id').onRef('p.id', '=', 'a.person_id'))
    .select(['a.id', 'a.kind', 's.full_name as staff_name', 'o.name as organisation_name', 'p.preferred_name', 'p.full_name'])
    .where('a.id', 'in', [...new Set(accountIds)])
    .execute();
}

export async function releaseDisclosuresOf(tx: Tx, family: VisibleFamily, sourceId: string) {
  await tx
    .updateTable('disclosures')
    .set({ hidden_from_parent_until_released: false })
    .where('family_id', '=', family.id)
    .where('source_id', '=', sourceId)
    .execute();
}

export async function organisations(db: Db | Tx) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

export async function organisationName(tx: Tx, id: string) {
  return (await tx.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

export async function staffWithOrganisation(tx: Tx, staffId: string) {
  return tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.id', 's.full_name', 's.organisation_id', 'o.name as organisation_name'])
    .where('s.id', '=', staffId)
    .executeTakeFirst();
}

/** Accounts to tell: the family's parent accounts, or every information governance lead. */
export async function parentAccounts(tx: Tx, family: VisibleFamily) {
  return (await tx.selectFrom('accounts').select('id').where('family_id', '=', family.id).where('kind', '=', 'parent').execute()).map(
    (a) => a.id,
  );
}

export async function governanceLeadStaff(tx: Tx) {
  return (await tx.selectFrom('staff').select('id').where('role', '=', 'information_governance_lead').execute()).map((s) => s.id);
}

/**
 * Tells people (the family's parents, the staff who asked, the governance leads) about a share in this family. What
 * reaches a family account is a Phrase, so they read it in their own language; a plain string is for workers.
 */
export async function notifyAll(
  tx: Tx,
  family: VisibleFamily,
  rows: {
    id: string;
    kind: NotificationKind;
    message: string | Phrase;
    recipient_staff_id?: string | null;
    recipient_account_id?: string | null;
    dedupe_key?: string | null;
  }[],
) {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      rows.map(({ message, ...r }) => ({
        recipient_staff_id: null,
        recipient_account_id: null,
        dedupe_key: null,
        entry_id: null,
        ...r,
        ...(typeof message === 'string' ? { message } : phraseColumns(message)),
        family_id: family.id,
        // A row with a dedupe key takes the id made from it, so the primary key makes it once.
        id: r.dedupe_key ? notificationIdFor(r.dedupe_key) : r.id,
      })),
    )
    .onConflict((c) => c.column('id').doNothing())
    .execute();
}
