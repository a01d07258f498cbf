// Exact counts for the insights insights.test.ts does not count (issue 18 §2: every insight on a fixture with known
// counts): the support gap by area, by ethnic group and over a shorter period; withholdings and their overdue reviews;
// ratings by who gave them; key worker changes; fathers and other parents; minutes shared on time. Each fixture row is
// there to be counted, or to be left out for a reason a team manager would name (another team, before the period, a
// closed family, entered in error, a sign-in never finished); 5 families show a number, 1 to 4 show "fewer than 5".
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightView } from '../../../shared/contracts/insights.ts';
import { NEED_DOMAIN_KEYS } from '../../../shared/domain/needs.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const demoId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const COUNCIL = '00000000-0000-7000-8000-000000000002';
const PRIYA = demoId(23);
const TOM = demoId(24);
const HELEN = demoId(25);
const ALEX = demoId(28);
const OLU = demoId(31);

let t: TestApp;
let angela: TestClient;
let tomAccount: string;
type Fam = { family: string; person: string; account: string };
/** Angela's team: f[1..7] White British, f[8..12] Pakistani, f[13] no answer (and closed). f[0] is unused. */
const f: Fam[] = [];
let duty: Fam;

const q = (text: string, values: unknown[] = []) => t.database.asOwner(text, values);

async function person(family: string, kind: string, accountKind: string | null): Promise<{ person: string; account: string }> {
  const id = randomUUID();
  const account = randomUUID();
  await q('INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, $3, $4)', [family, id, kind, `Person ${id}`]);
  if (accountKind)
    await q('INSERT INTO accounts (id, username, kind, family_id, person_id) VALUES ($1, $2, $3, $4, $5)', [
      account,
      `measures-${account}`,
      accountKind,
      family,
      id,
    ]);
  return { person: id, account };
}

async function addFamily(staffId: string, ethnicity: string | null): Promise<Fam> {
  const family = randomUUID();
  await q('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, `Measures family ${family}`]);
  const parent = await person(family, 'parent', 'parent');
  await q("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [
    family,
    randomUUID(),
    staffId,
  ]);
  if (ethnicity)
    await q('INSERT INTO equity_answers (family_id, person_id, ethnicity, recorded_by_account_id) VALUES ($1, $2, $3, $4)', [
      family,
      parent.person,
      ethnicity,
      parent.account,
    ]);
  return { family, ...parent };
}

// ---- Needs and support -------------------------------------------------------------------------------------------------

async function need(x: Fam, domain: string, raisedAt: string, status = 'open'): Promise<string> {
  const id = randomUUID();
  await q(
    `INSERT INTO needs (family_id, id, person_id, domain, words, importance, raised_by, written_by_account_id, category, about_person_ids,
       status, closed_at, created_at)
     VALUES ($1, $2, $3, $4, 'Private words', 'a_lot', 'person', $5, 'general', ARRAY[$3::uuid], $6,
       CASE WHEN $6 = 'open' THEN NULL ELSE $7::timestamptz END, $7::timestamptz)`,
    [x.family, id, x.person, domain, x.account, status, raisedAt],
  );
  return id;
}

async function support(x: Fam, needId: string, s: { receivedFrom?: string; helped?: string }) {
  await q(
    `INSERT INTO need_supports (family_id, id, need_id, kind, description, offered_by_account_id, offered_by_description, offered_on,
       received_from, helped)
     VALUES ($1, $2, $3, 'offer', 'A group nearby', $4, 'Tom', '2024-11-01', $5::date, $6)`,
    [x.family, randomUUID(), needId, tomAccount, s.receivedFrom ?? null, s.helped ?? null],
  );
}

// ---- The record --------------------------------------------------------------------------------------------------------

async function entry(x: Fam, w?: { decidedAt: string; reviewOn: string; scope?: 'part' | 'whole'; inError?: boolean }): Promise<string> {
  const id = randomUUID();
  await q(
    `INSERT INTO record_entries (family_id, id, kind, occurred_at, author_staff_id, author_organisation_id, category, text, restricted_text,
       withholding_scope, withholding_reason, withholding_review_on, withholding_decided_by_staff_id, withholding_decided_at,
       entered_in_error_at, entered_in_error_reason, entered_in_error_by_staff_id)
     VALUES ($1, $2, 'observation', '2024-12-01', $3, $4, 'general', 'Private words', $5,
       $6, $7, $8::date, $9, $10::timestamptz, $11::timestamptz, $12, $13)`,
    [
      x.family,
      id,
      TOM,
      COUNCIL,
      w?.scope === 'part' ? 'The part kept back' : null,
      w ? (w.scope ?? 'whole') : null,
      w ? 'serious_risk' : null,
      w?.reviewOn ?? null,
      w ? TOM : null,
      w?.decidedAt ?? null,
      w?.inError ? '2025-01-20' : null,
      w?.inError ? 'Wrong family' : null,
      w?.inError ? TOM : null,
    ],
  );
  return id;
}

async function recordReply(x: Fam, accountId: string, at: string) {
  const entryId = await entry(x);
  await q(
    "INSERT INTO record_entry_replies (family_id, id, entry_id, kind, text, author_account_id, created_at) VALUES ($1, $2, $3, 'reply', 'Private words', $4, $5)",
    [x.family, randomUUID(), entryId, accountId, at],
  );
}

// ---- Recovery plan ratings ---------------------------------------------------------------------------------------------

const plans = new Map<string, { plan: string; item: string }>();
async function rate(x: Fam, accountId: string, score: number, at: string, planVersion = 1) {
  let p = plans.get(x.family);
  if (!p) {
    p = { plan: randomUUID(), item: randomUUID() };
    await q('INSERT INTO recovery_plans (family_id, id, created_by_account_id) VALUES ($1, $2, $3)', [x.family, p.plan, tomAccount]);
    await q(
      `INSERT INTO recovery_plan_items (family_id, plan_id, id, kind, position, content, created_by_account_id, updated_by_account_id, updated_by_name)
       VALUES ($1, $2, $3, 'parent_goal', 1, '{}'::jsonb, $4, $4, 'Tom')`,
      [x.family, p.plan, p.item, tomAccount],
    );
    plans.set(x.family, p);
  }
  await q(
    `INSERT INTO recovery_plan_ratings (family_id, plan_id, item_id, plan_version, account_id, rater_name, rater_role, score, rated_at)
     VALUES ($1, $2, $3, $4, $5, 'Someone', 'Someone', $6, $7)`,
    [x.family, p.plan, p.item, planVersion, accountId, score, at],
  );
}

// ---- Meetings ----------------------------------------------------------------------------------------------------------

type MeetingOpts = { status?: 'happened' | 'agreed' | 'cancelled'; dueOn?: string | null; sharedAt?: string | null };
async function meeting(x: Fam, startsAt: string, o: MeetingOpts = {}): Promise<string> {
  const id = randomUUID();
  const status = o.status ?? 'happened';
  await q(
    `INSERT INTO appointments (family_id, id, kind, meeting_kind, status, arranged_by_staff_id, arranged_by_organisation_id, starts_at, ends_at,
       created_by_account_id, cancelled_at, cancel_reason, cancelled_by_staff_id)
     VALUES ($1, $2, 'meeting', 'child_in_need_review', $3, $4, $5, $6::timestamptz, $6::timestamptz + interval '1 hour', $7,
       CASE WHEN $3 = 'cancelled' THEN $6::timestamptz END, CASE WHEN $3 = 'cancelled' THEN 'Chair unwell' END,
       CASE WHEN $3 = 'cancelled' THEN $4::uuid END)`,
    [x.family, id, status, TOM, COUNCIL, startsAt, x.account],
  );
  await q(
    `INSERT INTO meetings (family_id, appointment_id, chair_staff_id, family_invited, minutes, minutes_shared_at, minutes_due_on)
     VALUES ($1, $2, $3, true, $4, $5::timestamptz, $6::date)`,
    [x.family, id, TOM, o.sharedAt ? 'Private minutes' : null, o.sharedAt ?? null, o.dueOn === undefined ? null : o.dueOn],
  );
  return id;
}

async function attended(x: Fam, appointmentId: string, personId: string, attendance = 'attended') {
  await q(
    'INSERT INTO meeting_attendance (family_id, id, appointment_id, person_id, name, attendance, position) VALUES ($1, $2, $3, $4, $5, $6, 1)',
    [x.family, randomUUID(), appointmentId, personId, 'Someone', attendance],
  );
}

// ---- Care team and the other parent ------------------------------------------------------------------------------------

async function keyWorker(x: Fam, staffId: string, side: string, startedAt: string, endedAt: string | null) {
  await q(
    "INSERT INTO care_team_members (family_id, id, staff_id, team_role, key_worker, started_at, ended_at) VALUES ($1, $2, $3, 'other', $4, $5, $6)",
    [x.family, randomUUID(), staffId, side, startedAt, endedAt],
  );
}

async function session(accountId: string, at: string, stage = 'signed_in') {
  await q(
    "INSERT INTO sessions (id, account_id, stage, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, 'x', $4, $4, $4::timestamptz + interval '1 hour')",
    [randomUUID(), accountId, stage, at],
  );
}

async function invite(x: Fam, op: { person: string; account: string }, at: string) {
  await q(
    `INSERT INTO family_invitations (family_id, id, person_id, account_id, account_kind, delivery, invited_by_staff_id, created_at)
     VALUES ($1, $2, $3, $4, 'other_parent', 'letter', $5, $6)`,
    [x.family, randomUUID(), op.person, op.account, TOM, at],
  );
}

async function view(insight: string, query = '', from = '2025-01-01', to = '2025-03-31'): Promise<InsightView> {
  const res = await angela.get(`/api/insights/${insight}?from=${from}&to=${to}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
/** The table as [row key, values]: what the chart and the table show. */
const table = (v: InsightView) => Object.fromEntries(v.rows.map((r) => [r.key, r.values]));

/** Each describe's rows, added by the one beforeAll below (so a single test run alone still has every row). */
const fixtures: (() => Promise<void>)[] = [];
const fam = (n: number) => f[n] as Fam;
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => fam(a + k));

beforeAll(async () => {
  t = await createTestApp();
  // The demo's families are set aside: nobody is on their care teams now.
  await q('UPDATE care_team_members SET ended_at = now() WHERE ended_at IS NULL');
  tomAccount = (await q('SELECT id FROM accounts WHERE staff_id = $1', [TOM])).rows[0].id;
  f.push(undefined as unknown as Fam);
  for (let k = 1; k <= 13; k++) f.push(await addFamily(TOM, k <= 7 ? 'white_british' : k <= 12 ? 'asian_pakistani' : null));
  // Family 13 has closed: still on the caseload (the team reads it for a while), never asked to do anything.
  await q("UPDATE families SET closed_at = '2025-03-20', team_read_until = '2025-06-20' WHERE id = $1", [fam(13).family]);
  // The duty team's family: nothing of it is ever counted for Angela.
  duty = await addFamily(OLU, 'white_british');
  // Each measure's rows, in the order the describes list them (the other parents reuse the ratings' other parent).
  for (const fixture of fixtures) await fixture();
  angela = await t.signIn('angela');
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('the support gap', () => {
  fixtures.push(async () => {
    // Housing, raised in January by families 1 to 6; the first support of 1 to 5 received 2, 3, 5, 10 and 31 days later
    // (median 5); family 6 has none yet.
    const days = ['2025-01-12', '2025-01-13', '2025-01-15', '2025-01-20', '2025-02-10'];
    for (const [k, x] of range(1, 5).entries())
      await support(x, await need(x, 'housing', '2025-01-10T09:00:00Z'), { receivedFrom: days[k] });
    await need(fam(6), 'housing', '2025-01-10T09:00:00Z');
    // Raised before the period and still waiting now: family 7 offered something not yet received; 8 to 12 nothing.
    await support(fam(7), await need(fam(7), 'housing', '2024-12-01T09:00:00Z'), {});
    for (const x of range(8, 12)) await need(x, 'housing', '2024-12-01T09:00:00Z');
    // Not waiting: a support that helped (never received on a date), and a need met.
    await support(fam(13), await need(fam(13), 'housing', '2024-12-01T09:00:00Z'), { helped: 'yes' });
    await need(fam(13), 'housing', '2024-12-01T09:00:00Z', 'met');
    // Money, raised in February by families 1 to 3 only: fewer than 5 raised it and wait.
    for (const x of range(1, 3)) await need(x, 'money', '2025-02-05T09:00:00Z');
    // Another team's family: never counted.
    await support(duty, await need(duty, 'housing', '2025-01-10T09:00:00Z'), { receivedFrom: '2025-01-11' });
  });

  it('counts by area of life: raised, received, still waiting and the median days, fewer than 5 hidden', async () => {
    const v = await view('support_gap');
    expect(v.families).toBe(13);
    expect(v.rows.map((r) => r.key)).toEqual([...NEED_DOMAIN_KEYS]);
    const rows = table(v);
    // Waiting: family 6 (nothing yet), 7 (offered, not received), 8 to 12 (nothing): 7.
    expect(rows.housing).toEqual([6, 5, 7, 5]);
    expect(rows.money).toEqual([null, 0, null, null]);
    expect(rows.food).toEqual([0, 0, 0, null]);
  });

  it('counts by ethnic group, all areas together', async () => {
    const v = await view('support_gap', '&breakdown=ethnicity');
    expect(v.rowHeading).toBe('Ethnic group');
    const rows = table(v);
    // White: raised 1 to 6, received 1 to 5 (median 5 days), waiting 1 to 3 (money), 6 and 7. Asian: waiting 8 to 12.
    expect(rows.white).toEqual([6, 5, 5, 5]);
    expect(rows.asian).toEqual([0, 0, 5, null]);
    // Family 13 answered nothing: its needs are not waiting, so its group is all zeros.
    expect(rows.not_recorded).toEqual([0, 0, 0, null]);
    expect(rows.black).toEqual([0, 0, 0, null]);
  });

  it('a shorter period leaves out what was raised and received before it; still waiting is now', async () => {
    const v = await view('support_gap', '', '2025-02-01', '2025-03-31');
    const rows = table(v);
    // Only family 5's support began in February: 1 family, hidden, and its median with it.
    expect(rows.housing).toEqual([0, null, 7, null]);
    expect(rows.money).toEqual([null, 0, null, null]);
  });
});

describe('withholdings', () => {
  fixtures.push(async () => {
    // January: families 1 to 5 each a whole entry withheld with its review date passed; family 1 also a part withheld,
    // reviewed in years to come; closed family 13 one whose review has passed (nobody can review it while closed).
    for (const x of range(1, 5)) await entry(x, { decidedAt: '2025-01-15T10:00:00Z', reviewOn: '2025-02-01' });
    await entry(fam(1), { decidedAt: '2025-01-16T10:00:00Z', reviewOn: '2099-12-31', scope: 'part' });
    await entry(fam(13), { decidedAt: '2025-01-17T10:00:00Z', reviewOn: '2025-02-01' });
    // Not counted: entered in error, released (no withholding), decided before the period, another team's family.
    await entry(fam(6), { decidedAt: '2025-01-15T10:00:00Z', reviewOn: '2025-02-01', inError: true });
    await entry(fam(7));
    await entry(fam(8), { decidedAt: '2024-12-31T23:00:00Z', reviewOn: '2025-02-01' });
    await entry(duty, { decidedAt: '2025-01-15T10:00:00Z', reviewOn: '2025-02-01' });
    // February: 3 families, reviews to come.
    for (const x of range(9, 11)) await entry(x, { decidedAt: '2025-02-10T10:00:00Z', reviewOn: '2099-12-31' });
  });

  it('counts parts withheld, families and overdue reviews by the month decided; a closed family’s review is not overdue', async () => {
    const v = await view('withholdings');
    expect(v.columns.map((c) => c.key)).toEqual(['parts', 'families', 'overdue']);
    expect(table(v)).toEqual({
      '2025-01': [7, 6, 5],
      '2025-02': [null, null, 0],
      '2025-03': [0, 0, 0],
    });
  });
});

describe('ratings by who gave them', () => {
  fixtures.push(async () => {
    const at = '2025-02-12T10:00:00Z';
    // Parents: the parent of families 1 to 5 (6 to 10) and the other parent of family 6 (3): average 43 / 6.
    for (const [k, x] of range(1, 5).entries()) await rate(x, x.account, 6 + k, at);
    const op6 = await person(fam(6).family, 'parent', 'other_parent');
    await rate(fam(6), op6.account, 3, at);
    // Children: young people of families 1 to 4 only: fewer than 5 families.
    for (const x of range(1, 4)) await rate(x, (await person(x.family, 'child', 'young_person')).account, 5, at);
    // Workers: Tom in families 1 to 5: 4, 4, 5, 5, 7 (average 5).
    for (const [k, x] of range(1, 5).entries()) await rate(x, tomAccount, [4, 4, 5, 5, 7][k] ?? 0, at);
    // A trusted person in family 7: in the number of ratings only.
    await rate(fam(7), (await person(fam(7).family, 'network_member', 'network_member')).account, 0, at);
    // March: one parent's rating of the plan's next version (1 family). Before the period and another team: never.
    await rate(fam(2), fam(2).account, 1, '2025-03-03T10:00:00Z', 2);
    await rate(fam(3), fam(3).account, 0, '2024-12-20T10:00:00Z', 0);
    await rate(duty, duty.account, 0, at);
  });

  it('averages parents, children and workers apart, each only with 5 families behind it', async () => {
    const v = await view('ratings');
    expect(v.columns.map((c) => c.key)).toEqual(['ratings', 'parent', 'child', 'worker']);
    expect(table(v)).toEqual({
      '2025-01': [0, null, null, null],
      // 6 parents, 4 young people, 5 workers, 1 trusted person; from families 1 to 7.
      '2025-02': [16, 7.17, null, 5],
      '2025-03': [null, null, null, null],
    });
  });
});

describe('key worker changes', () => {
  fixtures.push(async () => {
    // Families 1 to 5: children's services key worker changed once, in February.
    for (const x of range(1, 5)) {
      await keyWorker(x, OLU, 'childrens_services', '2024-01-01', '2025-02-01');
      await keyWorker(x, PRIYA, 'childrens_services', '2025-02-01', null);
    }
    // Family 6: twice (January and March).
    await keyWorker(fam(6), OLU, 'childrens_services', '2024-01-01', '2025-01-10');
    await keyWorker(fam(6), HELEN, 'childrens_services', '2025-01-10', '2025-03-01');
    await keyWorker(fam(6), PRIYA, 'childrens_services', '2025-03-01', null);
    // Family 7: the adult mental health key worker three times.
    await keyWorker(fam(7), OLU, 'adult_mental_health', '2024-01-01', '2025-01-05');
    await keyWorker(fam(7), HELEN, 'adult_mental_health', '2025-01-05', '2025-02-05');
    await keyWorker(fam(7), ALEX, 'adult_mental_health', '2025-02-05', '2025-03-05');
    await keyWorker(fam(7), PRIYA, 'adult_mental_health', '2025-03-05', null);
    // No change: a first key worker (family 8), a change before the period (9), a first on the other side (10).
    await keyWorker(fam(8), PRIYA, 'childrens_services', '2025-02-01', null);
    await keyWorker(fam(9), OLU, 'childrens_services', '2024-01-01', '2024-12-01');
    await keyWorker(fam(9), PRIYA, 'childrens_services', '2024-12-01', null);
    await keyWorker(fam(10), PRIYA, 'childrens_services', '2024-01-01', null);
    await keyWorker(fam(10), HELEN, 'adult_mental_health', '2025-02-01', '2025-03-01');
    // Another team's family changed too: not Angela's.
    await keyWorker(duty, HELEN, 'childrens_services', '2024-01-01', '2025-02-01');
    await keyWorker(duty, ALEX, 'childrens_services', '2025-02-01', '2025-03-01');
  });

  it('sorts every family on the caseload once by how many times its key worker changed', async () => {
    const v = await view('key_worker_changes');
    // 13 families: 6 none, 5 one, 1 two, 1 three or more (both hidden; two hidden, so nothing more needs hiding).
    expect(table(v)).toEqual({ none: [6], one: [5], two: [null], more: [null] });
  });
});

describe('fathers and other parents', () => {
  fixtures.push(async () => {
    // Other parents with a sign-in in families 1 to 5 (and 6, from the ratings); family 7 records a second parent only.
    const op = new Map<number, { person: string; account: string }>();
    for (const k of [1, 2, 3, 4, 5]) op.set(k, await person(fam(k).family, 'parent', 'other_parent'));
    const op6 = (
      await q("SELECT id AS account, person_id AS person FROM accounts WHERE family_id = $1 AND kind = 'other_parent'", [fam(6).family])
    ).rows[0] as { person: string; account: string };
    op.set(6, op6);
    await person(fam(7).family, 'parent', null);
    // Invited in January: 1 to 5. Family 6's came after the period.
    for (const k of [1, 2, 3, 4, 5]) await invite(fam(k), op.get(k) as { account: string; person: string }, '2025-01-05T10:00:00Z');
    await invite(fam(6), op6, '2025-04-10T10:00:00Z');
    // Signed in during the period: 1 to 4. Family 5's was before it; family 6's never got past the second step.
    for (const k of [1, 2, 3, 4]) await session(op.get(k)?.account as string, '2025-02-01T10:00:00Z');
    await session(op.get(5)?.account as string, '2024-12-01T10:00:00Z');
    await session(op6.account, '2025-02-01T10:00:00Z', 'awaiting_second_factor');
    // Taking part: 1 came to a meeting, 2 wrote a view for one, 3 replied to one, 4 and 6 replied in the record.
    const m1 = await meeting(fam(1), '2025-02-10T10:00:00Z', { dueOn: '2025-02-17', sharedAt: '2025-02-14T10:00:00Z' });
    await attended(fam(1), m1, op.get(1)?.person as string);
    const m2 = await meeting(fam(2), '2025-02-10T10:00:00Z', { dueOn: '2025-02-17', sharedAt: '2025-02-14T10:00:00Z' });
    await q(
      "INSERT INTO meeting_views (family_id, id, appointment_id, person_id, text, author_account_id, author_name, created_at) VALUES ($1, $2, $3, $4, 'Private words', $5, 'Someone', '2025-02-08T10:00:00Z')",
      [fam(2).family, randomUUID(), m2, op.get(2)?.person, op.get(2)?.account],
    );
    const m3 = await meeting(fam(3), '2025-02-10T10:00:00Z', { dueOn: '2025-02-17', sharedAt: '2025-02-14T10:00:00Z' });
    await q(
      "INSERT INTO meeting_replies (family_id, id, appointment_id, author_account_id, author_name, text, created_at) VALUES ($1, $2, $3, $4, 'Someone', 'Private words', '2025-02-15T10:00:00Z')",
      [fam(3).family, randomUUID(), m3, op.get(3)?.account],
    );
    await recordReply(fam(4), op.get(4)?.account as string, '2025-03-01T10:00:00Z');
    await recordReply(fam(6), op6.account, '2025-01-20T10:00:00Z');
    // Not taking part: family 5's other parent came to a meeting before the period and sent apologies to one in it;
    // family 7's mother (not the other parent) came to one.
    const m5old = await meeting(fam(5), '2024-12-10T10:00:00Z', { dueOn: '2024-12-17', sharedAt: '2024-12-12T10:00:00Z' });
    await attended(fam(5), m5old, op.get(5)?.person as string);
    const m5 = await meeting(fam(5), '2025-01-15T10:00:00Z', { dueOn: '2025-01-22', sharedAt: '2025-01-22T16:00:00Z' });
    await attended(fam(5), m5, op.get(5)?.person as string, 'sent_apologies');
    const m7 = await meeting(fam(7), '2025-01-15T10:00:00Z', { dueOn: '2025-01-22', sharedAt: '2025-01-23T10:00:00Z' });
    await attended(fam(7), m7, fam(7).person);
  });

  it('counts families with another parent recorded, invited, signed in and taking part', async () => {
    const v = await view('other_parents');
    expect(v.rowHeading).toBe('Other parents');
    // Recorded: 1 to 6 (a sign-in as the other parent) and 7 (a second parent). Invited by the end of March: 1 to 5.
    // Signed in: 1 to 4 only (fewer than 5). Taking part: 1, 2, 3, 4 and 6.
    expect(table(v)).toEqual({ recorded: [7], invited: [5], signed_in: [null], taking_part: [5] });
  });
});

describe('minutes shared on time', () => {
  fixtures.push(async () => {
    // January meetings (the other parents' fixture adds family 5's, on time on the day due, and family 7's, late):
    // on time 1 to 4, and family 1's second, shared before a due date was set; late 6, 8, 9, 10.
    for (const x of range(1, 4)) await meeting(x, '2025-01-15T10:00:00Z', { dueOn: '2025-01-22', sharedAt: '2025-01-20T10:00:00Z' });
    await meeting(fam(1), '2025-01-20T10:00:00Z', { dueOn: null, sharedAt: '2025-01-20T12:00:00Z' });
    for (const x of [fam(6), fam(8), fam(9), fam(10)])
      await meeting(x, '2025-01-15T10:00:00Z', { dueOn: '2025-01-22', sharedAt: '2025-01-23T09:00:00Z' });
    // Family 11's was agreed and its time has passed: held, minutes overdue. Closed family 13's: held, not overdue.
    await meeting(fam(11), '2025-01-15T10:00:00Z', { status: 'agreed', dueOn: '2025-01-22' });
    await meeting(fam(13), '2025-01-15T10:00:00Z', { dueOn: '2025-01-22' });
    // Never held: cancelled. Another team's family: not Angela's.
    await meeting(fam(12), '2025-01-15T10:00:00Z', { status: 'cancelled', dueOn: '2025-01-22' });
    await meeting(duty, '2025-01-15T10:00:00Z', { dueOn: '2025-01-22' });
  });

  it('counts meetings held and their minutes on time, late and still overdue, by the month held', async () => {
    const v = await view('minutes_on_time');
    expect(v.columns.map((c) => c.key)).toEqual(['held', 'on_time', 'late', 'overdue']);
    expect(table(v)).toEqual({
      // Held: 1 (twice), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 = 13 meetings of 12 families; on time 6 of 5 families;
      // late 5 (6, 7, 8, 9, 10); overdue family 11 only.
      '2025-01': [13, 6, 5, null],
      // Families 1 to 3 (the other parents' meetings): fewer than 5.
      '2025-02': [null, null, 0, 0],
      '2025-03': [0, 0, 0, 0],
    });
  });

  it('breaks down by ethnic group: two small groups hidden, nothing more to hide', async () => {
    const v = await view('minutes_on_time', '&breakdown=ethnicity', '2025-01-01', '2025-01-31');
    const rows = table(v);
    // White 1 to 7: 8 meetings (family 1's two), 6 on time (1 twice, 2 to 5), 2 late (6, 7: hidden), none overdue.
    expect(rows.white).toEqual([8, 6, null, 0]);
    // Asian 8 to 11: 4 families (hidden), 3 late (hidden), family 11's overdue (hidden).
    expect(rows.asian).toEqual([null, 0, null, null]);
    // Not recorded: closed family 13 alone (hidden); its late minutes are not overdue.
    expect(rows.not_recorded).toEqual([null, 0, 0, 0]);
    expect(rows.black).toEqual([0, 0, 0, 0]);
  });
});
