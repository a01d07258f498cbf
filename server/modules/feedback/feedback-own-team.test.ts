// Team-only feedback about a manager herself (issue 18 review): the person chose that the worker does not see it one by
// one, so when the worker is the team manager, her team view leaves it out (she still sees her team's other feedback).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsKit, F, type Kit } from '../appointments/appointments-test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await appointmentsKit(['marie', 'priya', 'angela']);
}, 180_000);
afterAll(async () => k?.t.close());

const call = (who: string) =>
  k.as(who).post(`/api/families/${F}/entries`, {
    kind: 'phone_call',
    occurredAt: new Date(k.now().getTime() - 3_600_000).toISOString(),
    category: 'general',
    text: 'Rang Marie to see how the week went.',
    presentPersonIds: [k.ids.people.marie],
    aboutPersonIds: [k.ids.people.marie],
  });

async function answerTeamOnly(words: string) {
  const page = await k.as('marie').get('/api/portal/feedback');
  const ask = page.json().asks[0];
  expect(ask, page.body).toBeDefined();
  const res = await k.as('marie').post(`/api/portal/feedback/asks/${ask.id}/answer`, { listened: 1, words, shownAs: 'team_only' });
  expect(res.statusCode, res.body).toBe(201);
  return ask as { workerName: string };
}

describe('team-only feedback about the team manager', () => {
  it('never reaches Angela one by one, in her team view or her own; Priya’s team-only feedback still does', async () => {
    expect((await call('angela')).statusCode).toBe(201);
    expect((await answerTeamOnly('angela-team-only-marker-sloe')).workerName).toBe('Angela');
    // A week on: the first ask is put back eight days (contacts ask on the real clock, so the test cannot wait a week).
    await k.t.database.asOwner("UPDATE feedback_asks SET created_at = created_at - interval '8 days'");
    expect((await call('priya')).statusCode).toBe(201);
    expect((await answerTeamOnly('priya-team-only-marker-damson')).workerName).toBe('Priya');

    const team = await k.as('angela').get('/api/feedback/team');
    expect(team.statusCode, team.body).toBe(200);
    expect(team.body).toContain('priya-team-only-marker-damson');
    expect(team.body).not.toContain('angela-team-only-marker-sloe');
    const mine = await k.as('angela').get('/api/feedback/mine');
    expect(mine.body).not.toContain('angela-team-only-marker-sloe');
  });
});
