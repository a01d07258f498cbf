// A team's duty worker (issue 14 §1): chosen by a team manager or an administrator of the team's own agency, from
// that agency's practitioners and team managers; anyone else is refused, and another agency's team is not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HelpKit, helpKit } from './help-test-kit.ts';

let k: HelpKit;
let team: (name: string) => Promise<string>;
beforeAll(async () => {
  k = await helpKit(['angela', 'alex', 'daniel']);
  team = async (name) => (await k.t.database.asOwner('SELECT id FROM teams WHERE name = $1', [name])).rows[0]?.id as string;
});
afterAll(() => k?.t.close());

describe('a team’s duty worker', () => {
  it('is chosen by the team manager of the agency, and by its administrator', async () => {
    const safeguarding = await team('Family Safeguarding Team');
    const tom = await k.staffId('Tom Reilly');
    const res = await k.as('angela').put(`/api/teams/${safeguarding}/duty-worker`, { staffId: tom });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ teamId: safeguarding, dutyStaffId: tom, dutyName: 'Tom Reilly' });
    const cleared = await k.as('alex').put(`/api/teams/${safeguarding}/duty-worker`, { staffId: null });
    expect(cleared.json().dutyStaffId).toBeNull();
    const audit = await k.t.database.asOwner("SELECT count(*)::int AS n FROM audit_events WHERE action = 'team.duty_worker_set'");
    expect(audit.rows[0]?.n).toBe(2);
  });

  it('refuses a practitioner, another agency’s team, and a worker of another agency or role', async () => {
    const safeguarding = await team('Family Safeguarding Team');
    expect((await k.as('daniel').put(`/api/teams/${safeguarding}/duty-worker`, { staffId: null })).statusCode).toBe(403);
    expect(
      (await k.as('angela').put(`/api/teams/${await team('Community Mental Health Team (North)')}/duty-worker`, { staffId: null }))
        .statusCode,
    ).toBe(404);
    const daniel = await k.staffId('Daniel Okafor');
    const other = await k.as('angela').put(`/api/teams/${safeguarding}/duty-worker`, { staffId: daniel });
    expect(other.statusCode).toBe(400);
    expect(other.json().fields).toHaveProperty('staffId');
    const admin = await k.as('angela').put(`/api/teams/${safeguarding}/duty-worker`, { staffId: await k.staffId('Alex Morgan') });
    expect(admin.statusCode).toBe(400);
  });
});
