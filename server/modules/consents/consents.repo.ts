// SQL for consents and consent requests, the overrides a sharing page shows, and telling the parent a consent ended.
import type { Locale } from '../../../shared/i18n/locales.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily } from '../../../shared/i18n/notify-family.messages.ts';
import { familyVisible, type SystemScope } from '../../access/scope.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';
import { notificationIdFor } from '../../db/ids.ts';
import type { ConsentCategory } from '../../db/schema.ts';
import { phraseColumns } from '../../i18n/catalogues.ts';

export async function consentsOf(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('consents as c')
    .leftJoin('organisations as o', 'o.id', 'c.recipient_organisation_id')
    .leftJoin('staff as s', 's.id', 'c.recipient_staff_id')
    .select([
      'c.id',
      'c.category',
      'c.recipient_organisation_id',
      'c.recipient_staff_id',
      'c.purpose',
      'c.starts_on',
      'c.ends_on',
      'c.withdrawn_at',
      'c.granted_by_account_id',
      'c.subject_person_id',
      'c.written_in',
      'o.name as organisation_name',
      's.full_name as staff_name',
    ])
    .where('c.family_id', '=', family.id)
    .orderBy('c.granted_at', 'desc')
    .execute();
}

export async function insertConsent(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    category: ConsentCategory;
    recipient_organisation_id: string | null;
    recipient_staff_id: string | null;
    purpose: string;
    starts_on: string;
    ends_on: string | null;
    granted_by_account_id: string;
    subject_person_id: string | null;
    /** The purpose's language (issue 16 §3). */
    written_in: Locale;
  },
) {
  await tx
    .insertInto('consents')
    .values({ ...v, family_id: family.id })
    .execute();
}

/** A parent withdraws the family's consents; a young person only the ones about themselves. */
export async function withdrawConsent(tx: Tx, family: VisibleFamily, id: string, accountId: string, subjectPersonId: string | null) {
  const r = await tx
    .updateTable('consents')
    .set({ withdrawn_at: new Date(), withdrawn_by_account_id: accountId })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .where((eb) => (subjectPersonId ? eb('subject_person_id', '=', subjectPersonId) : eb('subject_person_id', 'is', null)))
    .returning(['category', 'recipient_organisation_id', 'recipient_staff_id'])
    .executeTakeFirst();
  return r;
}

export async function requestsOf(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('consent_requests as r')
    .innerJoin('staff as s', 's.id', 'r.requested_by_staff_id')
    .innerJoin('organisations as o', 'o.id', 'r.recipient_organisation_id')
    .select([
      'r.id',
      'r.category',
      'r.reason',
      'r.status',
      'r.created_at',
      'r.recipient_organisation_id',
      'r.requested_by_staff_id',
      's.full_name as asked_by',
      'o.name as organisation_name',
    ])
    .where('r.family_id', '=', family.id)
    .orderBy('r.created_at', 'desc')
    .execute();
}

export async function insertRequest(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    category: ConsentCategory;
    requested_by_staff_id: string;
    recipient_organisation_id: string;
    reason: string;
  },
) {
  await tx
    .insertInto('consent_requests')
    .values({ ...v, family_id: family.id })
    .execute();
}

export async function answerRequest(
  tx: Tx,
  family: VisibleFamily,
  id: string,
  accept: boolean,
  accountId: string,
  consentId: string | null,
) {
  const r = await tx
    .updateTable('consent_requests')
    .set({ status: accept ? 'accepted' : 'declined', answered_at: new Date(), answered_by_account_id: accountId, consent_id: consentId })
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['category', 'recipient_organisation_id', 'requested_by_staff_id', 'reason'])
    .executeTakeFirst();
  return r;
}

export async function findOpenRequest(tx: Tx, family: VisibleFamily, id: string) {
  return tx
    .selectFrom('consent_requests')
    .selectAll()
    .where('family_id', '=', family.id)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function activeOverrides(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('safeguarding_overrides as o')
    .innerJoin('organisations as org', 'org.id', 'o.recipient_organisation_id')
    .select([
      'o.id',
      'o.categories',
      'o.recipient_organisation_id',
      'o.ends_at',
      'o.parent_told',
      'o.reviewed_at',
      'org.name as organisation_name',
    ])
    .where('o.family_id', '=', family.id)
    .where('o.ended_at', 'is', null)
    .where('o.starts_at', '<=', new Date())
    .where('o.ends_at', '>', new Date())
    .execute();
}

export async function careTeamByOrganisation(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['o.id as organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind', 's.full_name', 's.id as staff_id'])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .execute();
}

/** Tells the parent once when a consent reaches its end date; returns the consents newly noted. */
export async function noteExpiredConsents(tx: Tx, system: SystemScope, today: string) {
  const ended = await tx
    .selectFrom('consents as c')
    .innerJoin('accounts as a', (j) => j.onRef('a.family_id', '=', 'c.family_id').on('a.kind', '=', 'parent'))
    .select(['c.id', 'c.family_id', 'c.category', 'c.ends_on', 'a.id as account_id'])
    .where(familyVisible(system, 'c.family_id'))
    .where('c.withdrawn_at', 'is', null)
    .where('c.ends_on', '<', today)
    .execute();
  if (ended.length === 0) return [];
  const inserted = await tx
    .insertInto('notifications')
    .values(
      ended.map((c) => ({
        // Made from the dedupe key, so the primary key tells the parent once.
        id: notificationIdFor(`consent-expired:${c.id}:${c.account_id}`),
        recipient_account_id: c.account_id,
        recipient_staff_id: null,
        kind: 'consent_answered' as const,
        family_id: c.family_id,
        entry_id: null,
        // In the parent's own language when she reads it (issue 16 §3); the date as it is kept, which each language writes its way.
        ...phraseColumns(phrase(notifyFamily.consentEnded, { category: c.category, date: c.ends_on ?? '' })),
        dedupe_key: `consent-expired:${c.id}:${c.account_id}`,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .returning(['family_id', 'dedupe_key'])
    .execute();
  return inserted;
}
