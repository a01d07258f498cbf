// SQL for requests for help and raised worries: the requests, what happened to each (events), "Who I want to hear
// from", and the care team they go to. It writes help tables and notifications only (help-structure.test.ts).
import { sql } from 'kysely';
import type {
  ContactWay,
  HelpAskerKind,
  HelpEventKind,
  HelpRequestKind,
  HelpUrgency,
  WorryAbout,
  WorryOutcome,
} from '../../../shared/domain/help.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { helpRequestReadableBy } from '../../access/help-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { Tx } from '../../db/database.ts';

/** Whether a worker can still be asked: no account that was deactivated. */
const stillWorking = sql<boolean>`NOT EXISTS (SELECT 1 FROM accounts acc WHERE acc.staff_id = s.id AND acc.disabled_at IS NOT NULL)`;

/** The family's care team now, key workers first (adult mental health before children's services), with their team. */
export async function careTeam(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('care_team_members as m')
    .innerJoin('staff as s', 's.id', 'm.staff_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .select([
      'm.staff_id',
      'm.key_worker',
      'm.team_role',
      's.full_name',
      's.job_title',
      's.role',
      's.team_id',
      'o.name as organisation_name',
    ])
    .where('m.family_id', '=', family.id)
    .where('m.ended_at', 'is', null)
    .where(stillWorking)
    .orderBy(sql`m.key_worker IS NULL`)
    .orderBy('m.key_worker')
    .orderBy('m.started_at')
    .execute();
}
export type TeamMember = Awaited<ReturnType<typeof careTeam>>[number];

/** The people of the family, for names, with the kind of account each signs in with (if any). */
export async function people(tx: Tx, family: VisibleFamily) {
  return tx
    .selectFrom('people as p')
    .select([
      'p.id',
      'p.kind',
      'p.full_name',
      'p.preferred_name',
      sql<string | null>`(SELECT a.kind FROM accounts a WHERE a.family_id = p.family_id AND a.person_id = p.id
        ORDER BY a.disabled_at IS NULL DESC, a.created_at LIMIT 1)`.as('account_kind'),
    ])
    .where('p.family_id', '=', family.id)
    .orderBy('p.created_at')
    .execute();
}

/** The parent the record is about: the one with the parent's account, else the first parent not signing in as the other parent. */
export const theParent = (all: Awaited<ReturnType<typeof people>>) =>
  all.find((p) => p.account_kind === 'parent') ?? all.find((p) => p.kind === 'parent' && p.account_kind !== 'other_parent');

export async function settings(tx: Tx, family: VisibleFamily, personId: string) {
  return tx
    .selectFrom('help_settings')
    .select(['staff_ids', 'version'])
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Saves "Who I want to hear from" if it is still at the version read (0: never saved); false when stale. */
export async function saveSettings(tx: Tx, family: VisibleFamily, personId: string, staffIds: string[], readVersion: number) {
  if (readVersion === 0) {
    const r = await tx
      .insertInto('help_settings')
      .values({ family_id: family.id, person_id: personId, staff_ids: staffIds })
      .onConflict((c) => c.columns(['family_id', 'person_id']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await tx
    .updateTable('help_settings')
    .set({ staff_ids: staffIds, version: sql`version + 1`, updated_at: sql`now()` })
    .where('family_id', '=', family.id)
    .where('person_id', '=', personId)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One request; a retry with the same idempotency key makes nothing (the unique index decides between retries). */
export async function insertRequest(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    kind: HelpRequestKind;
    person_id: string;
    account_id: string;
    asker_kind: HelpAskerKind;
    worry_about: WorryAbout | null;
    words: string;
    /** The language the asker wrote in (their chosen language; 0044). */
    written_in: Locale;
    urgency: HelpUrgency;
    contact_ways: ContactWay[];
    contact_time: string | null;
    out_of_hours: boolean;
    recipient_staff_ids: string[];
    escalation_team_id: string | null;
    acknowledge_by: Date | null;
    manager_by: Date | null;
    idempotency_key: string | null;
    idempotency_fingerprint: string | null;
  },
) {
  const r = await tx
    .insertInto('help_requests')
    .values({
      ...v,
      family_id: family.id,
      worry_outcome: null,
      safeguarding_reason: null,
      governance_reviewed_at: null,
      governance_reviewed_by_staff_id: null,
      governance_review_note: null,
    })
    .onConflict((c) => c.columns(['family_id', 'account_id', 'idempotency_key']).where('idempotency_key', 'is not', null).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

const REQUEST_COLUMNS = [
  'r.id',
  'r.kind',
  'r.person_id',
  'r.account_id',
  'r.asker_kind',
  'r.worry_about',
  'r.words',
  'r.written_in',
  'r.urgency',
  'r.contact_ways',
  'r.contact_time',
  'r.out_of_hours',
  'r.recipient_staff_ids',
  'r.escalation_team_id',
  'r.acknowledge_by',
  'r.manager_by',
  'r.acknowledged_at',
  'r.acknowledged_by_staff_id',
  'r.worry_outcome',
  'r.safeguarding_reason',
  'r.idempotency_fingerprint',
  'r.created_at',
] as const;

export async function findByIdempotencyKey(tx: Tx, family: VisibleFamily, accountId: string, key: string) {
  return tx
    .selectFrom('help_requests as r')
    .select(REQUEST_COLUMNS)
    .where('r.family_id', '=', family.id)
    .where('r.account_id', '=', accountId)
    .where('r.idempotency_key', '=', key)
    .executeTakeFirst();
}

export async function findRequest(tx: Tx, family: VisibleFamily, requestId: string) {
  return tx
    .selectFrom('help_requests as r')
    .select(REQUEST_COLUMNS)
    .where('r.family_id', '=', family.id)
    .where('r.id', '=', requestId)
    .executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequest>>>;

/** One request, only if this worker reads it (access/help-access.ts): otherwise undefined, as for one that does not exist. */
export async function findRequestForWorker(tx: Tx, family: VisibleFamily, requestId: string, staffId: string) {
  return tx
    .selectFrom('help_requests as r')
    .select(REQUEST_COLUMNS)
    .where('r.family_id', '=', family.id)
    .where('r.id', '=', requestId)
    .where(helpRequestReadableBy(staffId, 'r'))
    .executeTakeFirst();
}

/**
 * The family's requests, newest first, that this reader reads: a worker those access/help-access.ts gives them; a family
 * member their own, and the parent also the worries a key worker told her about.
 */
export async function requests(tx: Tx, family: VisibleFamily, reader: { staffId: string } | { personId: string; toldWorries: boolean }) {
  let q = tx.selectFrom('help_requests as r').select(REQUEST_COLUMNS).where('r.family_id', '=', family.id);
  if ('staffId' in reader) {
    q = q.where(helpRequestReadableBy(reader.staffId, 'r'));
  } else {
    const { personId, toldWorries } = reader;
    q = q.where((eb) =>
      toldWorries
        ? eb.or([eb('r.person_id', '=', personId), eb.and([eb('r.kind', '=', 'worry'), eb('r.worry_outcome', '=', 'parent_told')])])
        : eb('r.person_id', '=', personId),
    );
  }
  return q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(100).execute();
}

export async function events(tx: Tx, family: VisibleFamily, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return tx
    .selectFrom('help_request_events')
    .select(['id', 'request_id', 'kind', 'staff_id', 'to_staff_ids', 'text', 'contact_at', 'contact_way', 'created_at'])
    .where('family_id', '=', family.id)
    .where('request_id', 'in', requestIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type EventRow = Awaited<ReturnType<typeof events>>[number];

/** Names of workers (not family data: the staff directory). */
export async function staffNames(tx: Tx, staffIds: string[]) {
  if (staffIds.length === 0) return new Map<string, string>();
  const rows = await tx.selectFrom('staff').select(['id', 'full_name']).where('id', 'in', staffIds).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

/** Marks the request acknowledged, once: undefined when someone else acknowledged it first. */
export async function acknowledge(
  tx: Tx,
  family: VisibleFamily,
  requestId: string,
  v: { staffId: string; worryOutcome: WorryOutcome | null; safeguardingReason: string | null },
) {
  return tx
    .updateTable('help_requests')
    .set({
      acknowledged_at: sql`now()`,
      acknowledged_by_staff_id: v.staffId,
      worry_outcome: v.worryOutcome,
      safeguarding_reason: v.safeguardingReason,
    })
    .where('family_id', '=', family.id)
    .where('id', '=', requestId)
    .where('acknowledged_at', 'is', null)
    .returning(['acknowledged_at'])
    .executeTakeFirst();
}

export async function insertEvent(
  tx: Tx,
  family: VisibleFamily,
  v: {
    id: string;
    request_id: string;
    kind: HelpEventKind;
    staff_id: string | null;
    to_staff_ids?: string[];
    text?: string | null;
    contact_at?: string | Date | null;
    contact_way?: ContactWay | null;
  },
) {
  const r = await tx
    .insertInto('help_request_events')
    .values({ ...v, family_id: family.id })
    // An escalation step happens once (a unique index on the request and the step): a second run adds nothing. The
    // index's condition is written as literals: PostgreSQL matches ON CONFLICT to a partial index when it plans the
    // statement, and a prepared statement's generic plan (from its sixth run) knows nothing of bound values.
    .onConflict((c) =>
      c.columns(['family_id', 'request_id', 'kind']).where(sql<boolean>`kind IN ('escalated_to_duty', 'escalated_to_manager')`).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}
