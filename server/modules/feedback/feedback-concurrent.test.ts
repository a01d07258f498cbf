// The weekly limit holds when several things happen at once (issue 18 review): contacts written at the same moment ask
// Marie once, not once each (the asks of a family are made one transaction at a time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsKit, F, type Kit } from '../appointments/appointments-test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await appointmentsKit(['marie', 'priya']);
}, 180_000);
afterAll(async () => k?.t.close());

describe('asks made at the same moment', () => {
  it('eight contacts written at once ask Marie once', async () => {
    const call = (n: number) =>
      k.as('priya').post(`/api/families/${F}/entries`, {
        kind: 'phone_call',
        occurredAt: new Date(Date.now() - 3_600_000 - n * 60_000).toISOString(),
        category: 'general',
        text: `Rang Marie to see how the week went (${n}).`,
        presentPersonIds: [k.ids.people.marie],
        aboutPersonIds: [k.ids.people.marie],
      });
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(call));
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const asked = await k.count(
      "SELECT count(*) AS n FROM feedback_asks k JOIN accounts a ON a.id = k.account_id WHERE a.username = 'marie'",
    );
    expect(asked).toBe(1);
  });
});
