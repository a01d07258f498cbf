// The team's view of the gap through the API, on families the test puts on Angela's team's caseload (the demo's are set
// aside): counts by area of life with 1 to 4 families shown as "fewer than 5", the median wait, families off the caseload
// never counted, another team's manager seeing none of it, a practitioner refused, and the CSV.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamNeedsRow, TeamNeedsView } from '../../../../shared/contracts/team-needs.ts';
import { NEED_DOMAIN_KEYS } from '../../../../shared/domain/needs.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const demoId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const TOM = demoId(24);
const HELEN = demoId(25);
const ANGELA = demoId(26);
const CHILDRENS_TEAM = demoId(12);
const SCHOOL_TEAM = demoId(13);

let t: TestApp;
let angela: TestClient;
let tomAccount: string;
const families: string[] = [];

async function addFamily(name: string, staffId: string | null) {
  const family = randomUUID();
  const person = randomUUID();
  await t.database.asOwner('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, name]);
  await t.database.asOwner("INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, 'parent', $3)", [
    family,
    person,
    `${name} parent`,
  ]);
  if (staffId) {
    await t.database.asOwner("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [
      family,
      randomUUID(),
      staffId,
    ]);
  }
  return { family, person };
}

/** A need raised `daysAgo`, with support received `waitDays` after it (null: none), or only offered. */
async function addNeed(
  f: { family: string; person: string },
  domain: string,
  daysAgo: number,
  support: { receivedAfter?: number; offered?: boolean; helped?: string } = {},
) {
  const need = randomUUID();
  await t.database.asOwner(
    `INSERT INTO needs (family_id, id, person_id, domain, words, importance, raised_by, written_by_account_id, category, about_person_ids, created_at)
     VALUES ($1, $2, $3, $4, 'Private words that must never leave', 'a_lot', 'person', $5, 'general', ARRAY[$3::uuid], now() - make_interval(days => $6))`,
    [f.family, need, f.person, domain, tomAccount, daysAgo],
  );
  if (support.receivedAfter !== undefined || support.offered) {
    await t.database.asOwner(
      `INSERT INTO need_supports (family_id, id, need_id, kind, description, offered_by_account_id, offered_by_description, offered_on,
         received_from, helped)
       VALUES ($1, $2, $3, 'offer', 'Something offered', $4, 'Tom', (now() - make_interval(days => $5))::date,
         CASE WHEN $6::int IS NULL THEN NULL ELSE (now() - make_interval(days => $5))::date + $6::int END, $7)`,
      [f.family, randomUUID(), need, tomAccount, daysAgo, support.receivedAfter ?? null, support.helped ?? null],
    );
  }
}

async function view(client: TestClient, query = ''): Promise<TeamNeedsView> {
  const res = await client.get(`/api/teams/needs-gap${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const row = (v: TeamNeedsView, domain: string) => v.rows.find((r) => r.domain === domain) as TeamNeedsRow;

beforeAll(async () => {
  t = await createTestApp();
  tomAccount = (await t.database.asOwner('SELECT id FROM accounts WHERE staff_id = $1', [TOM])).rows[0].id;
  // The demo's families are set aside: nobody from Angela's team is on their care teams now.
  await t.database.asOwner(
    'UPDATE care_team_members SET ended_at = now() WHERE ended_at IS NULL AND staff_id IN (SELECT id FROM staff WHERE team_id = $1)',
    [CHILDRENS_TEAM],
  );
  const f = [];
  for (let k = 1; k <= 7; k++) f.push(await addFamily(`Caseload ${k}`, TOM));
  families.push(...f.map((x) => x.family));
  const [f1, f2, f3, f4, f5, f6] = f as [(typeof f)[0], (typeof f)[0], (typeof f)[0], (typeof f)[0], (typeof f)[0], (typeof f)[0]];
  // Money: six families raised it 30 days ago; five received support 2, 4, 6, 8 and 10 days later (median 6); one waits.
  const waits = [2, 4, 6, 8, 10];
  for (const [k, fam] of [f1, f2, f3, f4, f5].entries()) await addNeed(fam, 'money', 30, { receivedAfter: waits[k] });
  await addNeed(f6, 'money', 30);
  // Housing: three families, nothing offered (every count 1 to 4: fewer than 5).
  for (const fam of [f1, f2, f3]) await addNeed(fam, 'housing', 20);
  // Childcare: five families, offered but not started.
  for (const fam of [f1, f2, f3, f4, f5]) await addNeed(fam, 'childcare_school', 10, { offered: true });
  // Legal: five families raised it two years ago, still waiting (not raised in the period, but waiting now).
  for (const fam of [f1, f2, f3, f4, f5]) await addNeed(fam, 'legal', 730);
  // Mental health: five families, support received 2 years ago (outside the period) that helped: not waiting, not received.
  for (const fam of [f1, f2, f3, f4, f5]) await addNeed(fam, 'mental_health', 740, { receivedAfter: 3, helped: 'yes' });
  // Never counted: a family whose care team has only someone from another team, and one Tom has left.
  const other = await addFamily('Other team', HELEN);
  await addNeed(other, 'money', 30);
  const left = await addFamily('Left', TOM);
  await addNeed(left, 'money', 30);
  await t.database.asOwner('UPDATE care_team_members SET ended_at = now() WHERE family_id = $1', [left.family]);
  angela = await t.signIn('angela');
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('the team’s view of the gap', () => {
  it('counts the caseload’s families by area of life, 1 to 4 as “fewer than 5”, with the median wait, most raised first', async () => {
    const v = await view(angela);
    expect(v.teamName).toBe((await t.database.asOwner('SELECT name FROM teams WHERE id = $1', [CHILDRENS_TEAM])).rows[0].name);
    expect(v.families).toBe(7);
    expect(v.rows.map((r) => r.domain).sort()).toEqual([...NEED_DOMAIN_KEYS].sort());
    expect(row(v, 'money')).toEqual({ domain: 'money', familiesRaised: 6, familiesReceived: 5, familiesWaiting: null, medianWaitDays: 6 });
    expect(row(v, 'housing')).toEqual({
      domain: 'housing',
      familiesRaised: null,
      familiesReceived: 0,
      familiesWaiting: null,
      medianWaitDays: null,
    });
    expect(row(v, 'childcare_school')).toEqual({
      domain: 'childcare_school',
      familiesRaised: 5,
      familiesReceived: 0,
      familiesWaiting: 5,
      medianWaitDays: null,
    });
    expect(row(v, 'legal')).toEqual({ domain: 'legal', familiesRaised: 0, familiesReceived: 0, familiesWaiting: 5, medianWaitDays: null });
    expect(row(v, 'mental_health')).toEqual({
      domain: 'mental_health',
      familiesRaised: 0,
      familiesReceived: 0,
      familiesWaiting: 0,
      medianWaitDays: null,
    });
    // Most raised first; "fewer than 5" after 5 and more, before none.
    expect(v.rows.slice(0, 3).map((r) => r.domain)).toEqual(['money', 'childcare_school', 'housing']);
    // Numbers only: no family, person or words leave the server.
    expect(res(v)).not.toMatch(/Caseload|Private words|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('takes the period asked for (the default is the last 12 months) and refuses a start after the end', async () => {
    const v = await view(angela);
    const today = new Date().toISOString().slice(0, 10);
    expect(v.to).toBe(today);
    expect(v.from > `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`).toBe(true);
    const longAgo = await view(angela, '?from=2000-01-01');
    expect(row(longAgo, 'legal').familiesRaised).toBe(5);
    expect(row(longAgo, 'mental_health')).toMatchObject({ familiesRaised: 5, familiesReceived: 5, medianWaitDays: 3 });
    const bad = await angela.get('/api/teams/needs-gap?from=2025-02-01&to=2025-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/start date on or before the end date/);
    expect((await angela.get('/api/teams/needs-gap?from=yesterday')).statusCode).toBe(400);
  });

  it('drops a family from every count once nobody from the team is on its care team', async () => {
    await t.database.asOwner('UPDATE care_team_members SET ended_at = now() WHERE family_id = $1', [families[5]]);
    const v = await view(angela);
    expect(v.families).toBe(6);
    expect(row(v, 'money')).toMatchObject({ familiesRaised: 5, familiesWaiting: 0 });
    await t.database.asOwner("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [
      families[5],
      randomUUID(),
      TOM,
    ]);
    expect((await view(angela)).families).toBe(7);
  });

  it('audits each look as team_needs.viewed, never as a family’s event', async () => {
    const { rows } = await t.database.asOwner(
      "SELECT family_id, subject_type, subject_id, details FROM audit_events WHERE action = 'team_needs.viewed' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(rows[0]).toMatchObject({
      family_id: null,
      subject_type: 'team',
      subject_id: CHILDRENS_TEAM,
      details: { team: CHILDRENS_TEAM, csv: false },
    });
  });

  it('downloads the same table as CSV, “fewer than 5” in words, safe to open in a spreadsheet', async () => {
    await t.database.asOwner('UPDATE teams SET name = \'=HYPERLINK("http://x")\' WHERE id = $1', [CHILDRENS_TEAM]);
    const res = await angela.get('/api/teams/needs-gap.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="team-needs-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"Team","From","To","Area of life","Families who raised a need","Families who received support","Families still waiting","Median days from need to support"',
    );
    expect(lines).toHaveLength(1 + NEED_DOMAIN_KEYS.length);
    const money = lines.find((l) => l.includes('"Money and debt"')) ?? '';
    expect(money).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(money.endsWith('"Money and debt","6","5","fewer than 5","6"')).toBe(true);
    expect(lines.find((l) => l.includes('"Housing"'))?.endsWith('"Housing","fewer than 5","0","fewer than 5","fewer than 5"')).toBe(true);
    expect(res.body).not.toMatch(/Caseload|Private words/);
  });

  it('shows a manager of another team none of it, and a manager with no team a plain 404', async () => {
    await t.database.asOwner('UPDATE staff SET team_id = $2 WHERE id = $1', [ANGELA, SCHOOL_TEAM]);
    const other = await view(angela);
    // Helen's team's caseload: the demo family and the one other family (fewer than 5), none of the seven above.
    expect(other.families).toBeNull();
    expect(row(other, 'money')).toMatchObject({ familiesRaised: null, familiesReceived: 0 });
    expect(row(other, 'childcare_school')).toMatchObject({ familiesRaised: 0, familiesWaiting: 0 });
    expect(row(other, 'legal')).toMatchObject({ familiesWaiting: 0 });
    await t.database.asOwner('UPDATE staff SET team_id = NULL WHERE id = $1', [ANGELA]);
    const none = await angela.get('/api/teams/needs-gap');
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toMatch(/not in a team yet/);
    await t.database.asOwner('UPDATE staff SET team_id = $2 WHERE id = $1', [ANGELA, CHILDRENS_TEAM]);
  });

  it('refuses a practitioner and a family member', async () => {
    const tom = await t.signIn('tom');
    expect((await tom.get('/api/teams/needs-gap')).statusCode).toBe(403);
    expect((await tom.get('/api/teams/needs-gap.csv')).statusCode).toBe(403);
    const marie = await t.signIn('marie');
    expect((await marie.get('/api/teams/needs-gap')).statusCode).toBe(403);
  });
});

const res = (v: unknown) => JSON.stringify(v);

describe('the team’s counts are kept a few minutes when the installation says so (TEAM_VIEW_CACHE_SECONDS)', () => {
  it('answers a second look from the counts it made, says when they were counted, and still decides who may look', async () => {
    const kept = await createTestApp({ teamViewCacheSeconds: 300 });
    try {
      const manager = await kept.signIn('angela');
      const first = await view(manager);
      expect(Date.parse(first.countedAt)).toBeGreaterThan(Date.now() - 60_000);
      // Five more families on the caseload would change the total at once without the cache.
      for (let k = 0; k < 5; k++) {
        const family = randomUUID();
        await kept.database.asOwner('INSERT INTO families (id, display_name) VALUES ($1, $2)', [family, `Kept ${k}`]);
        await kept.database.asOwner("INSERT INTO care_team_members (family_id, id, staff_id, team_role) VALUES ($1, $2, $3, 'other')", [
          family,
          randomUUID(),
          TOM,
        ]);
      }
      const second = await view(manager);
      expect(second).toEqual(first);
      // Another period is counted afresh, and sees them.
      const yearEarlier = `${Number(first.from.slice(0, 4)) - 1}${first.from.slice(4)}`;
      const fresh = await view(manager, `?from=${yearEarlier}&to=${first.to}`);
      expect(fresh.families).not.toBe(first.families);
      // The cache never lets anyone else in: a practitioner is still refused.
      expect((await (await kept.signIn('tom')).get('/api/teams/needs-gap')).statusCode).toBe(403);
    } finally {
      await kept.close();
    }
  }, 120_000);
});
