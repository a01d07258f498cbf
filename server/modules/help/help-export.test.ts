// A person's copy of everything held about them (subject access) holds their requests for help and every answer,
// exactly as their own help page shows them: a young person's are his, a worry not told to the parent stays out of hers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWhenReady } from '../../test/exports.ts';
import { type HelpKit, helpKit } from './help-test-kit.ts';

let k: HelpKit;
beforeAll(async () => {
  k = await helpKit(['marie', 'jamie', 'patricia']);
});
afterAll(() => k?.t.close());

async function exportOf(who: string) {
  const asked = await k.as(who).post('/api/portal/exports');
  expect(asked.statusCode, asked.body).toBe(202);
  const got = await exportWhenReady(k.t.database.db, k.as(who), asked.json().id);
  const content = got.json().content;
  return typeof content === 'string' ? JSON.parse(content) : content;
}

describe('asking for help in a subject access export', () => {
  it('holds each person’s own requests as their help page shows them, and nobody else’s', async () => {
    await k.ask('marie', { words: 'Please ring me this week.', urgency: 'this_week' });
    await k.ask('jamie', { words: 'I want to talk to someone.', urgency: 'today' });
    await k.ask('patricia', { words: 'Marie seems low.', urgency: 'letting_know', worryAbout: 'parent' });
    for (const who of ['marie', 'jamie']) {
      const content = await exportOf(who);
      const own = (await k.page(who)).requests;
      expect(content.helpRequests.map((r: { id: string }) => r.id)).toEqual(own.map((r) => r.id));
      expect(content.helpRequests).toHaveLength(1);
    }
  });
});
