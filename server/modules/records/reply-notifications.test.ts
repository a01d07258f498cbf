// Who is told of a reply to an entry: only the author and key workers who may read that entry, decided in SQL by the
// rule that decides who reads it (access/scope.ts#staffMayReadEntry), never by a made-up actor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';

let t: TestApp;
let daniel: TestClient;
let priya: TestClient;
let marie: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [daniel, priya, marie] = await Promise.all([t.signIn('daniel'), t.signIn('priya'), t.signIn('marie')]);
});
afterAll(() => t?.close());

/** How many reply notifications this person has about this entry. */
const toldOf = async (who: TestClient, entryId: string) =>
  (await who.get('/api/notifications'))
    .json()
    .notifications.filter((n: { kind: string; entryId: string }) => n.kind === 'entry_reply' && n.entryId === entryId).length;

describe('who is told of a reply', () => {
  it('tells the author, and the other key worker only while her agency may read the entry', async () => {
    // Daniel (adult mental health, Marie's key worker) writes about Marie's mental health: children's services,
    // where Priya is the family's other key worker, may not read that category without Marie's agreement.
    const created = await daniel.post(`/api/families/${F}/entries`, {
      kind: 'home_visit',
      occurredAt: new Date().toISOString(),
      category: 'mental_health',
      text: 'Talked with Marie about her medication and sleep.',
      presentPersonIds: [MARIE],
      aboutPersonIds: [MARIE],
    });
    expect(created.statusCode).toBe(201);
    const entryId = created.json().id;
    expect((await priya.get(`/api/families/${F}/entries/${entryId}`)).statusCode).toBe(404);

    const reply = (text: string) => marie.post(`/api/portal/entries/${entryId}/replies`, { kind: 'reply', text });
    expect((await reply('Thank you, the new tablets help me sleep.')).statusCode).toBe(200);
    expect(await toldOf(daniel, entryId)).toBe(1);
    expect(await toldOf(priya, entryId)).toBe(0);

    // Marie agrees to share mental health information with children's services: Priya reads the entry now, and is told.
    const consent = await marie.post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'So Priya knows how I am',
    });
    expect(consent.statusCode).toBe(201);
    expect((await priya.get(`/api/families/${F}/entries/${entryId}`)).statusCode).toBe(200);
    expect((await reply('I am sleeping better this week.')).statusCode).toBe(200);
    expect(await toldOf(daniel, entryId)).toBe(2);
    expect(await toldOf(priya, entryId)).toBe(1);

    // Withdrawn: she cannot read it, and is not told again.
    await marie.post(`/api/portal/consents/${consent.json().id}/withdraw`);
    expect((await reply('One more thing.')).statusCode).toBe(200);
    expect(await toldOf(daniel, entryId)).toBe(3);
    expect(await toldOf(priya, entryId)).toBe(1);
  });

  it('never tells the person who replied, and tells the author when a colleague answers as the team', async () => {
    const created = await daniel.post(`/api/families/${F}/entries`, {
      kind: 'phone_call',
      occurredAt: new Date().toISOString(),
      category: 'general',
      text: 'Phoned Marie to arrange the family meeting.',
      presentPersonIds: [MARIE],
      aboutPersonIds: [MARIE],
    });
    const entryId = created.json().id;
    const answer = await priya.post(`/api/families/${F}/entries/${entryId}/replies`, { kind: 'team_answer', text: 'Meeting booked.' });
    expect(answer.statusCode).toBe(200);
    expect(await toldOf(daniel, entryId)).toBe(1);
    expect(await toldOf(priya, entryId)).toBe(0);
  });
});
