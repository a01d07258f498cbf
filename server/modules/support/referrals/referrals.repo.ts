// SQL for referrals (issue 15 §3): a referral is a need_supports row of kind 'referral' with its steps in
// referral_status_changes; the chase reminders are read across families by the scheduled job (a SystemScope).
import { sql } from 'kysely';
import type { AgreedHow, ReferralStatus } from '../../../../shared/domain/needs.ts';
import type { ConsentCategory, LawfulBasis } from '../../../../shared/domain/sharing.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { Phrase } from '../../../../shared/i18n/messages.ts';
import type { SystemScope } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';
import { notificationIdFor } from '../../../db/ids.ts';
import { phraseColumns } from '../../../i18n/catalogues.ts';

export type NewReferral = {
  id: string;
  need_id: string;
  description: string;
  service_id: string;
  offered_by_account_id: string;
  offered_by_staff_id: string | null;
  offered_by_description: string;
  offered_on: string;
  shared_categories: ConsentCategory[];
  sent_text: string;
  lawful_basis: LawfulBasis;
  agreed_how: AgreedHow | null;
  /** The language of what was sent (0044): the writer's. */
  written_in: Locale;
  idempotency_key: string | null;
  idempotency_fingerprint: string | null;
};

/** The referral as sent; a retry with the same idempotency key makes nothing (false), the unique index decides. */
export async function insertReferral(tx: Tx, family: VisibleFamily, v: NewReferral) {
  const now = new Date();
  const r = await tx
    .insertInto('need_supports')
    .values({
      ...v,
      family_id: family.id,
      kind: 'referral',
      referral_status: 'sent',
      referral_status_on: v.offered_on,
      created_at: now,
      updated_at: now,
    })
    .onConflict((c) =>
      c.columns(['family_id', 'offered_by_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The referral a key made before, for a retry. */
export function referralByKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('need_supports')
    .select(['id', 'need_id', 'service_id', 'shared_categories', 'lawful_basis', 'idempotency_fingerprint'])
    .where('family_id', '=', family.id)
    .where('offered_by_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function setDisclosure(tx: Tx, family: VisibleFamily, supportId: string, disclosureId: string) {
  await tx
    .updateTable('need_supports')
    .set({ disclosure_id: disclosureId })
    .where('family_id', '=', family.id)
    .where('id', '=', supportId)
    .execute();
}

/** One step, with who set it. */
export async function insertStep(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    support_id: string;
    status: ReferralStatus;
    status_on: string;
    reason: string | null;
    /** The language of its reason (0044): the writer's. */
    written_in: Locale;
    changed_by_account_id: string;
    changed_by_description: string;
  },
) {
  await tx
    .insertInto('referral_status_changes')
    .values({ ...v, family_id: family.id, created_at: new Date() })
    .execute();
}

/** A versioned move to the next step; false when someone moved it since `version`. */
export async function moveReferral(
  tx: Tx,
  family: VisibleFamily,
  supportId: string,
  version: number,
  v: { status: ReferralStatus; on: string; declinedReason: string | null },
) {
  const r = await tx
    .updateTable('need_supports')
    .set({
      referral_status: v.status,
      referral_status_on: v.on,
      declined_reason: v.status === 'declined' ? v.declinedReason : null,
      ...(v.status === 'started' ? { received_from: v.on } : {}),
      ...(v.status === 'ended' ? { received_until: v.on, received_from: sql<string>`coalesce(received_from, ${v.on}::date)` } : {}),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('family_id', '=', family.id)
    .where('id', '=', supportId)
    .where('kind', '=', 'referral')
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A referral due a chase (its family is a separate column of the job's row: see dueChases). */
export type ChaseDue = {
  id: string;
  referral_status: ReferralStatus;
  referral_status_on: string;
  offered_by_staff_id: string;
  service_name: string | null;
  person_name: string;
};

/**
 * Referrals sent or on a waiting list since `before` or earlier whose referrer was not yet reminded for that status date,
 * and who is still on the family's care team; locked, so two instances never remind twice (SKIP LOCKED), at most `limit`.
 */
export async function dueChases(tx: Tx, _system: SystemScope, before: string, limit: number) {
  const { rows } = await sql<ChaseDue & { family: string }>`
    SELECT s.family_id AS family, s.id, s.referral_status, s.referral_status_on::text AS referral_status_on, s.offered_by_staff_id,
      ds.name AS service_name, coalesce(p.preferred_name, p.full_name) AS person_name
    FROM need_supports s
    JOIN needs n ON n.family_id = s.family_id AND n.id = s.need_id
    JOIN people p ON p.family_id = n.family_id AND p.id = n.person_id
    LEFT JOIN directory_services ds ON ds.id = s.service_id
    WHERE s.referral_status IN ('sent', 'waiting') AND s.referral_status_on <= ${before}::date
      AND (s.chase_reminded_for IS NULL OR s.chase_reminded_for < s.referral_status_on)
      AND s.offered_by_staff_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM care_team_members m WHERE m.family_id = s.family_id AND m.staff_id = s.offered_by_staff_id
        AND m.ended_at IS NULL)
    ORDER BY s.referral_status_on
    LIMIT ${limit}
    FOR UPDATE OF s SKIP LOCKED`.execute(tx);
  return rows;
}

/** Marks the status date reminded for and tells the referrer; once per status date (the dedupe key too). */
export async function markChased(tx: Tx, family: VisibleFamily, due: ChaseDue, message: Phrase) {
  const dedupeKey = `referral_chase_due:${due.id}:${due.referral_status_on}`;
  await tx
    .updateTable('need_supports')
    .set({ chase_reminded_for: due.referral_status_on })
    .where('family_id', '=', family.id)
    .where('id', '=', due.id)
    .execute();
  await tx
    .insertInto('notifications')
    .values({
      // Made from the dedupe key, so the primary key makes the chase once.
      id: notificationIdFor(dedupeKey),
      kind: 'referral_chase_due',
      family_id: family.id,
      recipient_account_id: null,
      recipient_staff_id: due.offered_by_staff_id,
      entry_id: null,
      ...phraseColumns(message),
      dedupe_key: dedupeKey,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
