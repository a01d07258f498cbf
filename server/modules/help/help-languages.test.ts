// Issue 16 §3 on asking for help, through the API: a family member's request keeps the language they wrote it in, on
// their page, in the answer to sending it and in the worker's view; the workers' responses are English; and what the
// person asking is told is a message id with its values, so their page words it in their language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type HelpKit, helpKit } from './help-test-kit.ts';

let k: HelpKit;
const sql = async (text: string, params: unknown[] = []) => (await k.t.database.asOwner(text, params)).rows;
/** Marie's notifications of a kind, as the API gives them to her. */
const toldMarie = async (kind: string) =>
  ((await k.as('marie').get('/api/notifications')).json().notifications as { kind: string }[]).filter((n) => n.kind === kind);

beforeAll(async () => {
  k = await helpKit(['marie', 'daniel', 'patricia']);
}, 180_000);
afterAll(async () => k?.t.close());

describe('the language of a request for help', () => {
  let requestId: string;

  it('Marie, who chose Polish, asks for help: her words are Polish wherever they are read', async () => {
    expect((await k.as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const sent = await k.ask('marie', { words: 'Martwię się o pieniądze. Gaz jest na kredycie awaryjnym.', urgency: 'today' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ writtenIn: 'pl' });
    requestId = sent.json().id;
    expect((await k.page('marie')).requests.find((r) => r.id === requestId)).toMatchObject({ writtenIn: 'pl' });
    const workers = (await k.as('daniel').get(`/api/families/${F}/help-requests/${requestId}`)).json();
    expect(workers.request).toMatchObject({ writtenIn: 'pl' });
    expect((await sql('SELECT written_in FROM help_requests WHERE id = $1', [requestId]))[0]?.written_in).toBe('pl');
  });

  it('her crisis contacts, from her own plan, come with the language she wrote them in', async () => {
    const plans = (await k.as('marie').get(`/api/families/${F}/plans`)).json();
    const wellness = plans.documents.find((d: { kind: string }) => d.kind === 'wellness');
    const wrote = await k.as('marie').put(`/api/families/${F}/plans/${wellness.id}/sections/crisis_supporters`, {
      version: 0,
      text: 'Patricia: 07700 900555, potem moja siostra Anna.',
    });
    expect(wrote.statusCode, wrote.body).toBe(200);
    expect(await k.page('marie')).toMatchObject({
      crisisContacts: 'Patricia: 07700 900555, potem moja siostra Anna.',
      crisisContactsWrittenIn: 'pl',
    });
  });

  it('a request sent in English, and a worry from someone who kept English, are English', async () => {
    const worry = await k.ask('patricia', {
      words: 'Marie sounded low on the phone last night.',
      urgency: 'this_week',
      worryAbout: 'parent',
    });
    expect(worry.statusCode, worry.body).toBe(201);
    expect(worry.json()).toMatchObject({ writtenIn: 'en' });
  });

  it('the answers Marie is told of are message ids with their values; the English is as before', async () => {
    const ack = await k.as('daniel').post(`/api/families/${F}/help-requests/${requestId}/acknowledge`, {
      whatWillHappen: 'I will come round this week and we can fill in the forms together.',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(await toldMarie('help_acknowledged')).toEqual([
      expect.objectContaining({
        messageId: 'notify-support.helpAcknowledged',
        messageValues: { worker: 'Daniel Okafor' },
        message: 'Daniel Okafor has read what you sent and says what will happen next.',
      }),
    ]);
    const contact = await k.as('daniel').post(`/api/families/${F}/help-requests/${requestId}/contact`, {
      at: '2026-12-08T14:30:00.000Z',
      way: 'call',
    });
    expect(contact.statusCode, contact.body).toBe(200);
    expect(await toldMarie('help_contact_arranged')).toEqual([
      expect.objectContaining({
        messageId: 'notify-support.helpContactArranged',
        messageValues: { worker: 'Daniel Okafor', way: 'call', weekday: 'tue', day: 8, month: 'dec', hour: 2, minute: '30', half: 'pm' },
        message: 'Daniel Okafor has arranged to be in touch with you: a phone call on Tuesday 8 December at 2:30pm.',
      }),
    ]);
    // The worker's response itself is English (no column: the professionals write English for now).
    const events = (await k.page('marie')).requests.find((r) => r.id === requestId) as unknown as { events: { text: string | null }[] };
    expect(events.events.map((e) => e.text)).toContain('I will come round this week and we can fill in the forms together.');
    const unnamed = await sql(
      "SELECT kind FROM notifications WHERE recipient_account_id IS NOT NULL AND family_id = $1 AND kind LIKE 'help%' AND message_id IS NULL",
      [F],
    );
    expect(unnamed).toEqual([]);
  });
});
