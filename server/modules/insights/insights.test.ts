// The managers' insights through the API, on families the test puts on care teams (the demo's are set aside): known
// counts for a team manager, the small-number rule (4 families → "fewer than 5", 5 → 5), the equity breakdown with
// secondary suppression, the period, a service manager's organisation and its teams (another organisation's: 404), a
// platform administrator's every organisation, a practitioner refused, the CSV, and no family's id or name anywhere.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsightView } from '../../../shared/contracts/insights.ts';
import { INSIGHT_KEYS } from '../../../shared/domain/learning.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const demoId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const COUNCIL = '00000000-0000-7000-8000-000000000002';
const TOM = demoId(24);
const HELEN = demoId(25);
const OLU = demoId(31);
const ALEX = demoId(28);
const CHILDRENS_TEAM = demoId(12);
const DUTY_TEAM = demoId(16);
const SCHOOL_TEAM = demoId(13);

let t: TestApp;
let angela: TestClient;
let alex: TestClient;
let jordan: TestClient;
let council: string;
let school: string;
const ids: string[] = [];
const names: string[] = [];
type Fam = { family: string; person: string; account: string };
const team: Fam[] = [];

const q = (text: string, values: unknown[] = []) => t.database.asOwner(text, values);

async function addFamily(name: string, staffId: string, ethnicity: string | null): Promise<Fam> {
  const family = randomUUID();
  const person = randomUUID();
  const account = randomUUID();
  await q('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, name]);
  await q("INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, 'parent', $3)", [family, person, `${name} parent`]);
  await q("INSERT INTO accounts (id, username, kind, family_id, person_id) VALUES ($1, $2, 'parent', $3, $4)", [
    account,
    `insights-${family}`,
    family,
    person,
  ]);
  await q("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [
    family,
    randomUUID(),
    staffId,
  ]);
  if (ethnicity)
    await q('INSERT INTO equity_answers (family_id, person_id, ethnicity, recorded_by_account_id) VALUES ($1, $2, $3, $4)', [
      family,
      person,
      ethnicity,
      account,
    ]);
  ids.push(family, person);
  names.push(name);
  return { family, person, account };
}

async function helpRequest(f: Fam, at: string, answeredAfterHours: number | null, targetHours: number) {
  await q(
    `INSERT INTO help_requests (family_id, id, kind, person_id, account_id, asker_kind, words, urgency, out_of_hours, recipient_staff_ids,
       created_at, acknowledge_by, acknowledged_at, acknowledged_by_staff_id)
     VALUES ($1, $2, 'help', $3, $4, 'parent', 'Private words', 'today', false, ARRAY[$5::uuid], $6::timestamptz,
       $6::timestamptz + make_interval(hours => $7), $6::timestamptz + make_interval(hours => $8::int), CASE WHEN $8::int IS NULL THEN NULL ELSE $5::uuid END)`,
    [f.family, randomUUID(), f.person, f.account, TOM, at, targetHours, answeredAfterHours],
  );
}

async function visit(f: Fam, at: string, unannounced: boolean) {
  await q(
    `INSERT INTO appointments (family_id, id, kind, status, unannounced, unannounced_reason, arranged_by_staff_id, arranged_by_organisation_id,
       starts_at, ends_at, created_by_account_id)
     VALUES ($1, $2, 'home_visit', 'happened', $3, $4, $5, $6, $7::timestamptz, $7::timestamptz + interval '1 hour', $8)`,
    [f.family, randomUUID(), unannounced, unannounced ? 'A worry that could not wait' : null, TOM, COUNCIL, at, f.account],
  );
}

async function feedback(f: Fam, at: string, listened: number, useful: number | null) {
  await q(
    `INSERT INTO feedback (family_id, id, account_id, person_id, about_kind, listened, useful, words, shown_as, created_at)
     VALUES ($1, $2, $3, $4, 'anything', $5, $6, 'Private words about Tom', 'team_only', $7)`,
    [f.family, randomUUID(), f.account, f.person, listened, useful, at],
  );
}

async function level(f: Fam, lvl: string, on: string) {
  await q('INSERT INTO involvement_history (family_id, id, level, started_on) VALUES ($1, $2, $3, $4)', [f.family, randomUUID(), lvl, on]);
}

async function view(client: TestClient, insight: string, query = ''): Promise<InsightView> {
  const res = await client.get(`/api/insights/${insight}?from=2025-01-01&to=2025-03-31${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const cell = (v: InsightView, rowKey: string, columnKey: string) =>
  v.rows.find((r) => r.key === rowKey)?.values[v.columns.findIndex((c) => c.key === columnKey)];

beforeAll(async () => {
  t = await createTestApp();
  // The demo's families are set aside: nobody is on their care teams now.
  await q('UPDATE care_team_members SET ended_at = now() WHERE ended_at IS NULL');
  council = COUNCIL;
  school = (await q('SELECT organisation_id FROM teams WHERE id = $1', [SCHOOL_TEAM])).rows[0].organisation_id;
  // Angela's team: 13 families, 6 White British, 5 Pakistani, 2 Black African.
  const groups = [...Array(6).fill('white_british'), ...Array(5).fill('asian_pakistani'), ...Array(2).fill('black_african')];
  for (const [k, e] of groups.entries()) team.push(await addFamily(`Insight family ${k + 1}`, TOM, e));
  const [f1, f2, f3, f4, f5, f6, f7] = team as [Fam, Fam, Fam, Fam, Fam, Fam, Fam];
  // Help: January, 5 families ask once, answered after 1, 2, 3, 4 and 10 hours against a 5-hour target (median 3, 80%).
  for (const [k, f] of [f1, f2, f3, f4, f5].entries()) await helpRequest(f, '2025-01-10T10:00:00Z', [1, 2, 3, 4, 10][k] ?? null, 5);
  // February: 4 families (fewer than 5), 6 requests.
  for (const f of [f1, f2, f3, f4, f1, f2]) await helpRequest(f, '2025-02-10T10:00:00Z', 1, 5);
  // Outside the period: never counted.
  await helpRequest(f6, '2024-12-31T10:00:00Z', 1, 5);
  // Visits in March: 7 families visited, 5 of them once unannounced.
  for (const f of [f1, f2, f3, f4, f5, f6, f7]) await visit(f, '2025-03-05T10:00:00Z', false);
  for (const f of [f1, f2, f3, f4, f5]) await visit(f, '2025-03-06T10:00:00Z', true);
  // Feedback in February from 5 families: listened 4,4,3,3,2 (average 3.2); useful from only 3 (too few to show).
  for (const [k, f] of [f1, f2, f3, f4, f5].entries()) await feedback(f, '2025-02-20T10:00:00Z', [4, 4, 3, 3, 2][k] ?? 1, k < 3 ? 4 : null);
  // Involvement: 5 families move from early help to child in need in March; all 13 began in early help before the period.
  for (const f of team) await level(f, 'early_help', '2024-06-01');
  for (const f of [f1, f2, f3, f4, f5]) await level(f, 'child_in_need', '2025-03-10');
  // Key workers: families 1 to 5 had one change of children's services key worker in the period.
  for (const f of [f1, f2, f3, f4, f5]) {
    await q(
      "INSERT INTO care_team_members (family_id, id, staff_id, team_role, key_worker, started_at, ended_at) VALUES ($1, $2, $3, 'other', 'childrens_services', '2024-01-01', '2025-02-01')",
      [f.family, randomUUID(), OLU],
    );
    await q(
      "INSERT INTO care_team_members (family_id, id, staff_id, team_role, key_worker, started_at) VALUES ($1, $2, $3, 'other', 'childrens_services', '2025-02-01')",
      [f.family, randomUUID(), demoId(23)],
    );
  }
  // Another team of the council (the duty team): 5 families. Another organisation's team (the school): 3.
  for (let k = 1; k <= 5; k++) await addFamily(`Duty family ${k}`, OLU, null);
  for (let k = 1; k <= 3; k++) await addFamily(`School family ${k}`, HELEN, null);
  // A formula-looking team name, for the CSV.
  await q('UPDATE teams SET name = \'=HYPERLINK("x")\' WHERE id = $1', [DUTY_TEAM]);
  // Alex becomes the council's service manager.
  await q("UPDATE staff SET role = 'service_manager' WHERE id = $1", [ALEX]);
  angela = await t.signIn('angela');
  alex = await t.signIn('alex');
  jordan = await t.signIn('jordan');
}, 240_000);
afterAll(async () => {
  await t?.close();
});

describe('insights for a team manager', () => {
  it('lists every insight with a plain explanation, for her own team', async () => {
    const res = await angela.get('/api/insights');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.scope).toEqual({ kind: 'team', name: 'Family Safeguarding Team' });
    expect(body.insights.map((i: { key: string }) => i.key)).toEqual(INSIGHT_KEYS);
    for (const i of body.insights) expect(i.explanation.length).toBeGreaterThan(60);
  });

  it('counts requests for help by month: 5 families shown, 4 families “fewer than 5”, outside the period never', async () => {
    const v = await view(angela, 'help_requests');
    expect(v.families).toBe(13);
    expect(v.rows.map((r) => r.key)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(v.rows[0]?.label).toBe('January 2025');
    expect(v.rows[0]?.values).toEqual([5, 5, 3, 80]);
    expect(v.rows[1]?.values).toEqual([null, null, null, null]);
    expect(v.rows[2]?.values).toEqual([0, 0, null, null]);
  });

  it('counts visits and the unannounced ones, and the families behind them', async () => {
    const v = await view(angela, 'unannounced_visits');
    expect(v.rows.find((r) => r.key === '2025-03')?.values).toEqual([12, 5, 5]);
  });

  it('averages the family’s feedback per question, only with 5 families behind it', async () => {
    const v = await view(angela, 'feedback');
    expect(cell(v, '2025-02', 'answers')).toBe(5);
    expect(cell(v, '2025-02', 'listened')).toBe(3.2);
    expect(cell(v, '2025-02', 'useful')).toBeNull();
    expect(cell(v, '2025-02', 'next_steps_clear')).toBeNull();
  });

  it('counts changes of involvement level up, and early help against crisis work', async () => {
    const changes = await view(angela, 'involvement_changes');
    expect(changes.rows.find((r) => r.key === '2025-03')?.values).toEqual([5, 0, 5]);
    const early = await view(angela, 'early_help_vs_crisis');
    expect(cell(early, '2025-01', 'early')).toBe(13);
    expect(cell(early, '2025-03', 'early')).toBe(13);
    expect(cell(early, '2025-03', 'crisis_work')).toBe(0);
  });

  it('sorts families by key worker changes, hiding a second category beside a small one', async () => {
    const v = await view(angela, 'key_worker_changes');
    expect(v.rowHeading).toBe('Key worker changes');
    // 8 with none and 5 with one: nothing small, nothing hidden.
    expect(v.rows.map((r) => [r.key, r.values[0]])).toEqual([
      ['none', 8],
      ['one', 5],
      ['two', 0],
      ['more', 0],
    ]);
  });

  it('breaks down by ethnic group without the “no change” column, which would give each group’s size', async () => {
    const v = await view(angela, 'key_worker_changes', '&breakdown=ethnicity');
    expect(v.rowHeading).toBe('Ethnic group');
    expect(v.rows.map((r) => r.key)).toEqual(['asian', 'black', 'mixed', 'white', 'other', 'prefer_not_to_say', 'not_recorded']);
    // "No change" would be White 1 (family 6): a period with no changes shows no group's size (every family counted there
    // would be "no change": White 6), so 6 less the 5 with one change cannot be worked out.
    expect(v.columns.map((c) => c.key)).toEqual(['one', 'two', 'more']);
    const quiet = await angela.get('/api/insights/key_worker_changes?from=2000-01-01&to=2000-01-31&breakdown=ethnicity');
    expect(
      quiet
        .json()
        .rows.flatMap((r: { values: unknown[] }) => r.values)
        .every((x: unknown) => x === 0),
    ).toBe(true);
    // One change: families 1-5, all White: 5 shown; every other group 0.
    expect(cell(v, 'white', 'one')).toBe(5);
    expect(cell(v, 'asian', 'one')).toBe(0);
    const help = await view(angela, 'help_requests', '&breakdown=ethnicity');
    // Requests in the period: White families 1-5 (11 requests); Asian and Black none. Nothing small: nothing hidden.
    expect(cell(help, 'white', 'requests')).toBe(11);
    expect(cell(help, 'white', 'families')).toBe(5);
    const visits = await view(angela, 'unannounced_visits', '&breakdown=ethnicity');
    // Visits: White 6 families (11 visits), Asian 1 family (family 7): Asian hidden, and White (the next smallest) with it.
    expect(cell(visits, 'asian', 'visits')).toBeNull();
    expect(cell(visits, 'white', 'visits')).toBeNull();
    expect(visits.rows.every((r) => r.key !== 'all')).toBe(true);
  });

  it('the period filters what is counted', async () => {
    const res = await angela.get('/api/insights/help_requests?from=2025-01-01&to=2025-01-31');
    const v: InsightView = res.json();
    expect(v.rows.map((r) => r.key)).toEqual(['2025-01']);
    const bad = await angela.get('/api/insights/help_requests?from=2025-02-01&to=2025-01-31');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('from');
  });

  it('answers every insight, and no response or CSV holds a family’s id or name', async () => {
    for (const insight of INSIGHT_KEYS) {
      for (const breakdown of ['none', 'ethnicity', 'first_language']) {
        const res = await angela.get(`/api/insights/${insight}?breakdown=${breakdown}`);
        expect(res.statusCode, `${insight} ${res.body}`).toBe(200);
        const csv = await angela.get(`/api/insights/${insight}/csv?breakdown=${breakdown}`);
        expect(csv.statusCode).toBe(200);
        for (const body of [res.body, csv.body]) {
          for (const id of ids) expect(body).not.toContain(id);
          for (const name of names) expect(body).not.toContain(name);
          expect(body).not.toContain('Private words');
        }
      }
    }
  });

  it('is refused another team (404, audited) and a practitioner is refused (403)', async () => {
    expect((await angela.get(`/api/insights/feedback?teamId=${CHILDRENS_TEAM}`)).statusCode).toBe(200);
    const res = await angela.get(`/api/insights/feedback?teamId=${DUTY_TEAM}`);
    expect(res.statusCode).toBe(404);
    const denied = await q("SELECT details FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'insights.read'");
    expect(denied.rows.length).toBeGreaterThan(0);
    const tom = await t.signIn('tom');
    expect((await tom.get('/api/insights')).statusCode).toBe(403);
    expect((await tom.get('/api/insights/feedback')).statusCode).toBe(403);
    const marie = await t.signIn('marie');
    expect((await marie.get('/api/insights')).statusCode).toBe(403);
  });

  it('audits each look without a family', async () => {
    await view(angela, 'ratings');
    const r = await q(
      "SELECT family_id, details FROM audit_events WHERE action = 'insights.read' AND details->>'insight' = 'ratings' AND details->>'from' = '2025-01-01'",
    );
    expect(r.rows[0]?.family_id).toBeNull();
    expect(r.rows[0]?.details).toMatchObject({
      insight: 'ratings',
      scope: 'team',
      breakdown: 'none',
      from: '2025-01-01',
      to: '2025-03-31',
    });
  });
});

describe('insights for a service manager and a platform administrator', () => {
  it('a service manager sees her organisation and may narrow to one of its teams, never another organisation’s', async () => {
    const v = await view(alex, 'help_requests');
    expect(v.scope.kind).toBe('organisation');
    expect(v.families).toBe(18);
    expect(v.teams.map((x) => x.id)).toContain(DUTY_TEAM);
    expect(v.teams.map((x) => x.id)).not.toContain(SCHOOL_TEAM);
    const duty = await view(alex, 'help_requests', `&teamId=${DUTY_TEAM}`);
    expect(duty.scope.kind).toBe('team');
    expect(duty.families).toBe(5);
    expect((await alex.get(`/api/insights/help_requests?teamId=${SCHOOL_TEAM}`)).statusCode).toBe(404);
    expect((await alex.get(`/api/insights/help_requests?organisationId=${school}`)).statusCode).toBe(404);
  });

  it('a platform administrator sees every organisation; a team of 3 families shows nothing at all', async () => {
    const all = await view(jordan, 'unannounced_visits');
    expect(all.scope.kind).toBe('installation');
    expect(all.families).toBe(21);
    expect(all.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([council, school]));
    const small = await view(jordan, 'unannounced_visits', `&organisationId=${school}`);
    expect(small.families).toBeNull();
    expect(small.rows.flatMap((r) => r.values).every((x) => x === null)).toBe(true);
  });

  it('writes the CSV with its header, “fewer than 5” in words and a formula-looking team name neutralised', async () => {
    const res = await alex.get(`/api/insights/help_requests/csv?from=2025-01-01&to=2025-03-31&teamId=${DUTY_TEAM}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="insight-help_requests-2025-01-01-to-2025-03-31.csv"');
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(
      '"Insight","Caseload","From","To","Month","Requests made","Families asking","Median hours to a first answer","Answered in time (%)"',
    );
    expect(lines[1]).toContain('"\'=HYPERLINK(""x"")"');
    expect(lines[1]).toContain('"January 2025"');
    expect(lines[1]).toContain('"fewer than 5"');
    const audited = await q("SELECT details FROM audit_events WHERE action = 'insights.exported' AND details->>'team' = $1", [DUTY_TEAM]);
    expect(audited.rows[0]?.details).toMatchObject({ insight: 'help_requests', scope: 'team', team: DUTY_TEAM });
  });
});
