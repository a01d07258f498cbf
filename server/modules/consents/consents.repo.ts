// SQL for consents, consent requests, safeguarding overrides, disclosures and emergency access.

import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/database.ts';
import type { ConsentCategory, DisclosuresTable, NotificationKind } from '../../db/schema.ts';

export async function consentsOf(tx: Tx, familyId: string) {
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
      'o.name as organisation_name',
      's.full_name as staff_name',
    ])
    .where('c.family_id', '=', familyId)
    .orderBy('c.granted_at', 'desc')
    .execute();
}

export async function insertConsent(
  tx: Tx,
  v: {
    family_id: string;
    id: string;
    category: ConsentCategory;
    recipient_organisation_id: string | null;
    recipient_staff_id: string | null;
    purpose: string;
    starts_on: string;
    ends_on: string | null;
    granted_by_account_id: string;
    subject_person_id: string | null;
  },
) {
  await tx.insertInto('consents').values(v).execute();
}

/** A parent withdraws the family's consents; a young person only the ones about themselves. */
export async function withdrawConsent(tx: Tx, familyId: string, id: string, accountId: string, subjectPersonId: string | null) {
  const r = await tx
    .updateTable('consents')
    .set({ withdrawn_at: new Date(), withdrawn_by_account_id: accountId })
    .where('family_id', '=', familyId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .where((eb) => (subjectPersonId ? eb('subject_person_id', '=', subjectPersonId) : eb('subject_person_id', 'is', null)))
    .returning(['category', 'recipient_organisation_id', 'recipient_staff_id'])
    .executeTakeFirst();
  return r;
}

export async function requestsOf(tx: Tx, familyId: string) {
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
    .where('r.family_id', '=', familyId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

export async function insertRequest(
  tx: Tx,
  v: {
    family_id: string;
    id: string;
    category: ConsentCategory;
    requested_by_staff_id: string;
    recipient_organisation_id: string;
    reason: string;
  },
) {
  await tx.insertInto('consent_requests').values(v).execute();
}

export async function answerRequest(tx: Tx, familyId: string, id: string, accept: boolean, accountId: string, consentId: string | null) {
  const r = await tx
    .updateTable('consent_requests')
    .set({ status: accept ? 'accepted' : 'declined', answered_at: new Date(), answered_by_account_id: accountId, consent_id: consentId })
    .where('family_id', '=', familyId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['category', 'recipient_organisation_id', 'requested_by_staff_id', 'reason'])
    .executeTakeFirst();
  return r;
}

export async function findOpenRequest(tx: Tx, familyId: string, id: string) {
  return tx
    .selectFrom('consent_requests')
    .selectAll()
    .where('family_id', '=', familyId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function insertDisclosure(tx: Tx, v: Insertable<DisclosuresTable>) {
  await tx.insertInto('disclosures').values(v).execute();
}

/** The parent's "Who my information was shared with": everything but overrides still held back from them. */
export async function disclosuresOf(tx: Tx, familyId: string, forParent: boolean) {
  let q = tx.selectFrom('disclosures').selectAll().where('family_id', '=', familyId).orderBy('created_at', 'desc').limit(500);
  if (forParent) q = q.where('hidden_from_parent_until_released', '=', false);
  return q.execute();
}

export async function releaseDisclosuresOf(tx: Tx, familyId: string, sourceId: string) {
  await tx
    .updateTable('disclosures')
    .set({ hidden_from_parent_until_released: false })
    .where('family_id', '=', familyId)
    .where('source_id', '=', sourceId)
    .execute();
}

export async function activeOverrides(tx: Tx, familyId: string) {
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
    .where('o.family_id', '=', familyId)
    .where('o.ended_at', 'is', null)
    .where('o.starts_at', '<=', new Date())
    .where('o.ends_at', '>', new Date())
    .execute();
}

export async function insertOverride(
  tx: Tx,
  v: {
    family_id: string;
    id: string;
    categories: string[];
    recipient_organisation_id: string;
    lawful_basis: 'safeguarding_child' | 'prevent_serious_harm' | 'legal_obligation' | 'vital_interests';
    justification: string;
    ends_at: Date;
    created_by_staff_id: string;
    parent_told: boolean;
    not_telling_reason: string | null;
    review_due_at: Date | null;
  },
) {
  await tx
    .insertInto('safeguarding_overrides')
    .values({ ...v, starts_at: new Date() })
    .execute();
}

export async function findOverride(tx: Tx, familyId: string, id: string) {
  return tx.selectFrom('safeguarding_overrides').selectAll().where('family_id', '=', familyId).where('id', '=', id).executeTakeFirst();
}

export async function updateOverride(tx: Tx, familyId: string, id: string, set: Record<string, unknown>) {
  await tx.updateTable('safeguarding_overrides').set(set).where('family_id', '=', familyId).where('id', '=', id).execute();
}

export async function careTeamByOrganisation(tx: Tx, familyId: string) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['o.id as organisation_id', 'o.name as organisation_name', 'o.kind as organisation_kind', 's.full_name', 's.id as staff_id'])
    .where('m.family_id', '=', familyId)
    .where('m.ended_at', 'is', null)
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
export async function parentAccounts(tx: Tx, familyId: string) {
  return (await tx.selectFrom('accounts').select('id').where('family_id', '=', familyId).where('kind', '=', 'parent').execute()).map(
    (a) => a.id,
  );
}
export async function governanceLeadStaff(tx: Tx) {
  return (await tx.selectFrom('staff').select('id').where('role', '=', 'information_governance_lead').execute()).map((s) => s.id);
}

export async function notifyAll(
  tx: Tx,
  rows: {
    id: string;
    kind: NotificationKind;
    family_id: string | null;
    message: string;
    recipient_staff_id?: string | null;
    recipient_account_id?: string | null;
    dedupe_key?: string | null;
  }[],
) {
  if (rows.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(rows.map((r) => ({ recipient_staff_id: null, recipient_account_id: null, dedupe_key: null, entry_id: null, ...r })))
    .onConflict((c) => c.column('dedupe_key').doNothing())
    .execute();
}

export async function activeEmergencyAccessFor(tx: Tx, staffId: string, familyId: string) {
  return tx
    .selectFrom('emergency_accesses')
    .selectAll()
    .where('staff_id', '=', staffId)
    .where('family_id', '=', familyId)
    .where('ended_at', 'is', null)
    .where('ends_at', '>', new Date())
    .executeTakeFirst();
}

export async function insertEmergencyAccess(
  tx: Tx,
  v: { id: string; family_id: string; staff_id: string; reason: string; started_at: Date; ends_at: Date },
) {
  await tx.insertInto('emergency_accesses').values(v).execute();
}

export async function endEmergencyAccess(tx: Tx, id: string, staffId: string) {
  const r = await tx
    .updateTable('emergency_accesses')
    .set({ ended_at: new Date() })
    .where('id', '=', id)
    .where('staff_id', '=', staffId)
    .where('ended_at', 'is', null)
    .returning(['family_id'])
    .executeTakeFirst();
  return r?.family_id;
}

/** Emergency accesses whose window has passed are closed (and audited by the caller) once. */
export async function closeLapsedEmergencyAccesses(tx: Tx) {
  return tx
    .updateTable('emergency_accesses')
    .set({ ended_at: sql`ends_at` })
    .where('ended_at', 'is', null)
    .where('ends_at', '<=', new Date())
    .returning(['id', 'family_id', 'staff_id'])
    .execute();
}

export async function familyExists(tx: Tx, familyId: string) {
  return Boolean(await tx.selectFrom('families').select('id').where('id', '=', familyId).executeTakeFirst());
}

export async function isOnCareTeam(tx: Tx, staffId: string, familyId: string) {
  return Boolean(
    await tx
      .selectFrom('care_team_members')
      .select('id')
      .where('staff_id', '=', staffId)
      .where('family_id', '=', familyId)
      .where('ended_at', 'is', null)
      .executeTakeFirst(),
  );
}

export async function reviewEmergencyAccess(tx: Tx, id: string, staffId: string, note: string) {
  return tx
    .updateTable('emergency_accesses')
    .set({ reviewed_at: new Date(), reviewed_by_staff_id: staffId, review_note: note })
    .where('id', '=', id)
    .returning('family_id')
    .executeTakeFirst();
}

/** The information governance lead's queue: overrides, emergency accesses, withholdings past review. */
export async function reviewQueue(tx: Tx) {
  const [overrides, accesses, withholdings] = await Promise.all([
    tx
      .selectFrom('safeguarding_overrides as o')
      .innerJoin('families as f', 'f.id', 'o.family_id')
      .innerJoin('organisations as org', 'org.id', 'o.recipient_organisation_id')
      .innerJoin('staff as s', 's.id', 'o.created_by_staff_id')
      .select([
        'o.id',
        'o.family_id',
        'f.display_name',
        'org.name as recipient',
        'o.categories',
        'o.lawful_basis',
        'o.justification',
        's.full_name as created_by',
        'o.starts_at',
        'o.ends_at',
        'o.parent_told',
        'o.not_telling_reason',
        'o.review_due_at',
        'o.reviewed_at',
      ])
      // Unreviewed ones, and those still running; an override that simply lapsed leaves the queue once reviewed.
      .where((eb) => eb.or([eb('o.reviewed_at', 'is', null), eb.and([eb('o.ended_at', 'is', null), eb('o.ends_at', '>', new Date())])]))
      .orderBy('o.starts_at', 'desc')
      .limit(200)
      .execute(),
    tx
      .selectFrom('emergency_accesses as e')
      .innerJoin('families as f', 'f.id', 'e.family_id')
      .innerJoin('staff as s', 's.id', 'e.staff_id')
      .innerJoin('organisations as org', 'org.id', 's.organisation_id')
      .select([
        'e.id',
        'e.family_id',
        'f.display_name',
        's.full_name',
        'org.name as organisation',
        'e.reason',
        'e.started_at',
        'e.ends_at',
        'e.ended_at',
        'e.reviewed_at',
      ])
      .where('e.reviewed_at', 'is', null)
      .orderBy('e.started_at', 'desc')
      .limit(200)
      .execute(),
    tx
      .selectFrom('record_entries as r')
      .innerJoin('families as f', 'f.id', 'r.family_id')
      .innerJoin('staff as s', 's.id', 'r.author_staff_id')
      .select(['r.family_id', 'f.display_name', 'r.id', 's.full_name', 'r.withholding_review_on'])
      .where('r.withholding_scope', 'is not', null)
      .where('r.withholding_review_on', '<', new Date().toISOString().slice(0, 10))
      .where('r.entered_in_error_at', 'is', null)
      .orderBy('r.withholding_review_on')
      .limit(200)
      .execute(),
  ]);
  return { overrides, accesses, withholdings };
}

export async function searchAudit(
  tx: Tx,
  f: { familyId?: string; personId?: string; accountId?: string; from?: string; to?: string; limit: number },
) {
  let q = tx
    .selectFrom('audit_events as a')
    .leftJoin('staff as s', 's.id', 'a.actor_staff_id')
    .leftJoin('accounts as acc', 'acc.id', 'a.actor_account_id')
    .select([
      'a.occurred_at',
      'a.action',
      'a.outcome',
      'a.actor_kind',
      'a.family_id',
      'a.subject_type',
      'a.subject_id',
      'a.ip',
      'a.details',
      's.full_name',
      'acc.username',
    ])
    .orderBy('a.occurred_at', 'desc')
    .limit(f.limit);
  if (f.familyId) q = q.where('a.family_id', '=', f.familyId);
  if (f.accountId) q = q.where('a.actor_account_id', '=', f.accountId);
  if (f.personId)
    q = q.where((eb) => eb.or([eb('a.subject_id', '=', f.personId as string), eb('acc.person_id', '=', f.personId as string)]));
  if (f.from) q = q.where('a.occurred_at', '>=', new Date(`${f.from}T00:00:00Z`));
  if (f.to) q = q.where('a.occurred_at', '<', new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000));
  return q.execute();
}

export async function insertExport(tx: Tx, v: { id: string; family_id: string; person_id: string; requested_by_account_id: string }) {
  await tx.insertInto('subject_access_exports').values(v).execute();
}
export async function findExport(db: Db | Tx, id: string) {
  return db.selectFrom('subject_access_exports').selectAll().where('id', '=', id).executeTakeFirst();
}
/** Claims one pending export (SKIP LOCKED, so two instances never build the same one). */
export async function claimPendingExport(tx: Tx) {
  return tx
    .selectFrom('subject_access_exports')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}
export async function completeExport(tx: Tx, id: string, v: { content: string | null; html: string | null; error: string | null }) {
  await tx
    .updateTable('subject_access_exports')
    .set({ ...v, status: v.error ? 'failed' : 'ready', completed_at: new Date() })
    .where('id', '=', id)
    .execute();
}
export async function personAccount(tx: Tx, familyId: string, personId: string) {
  return tx
    .selectFrom('people as p')
    .leftJoin('accounts as a', (j) => j.onRef('a.family_id', '=', 'p.family_id').onRef('a.person_id', '=', 'p.id'))
    .select(['p.full_name', 'p.preferred_name', 'p.kind', 'a.id as account_id', 'a.kind as account_kind'])
    .where('p.family_id', '=', familyId)
    .where('p.id', '=', personId)
    .executeTakeFirst();
}
export async function accessLogAll(tx: Tx, familyId: string) {
  return tx
    .selectFrom('audit_events as a')
    .leftJoin('staff as s', 's.id', 'a.actor_staff_id')
    .select(['a.occurred_at', 'a.action', 'a.actor_kind', 's.full_name', 's.job_title'])
    .where('a.family_id', '=', familyId)
    .where('a.outcome', '=', 'allowed')
    .orderBy('a.occurred_at', 'desc')
    .limit(10_000)
    .execute();
}

/** Tells the parent once when a consent reaches its end date; returns the consents newly noted. */
export async function noteExpiredConsents(tx: Tx, today: string, makeId: () => string) {
  const ended = await tx
    .selectFrom('consents as c')
    .innerJoin('accounts as a', (j) => j.onRef('a.family_id', '=', 'c.family_id').on('a.kind', '=', 'parent'))
    .select(['c.id', 'c.family_id', 'c.category', 'c.ends_on', 'a.id as account_id'])
    .where('c.withdrawn_at', 'is', null)
    .where('c.ends_on', '<', today)
    .execute();
  if (ended.length === 0) return [];
  const inserted = await tx
    .insertInto('notifications')
    .values(
      ended.map((c) => ({
        id: makeId(),
        recipient_account_id: c.account_id,
        recipient_staff_id: null,
        kind: 'consent_answered' as const,
        family_id: c.family_id,
        entry_id: null,
        message: `Your agreement to share ${c.category.replaceAll('_', ' ')} information ended on ${c.ends_on}. Nothing more is shared under it.`,
        dedupe_key: `consent-expired:${c.id}:${c.account_id}`,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['family_id', 'dedupe_key'])
    .execute();
  return inserted;
}
