// What the worker sees when help is asked for (issue 14 §2), and out of hours (§1): only the parts of her wellness plan
// she shared with that worker leave the server; the children's contingency arrangements as the worker may read them;
// the last three contacts; and, out of hours, her own crisis contacts and the national numbers come first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type HelpKit, helpKit, winter } from './help-test-kit.ts';

let k: HelpKit;
// Saturday 5 December 2026, 10 at night.
beforeAll(async () => {
  k = await helpKit(['marie', 'jamie', 'daniel', 'priya', 'helen'], winter('2026-12-05 22:00'));
});
afterAll(() => k?.t.close());

const EARLY_SIGNS = 'I stop answering the phone, stay in bed after the school run, and stop eating properly.';
const DAILY = 'Up by eight. Walk with Patricia after the school run.';
const SUPPORTERS = 'Patricia on 07700 900555, then my sister Anne.';

describe('out of hours', () => {
  it('shows Marie her own crisis contacts first, and says when the team is next in', async () => {
    const plans = (await k.as('marie').get(`/api/families/${F}/plans`)).json();
    const wellness = plans.documents.find((d: { kind: string }) => d.kind === 'wellness');
    const wrote = await k.as('marie').put(`/api/families/${F}/plans/${wellness.id}/sections/crisis_supporters`, {
      version: 0,
      text: SUPPORTERS,
    });
    expect(wrote.statusCode, wrote.body).toBe(200);
    const page = await k.page('marie');
    expect(page).toMatchObject({ outOfHours: true, nextOpening: '2026-12-07T09:00:00.000Z', crisisContacts: SUPPORTERS, kind: 'help' });
    // Only her own plan's contacts, only for her.
    expect(await k.page('jamie')).toMatchObject({ outOfHours: true, crisisContacts: null });
  });

  it('records a request sent out of hours as such, and starts its clock on Monday morning', async () => {
    const res = await k.ask('marie', { words: 'Tonight is really bad.', urgency: 'today', contactWays: ['call', 'text'] });
    expect(res.statusCode, res.body).toBe(201);
    // Four working hours from the next opening, Monday 09:00: Monday 13:00.
    expect(res.json()).toMatchObject({ outOfHours: true, acknowledgeBy: '2026-12-07T13:00:00.000Z' });
    k.setNow(winter('2026-12-07 09:30'));
    expect(await k.page('marie')).toMatchObject({ outOfHours: false, nextOpening: null });
  });
});

describe('what the worker sees', () => {
  const request = async () => `/api/families/${F}/help-requests/${(await k.page('marie')).requests[0]?.id}`;

  it('shows Daniel, with whom Marie shared her whole plan, her early warning signs and what helps', async () => {
    const res = await k.as('daniel').get(await request());
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.request).toMatchObject({ words: 'Tonight is really bad.', askedBy: 'Marie', askerKind: 'parent' });
    expect(view.canRespond).toBe(true);
    expect(view.wellness.map((p: { key: string }) => p.key)).toEqual(['daily', 'early_signs']);
    expect(view.wellness.find((p: { key: string }) => p.key === 'early_signs').text).toBe(EARLY_SIGNS);
    expect(view.wellnessHiddenCount).toBe(0);
  });

  it('never sends Priya a part of the wellness plan Marie did not share with her, and says how many are kept back', async () => {
    const res = await k.as('priya').get(await request());
    expect(res.statusCode).toBe(200);
    expect(res.json().wellness).toEqual([]);
    expect(res.json().wellnessHiddenCount).toBe(3);
    expect(res.body).not.toContain(EARLY_SIGNS);
    expect(res.body).not.toContain(DAILY);
    expect(res.body).not.toContain(SUPPORTERS);
  });

  it('shows the children’s contingency arrangements to the key workers, and not to a worker who may not read them', async () => {
    const priya = (await k.as('priya').get(await request())).json();
    expect(priya.contingency).toMatchObject([
      { child: 'Jamie', carerName: 'Patricia', text: expect.stringContaining('Patricia will look after Jamie') },
      { child: 'Clare', carerName: 'Patricia', text: expect.stringContaining('Patricia will look after Clare') },
    ]);
    // Helen, the school's pastoral lead, reads the request only once it is passed to her.
    expect((await k.as('helen').get(await request())).statusCode).toBe(404);
    const passed = await k.as('daniel').post(`${await request()}/pass`, {
      staffId: await k.staffId('Helen Carter'),
      note: 'Could you look out for Jamie and Clare at school this week?',
    });
    expect(passed.statusCode, passed.body).toBe(200);
    const helen = await k.as('helen').get(await request());
    expect(helen.statusCode, helen.body).toBe(200);
    expect(helen.json().contingency).toEqual([]);
    expect(helen.body).not.toContain('Elm Road');
    expect(helen.json().canRespond).toBe(true);
  });

  it('shows the last three contacts the worker may read, newest first', async () => {
    for (const who of ['daniel', 'helen']) {
      const view = (await k.as(who).get(await request())).json();
      const entries = (await k.as(who).get(`/api/families/${F}/entries`)).json().entries as { id: string; kind: string }[];
      const contacts = entries.filter((e) =>
        ['home_visit', 'office_meeting', 'phone_call', 'message', 'multi_agency_meeting'].includes(e.kind),
      );
      expect(view.recentContacts.map((e: { id: string }) => e.id)).toEqual(contacts.slice(0, 3).map((e) => e.id));
      expect(view.recentContacts.length).toBeGreaterThan(0);
    }
  });
});
