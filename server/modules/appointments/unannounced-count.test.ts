// Issue 17 §1, "insights count them": a team manager sees how many visits her team made unannounced over the last months,
// by worker, beside all the team's visits that took place; another team's visits are not in it, a visit arranged with the
// family is counted among all visits and not as unannounced, a worker who is not a manager gets 403, a period out of range
// a 400 naming the field, and the count is audited without naming a family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsKit, F, type Kit } from './appointments-test-kit.ts';
import { periodStart } from './unannounced-count.service.ts';

let k: Kit;
const url = (path: string) => `/api/families/${F}/appointments/${path}`;

beforeAll(async () => {
  k = await appointmentsKit(['priya', 'daniel', 'angela', 'marie']);
});
afterAll(() => k?.t.close());

async function teamOf(username: string): Promise<string | null> {
  const { rows } = await k.t.database.asOwner('SELECT s.team_id FROM accounts a JOIN staff s ON s.id = a.staff_id WHERE a.username = $1', [
    username,
  ]);
  return (rows[0] as { team_id: string | null } | undefined)?.team_id ?? null;
}

describe('the team manager’s count of unannounced visits', () => {
  it('counts her team’s unannounced visits by worker, beside all its visits, and nobody else’s', async () => {
    const angelasTeam = await teamOf('angela');
    expect(angelasTeam).not.toBeNull();
    // The demo's test data: Priya in Angela's team, Daniel in another (an adult mental health team).
    expect(await teamOf('priya')).toBe(angelasTeam);
    expect(await teamOf('daniel')).not.toBe(angelasTeam);
    const before = (await k.as('angela').get('/api/team/visits/unannounced')).json();
    const hoursAgo = (h: number) => new Date(k.now().getTime() - h * 3_600_000).toISOString();
    const reason = 'The school rang worried about the children, so I went straight round to check everyone was safe.';
    for (const [who, h] of [
      ['priya', 3],
      ['priya', 30],
      ['daniel', 5],
    ] as const)
      expect((await k.as(who).post(url('unannounced'), { startsAt: hoursAgo(h), reason })).statusCode).toBe(201);
    const res = await k.as('angela').get('/api/team/visits/unannounced');
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after.months).toBe(6);
    expect(after.since).toBe(periodStart(k.now(), 6));
    expect(after.total - before.total).toBe(2);
    expect(after.allVisits - before.allVisits).toBe(2);
    const priya = after.byWorker.find((w: { name: string }) => w.name === 'Priya Shah');
    const priyaBefore = before.byWorker.find((w: { name: string }) => w.name === 'Priya Shah')?.count ?? 0;
    expect(priya.count - priyaBefore).toBe(2);
    expect(after.byWorker.some((w: { name: string }) => w.name.startsWith('Daniel'))).toBe(false);
    // Names of the team's workers and numbers: never a family or a reason.
    expect(res.body).not.toContain(reason);
    expect(res.body).not.toContain(F);
  });

  it('counts a visit arranged with the family among all visits once it took place, not as unannounced', async () => {
    const before = (await k.as('angela').get('/api/team/visits/unannounced')).json();
    const made = await k.propose('priya', { options: [k.option(1, '10:00')] });
    expect(made.statusCode).toBe(201);
    const { id, times } = made.json();
    expect((await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: times[0].id, version: 1 })).statusCode).toBe(200);
    k.setNow(new Date(k.now().getTime() + 3 * 86_400_000));
    const after = (await k.as('angela').get('/api/team/visits/unannounced')).json();
    expect(after.allVisits - before.allVisits).toBe(1);
    expect(after.total).toBe(before.total);
  });

  it('is for a team manager only, over 1 to 24 months, and audited without a family', async () => {
    expect((await k.as('priya').get('/api/team/visits/unannounced')).statusCode).toBe(403);
    const wrong = await k.as('angela').get('/api/team/visits/unannounced?months=30');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toHaveProperty('months');
    expect((await k.as('angela').get('/api/team/visits/unannounced?months=24')).json().months).toBe(24);
    const { rows } = await k.t.database.asOwner(
      "SELECT family_id, details FROM audit_events WHERE action = 'team_visits.viewed' ORDER BY occurred_at DESC LIMIT 1",
    );
    const row = rows[0] as { family_id: string | null; details: unknown };
    expect(row.family_id).toBeNull();
    expect(typeof row.details === 'string' ? JSON.parse(row.details) : row.details).toMatchObject({ months: 24 });
  });
});

describe('the period', () => {
  it('starts the same day of the month, months back (or the shorter month’s last day)', () => {
    expect(periodStart(new Date('2026-12-05T12:00:00Z'), 6)).toBe('2026-06-05');
    expect(periodStart(new Date('2026-03-31T12:00:00Z'), 1)).toBe('2026-02-28');
    expect(periodStart(new Date('2026-01-15T00:30:00Z'), 24)).toBe('2024-01-15');
  });
});
