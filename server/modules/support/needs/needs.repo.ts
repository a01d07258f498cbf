// SQL for needs, their support and barriers (issue 15 §1): every read of needs and need_supports goes through
// familyVisible() and needVisible() (access/scope.ts), so a need, its support and its referral's steps reach only
// those who read the need.
import { sql } from 'kysely';
import type { CareTeamRole } from '../../../../shared/domain/care-team-roles.ts';
import type { Helped, NeedDomain, NeedImportance, NeedRaisedBy, NeedStatus } from '../../../../shared/domain/needs.ts';
import type { InformationCategory } from '../../../../shared/domain/records.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import { type AccessScope, familyVisible, needVisible } from '../../../access/scope.ts';
import type { VisibleFamily } from '../../../access/visible-family.ts';
import type { Tx } from '../../../db/database.ts';

/** The family's people, for the page's sections and the policy's facts. */
export function people(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('people')
    .select(['id', 'full_name', 'preferred_name', 'kind', 'date_of_birth'])
    .where('family_id', '=', family.id)
    .orderBy('date_of_birth')
    .orderBy('full_name')
    .execute();
}
export type PersonRow = Awaited<ReturnType<typeof people>>[number];

/** Whether this worker is one of the family's key workers now. */
export async function isKeyWorker(tx: Tx, family: VisibleFamily, staffId: string) {
  const row = await tx
    .selectFrom('care_team_members')
    .select('id')
    .where('family_id', '=', family.id)
    .where('staff_id', '=', staffId)
    .where('ended_at', 'is', null)
    .where('key_worker', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** A worker's name with their agency, as the family reads who did something ("Tom Reilly, Northfield Children's Services"). */
export async function staffDescription(tx: Tx, staffId: string) {
  const row = await tx
    .selectFrom('staff as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select(['s.full_name', 'o.name as organisation_name'])
    .where('s.id', '=', staffId)
    .executeTakeFirstOrThrow();
  return `${row.full_name}, ${row.organisation_name}`;
}

const NEED_COLUMNS = [
  'n.id',
  'n.person_id',
  'n.domain',
  'n.words',
  'n.importance',
  'n.raised_by',
  'n.written_by_account_id',
  'n.written_by_staff_id',
  'n.support_wanted',
  'n.category',
  'n.author_organisation_id',
  'n.status',
  'n.closed_at',
  'n.not_right',
  'n.not_right_at',
  'n.written_in',
  'n.not_right_written_in',
  'n.idempotency_fingerprint',
  'n.version',
  'n.created_at',
] as const;

/** The needs the scope reads (familyVisible + needVisible), with who wrote each, in words; one need when `needId` is given. */
export function visibleNeeds(tx: Tx, scope: AccessScope, family: VisibleFamily, only: { needId?: string; personIds?: string[] } = {}) {
  let q = tx
    .selectFrom('needs as n')
    .leftJoin('staff as ws', 'ws.id', 'n.written_by_staff_id')
    .leftJoin('accounts as wa', 'wa.id', 'n.written_by_account_id')
    .leftJoin('people as wp', (j) => j.onRef('wp.family_id', '=', 'n.family_id').onRef('wp.id', '=', 'wa.person_id'))
    .select(NEED_COLUMNS)
    .select([
      'ws.full_name as writer_staff_name',
      'ws.job_title as writer_job_title',
      // The writer's role on this family's care team (a key the family's page words in its language), while they have one.
      sql<CareTeamRole | null>`(SELECT m.team_role FROM care_team_members m WHERE m.family_id = n.family_id
        AND m.staff_id = n.written_by_staff_id ORDER BY m.ended_at IS NULL DESC, m.started_at DESC LIMIT 1)`.as('writer_team_role'),
      'wp.full_name as writer_person_name',
      'wp.preferred_name as writer_preferred_name',
    ])
    .where('n.family_id', '=', family.id)
    .where(familyVisible(scope, 'n.family_id'))
    .where(needVisible(scope, 'n'))
    .orderBy('n.created_at')
    .orderBy('n.id');
  if (only.needId !== undefined) q = q.where('n.id', '=', only.needId);
  if (only.personIds !== undefined)
    q = q.where('n.person_id', 'in', only.personIds.length ? only.personIds : ['00000000-0000-0000-0000-000000000000']);
  return q.limit(2000).execute();
}
export type NeedRow = Awaited<ReturnType<typeof visibleNeeds>>[number];

/** How many of the family's needs the scope may not read (the category rule): a count, nothing else. */
export async function hiddenNeedCount(tx: Tx, scope: AccessScope, family: VisibleFamily) {
  const row = await tx
    .selectFrom('needs as n')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('n.family_id', '=', family.id)
    .where(familyVisible(scope, 'n.family_id'))
    .where(sql<boolean>`NOT ${needVisible(scope, 'n')}`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The support of the given needs, each only through a need the scope reads, with its service's name. */
export function visibleSupports(tx: Tx, scope: AccessScope, family: VisibleFamily, needIds: string[]) {
  if (needIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('need_supports as s')
    .innerJoin('needs as n', (j) => j.onRef('n.family_id', '=', 's.family_id').onRef('n.id', '=', 's.need_id'))
    .leftJoin('directory_services as ds', 'ds.id', 's.service_id')
    .leftJoin('staff as os', 'os.id', 's.offered_by_staff_id')
    .selectAll('s')
    .select(['ds.name as service_name', 'os.organisation_id as offered_by_organisation_id'])
    .where('s.family_id', '=', family.id)
    .where('s.need_id', 'in', needIds)
    .where(familyVisible(scope, 'n.family_id'))
    .where(needVisible(scope, 'n'))
    .orderBy('s.offered_on')
    .orderBy('s.created_at')
    .execute();
}
export type SupportRow = Awaited<ReturnType<typeof visibleSupports>>[number];

/** Every step of the given referrals (already read through a visible need), oldest first. */
export function referralSteps(tx: Tx, family: VisibleFamily, supportIds: string[]) {
  if (supportIds.length === 0) return Promise.resolve([]);
  return (
    tx
      .selectFrom('referral_status_changes as c')
      .leftJoin('accounts as a', 'a.id', 'c.changed_by_account_id')
      .select(['c.support_id', 'c.status', 'c.status_on', 'c.reason', 'c.written_in', 'c.changed_by_description', 'c.created_at'])
      // Whether a worker set it: their name and agency are shown as written.
      .select(sql<boolean>`a.staff_id IS NOT NULL`.as('by_worker'))
      .where('c.family_id', '=', family.id)
      .where('c.support_id', 'in', supportIds)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute()
  );
}
export type StepRow = Awaited<ReturnType<typeof referralSteps>>[number];

/** One support the scope reads (through its need), with its need's id; undefined when out of reach. */
export function visibleSupport(tx: Tx, scope: AccessScope, family: VisibleFamily, supportId: string) {
  return tx
    .selectFrom('need_supports as s')
    .innerJoin('needs as n', (j) => j.onRef('n.family_id', '=', 's.family_id').onRef('n.id', '=', 's.need_id'))
    .select(['s.id', 's.need_id', 's.kind', 's.offered_by_staff_id', 's.offered_by_account_id', 's.version'])
    .where('s.family_id', '=', family.id)
    .where('s.id', '=', supportId)
    .where(familyVisible(scope, 'n.family_id'))
    .where(needVisible(scope, 'n'))
    .executeTakeFirst();
}

/** The barriers of the family's people. */
export function barriers(tx: Tx, family: VisibleFamily) {
  return tx.selectFrom('person_barriers').selectAll().where('family_id', '=', family.id).execute();
}
export type BarriersRow = Awaited<ReturnType<typeof barriers>>[number];

export type NeedValues = {
  domain: NeedDomain;
  words: string;
  importance: NeedImportance;
  support_wanted: string | null;
  category: InformationCategory;
  /** The language of its words and "what would help" (0044). */
  written_in: Locale;
};

export type NewNeed = NeedValues & {
  id: string;
  person_id: string;
  raised_by: NeedRaisedBy;
  written_by_account_id: string;
  written_by_staff_id: string | null;
  author_organisation_id: string | null;
  idempotency_key: string | null;
  idempotency_fingerprint: string | null;
};

/** One need; a retry with the same idempotency key makes nothing (the unique index decides between retries). */
export async function insertNeed(tx: Tx, family: VisibleFamily, v: NewNeed) {
  const now = new Date();
  const r = await tx
    .insertInto('needs')
    .values({ ...v, family_id: family.id, about_person_ids: [v.person_id], created_at: now, updated_at: now })
    .onConflict((c) =>
      c.columns(['family_id', 'written_by_account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** The need a key made before (any scope: the writer's own key), for a retry. */
export function needByKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('needs')
    .select(['id', 'idempotency_fingerprint'])
    .where('family_id', '=', family.id)
    .where('written_by_account_id', '=', accountId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** A versioned save of a need's words and status; false when someone saved since `version`. */
export async function updateNeed(
  tx: Tx,
  family: VisibleFamily,
  needId: string,
  version: number,
  v: NeedValues & { status: NeedStatus },
  closing: boolean,
) {
  const r = await tx
    .updateTable('needs')
    .set({
      ...v,
      ...(closing ? { closed_at: sql<Date>`coalesce(closed_at, now())` } : { closed_at: null }),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('family_id', '=', family.id)
    .where('id', '=', needId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** "That's not right": kept with the need (the latest words), never replacing what was written. */
export async function setNotRight(tx: Tx, family: VisibleFamily, needId: string, words: string, writtenIn: Locale) {
  await tx
    .updateTable('needs')
    .set({
      not_right: words,
      not_right_written_in: writtenIn,
      not_right_at: new Date(),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('family_id', '=', family.id)
    .where('id', '=', needId)
    .execute();
}

export type BarrierValues = {
  childcare: string | null;
  travel_cost: string | null;
  times: string | null;
  language: string | null;
  access: string | null;
  caring: string | null;
  /** The language of the words (0044). */
  written_in: Locale;
};

/** The first save of a person's barriers; a concurrent first save finds the row taken (false) and is answered as stale. */
export async function insertBarriers(tx: Tx, family: VisibleFamily, personId: string, accountId: string, v: BarrierValues) {
  const r = await tx
    .insertInto('person_barriers')
    .values({ ...v, family_id: family.id, person_id: personId, updated_by_account_id: accountId, updated_at: new Date() })
    .onConflict((c) => c.columns(['family_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateBarriers(
  tx: Tx,
  family: VisibleFamily,
  personId: string,
  accountId: string,
  version: number,
  v: BarrierValues,
) {
  const r = await tx
    .updateTable('person_barriers')
    .set({ ...v, updated_by_account_id: accountId, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type NewSupport = {
  id: string;
  need_id: string;
  kind: 'offer' | 'self_found';
  description: string;
  service_id: string | null;
  offered_by_account_id: string;
  offered_by_staff_id: string | null;
  offered_by_description: string;
  offered_on: string;
  received_from: string | null;
  /** The language of its description (0044): the writer's. */
  written_in: Locale;
};

export async function insertSupport(tx: Tx, family: VisibleFamily, v: NewSupport) {
  const now = new Date();
  await tx
    .insertInto('need_supports')
    .values({ ...v, family_id: family.id, referral_status: null, created_at: now, updated_at: now })
    .execute();
}

/** A versioned save of when support was received; false when stale. */
export async function updateSupportDates(
  tx: Tx,
  family: VisibleFamily,
  supportId: string,
  version: number,
  v: { received_from: string | null; received_until: string | null },
) {
  const r = await tx
    .updateTable('need_supports')
    .set({ ...v, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('family_id', '=', family.id)
    .where('id', '=', supportId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** "Did it help?": her answer, which she may change by answering again. */
export async function setHelped(
  tx: Tx,
  family: VisibleFamily,
  supportId: string,
  v: { helped: Helped; words: string | null; writtenIn: Locale },
) {
  await tx
    .updateTable('need_supports')
    .set({
      helped: v.helped,
      helped_words: v.words,
      helped_written_in: v.writtenIn,
      helped_at: new Date(),
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('family_id', '=', family.id)
    .where('id', '=', supportId)
    .execute();
}

/** Whether a directory service exists (and is active), with its name, its organisation's and whether it takes self-referrals. */
export function directoryService(tx: Tx, serviceId: string) {
  return tx
    .selectFrom('directory_services as ds')
    .innerJoin('directory_organisations as dorg', 'dorg.id', 'ds.organisation_id')
    .select(['ds.id', 'ds.name', 'dorg.name as organisation_name', sql<boolean>`${sql.ref('ds.self_referral')}`.as('self_referral')])
    .where('ds.id', '=', serviceId)
    .where('ds.status', '=', 'active')
    .executeTakeFirst();
}

/** The accounts of a family member (to tell them), by person. */
export function accountsOf(tx: Tx, family: VisibleFamily, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('accounts')
    .select(['id', 'person_id', 'kind'])
    .where('family_id', '=', family.id)
    .where('person_id', 'in', personIds)
    .where('disabled_at', 'is', null)
    .execute();
}

/** Notes that "did it help?" was asked for this support; false when it was asked before (asked once). */
export async function markHelpedAsked(tx: Tx, family: VisibleFamily, supportId: string) {
  const r = await tx
    .updateTable('need_supports')
    .set({ helped_asked_at: new Date() })
    .where('family_id', '=', family.id)
    .where('id', '=', supportId)
    .where('helped_asked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
