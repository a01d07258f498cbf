// Asking for help (issue 14 §1) through the API: the request in the person's own words, whom it goes to, its target,
// one request for a retried send, "Who I want to hear from", which workers read which requests, and the workers' responses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type HelpKit, helpKit, winter } from './help-test-kit.ts';

let k: HelpKit;
beforeAll(async () => {
  k = await helpKit(['marie', 'jamie', 'daniel', 'priya', 'sarah', 'tom', 'helen', 'mark']);
});
afterAll(() => k?.t.close());

const thisWeek = { words: 'I have not slept for two nights. I need help this week please.', urgency: 'this_week', contactWays: ['visit'] };

describe('asking for help', () => {
  it('refuses a request without words or with an unknown urgency, naming the field', async () => {
    const empty = await k.ask('marie', { ...thisWeek, words: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields.words).toBe('Write what is happening, in your own words');
    const urgency = await k.ask('marie', { ...thisWeek, urgency: 'yesterday' });
    expect(urgency.statusCode).toBe(400);
    expect(urgency.json().fields).toHaveProperty('urgency');
  });

  it('sends Marie’s request to both key workers with a target of two working days, as early help, in her words', async () => {
    const res = await k.ask('marie', { ...thisWeek, contactTime: 'After the school run' }, 'marie-help-0001');
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      kind: 'help',
      words: thisWeek.words,
      urgency: 'this_week',
      contactWays: ['visit'],
      contactTime: 'After the school run',
      outOfHours: false,
      purpose: 'early_help',
      sentTo: ['Daniel Okafor', 'Priya Shah'],
      acknowledged: null,
      mine: true,
    });
    // Sent on Monday 7 December 2026 at 10:00: acknowledged by Wednesday at 10:00.
    expect(r.acknowledgeBy).toBe('2026-12-09T10:00:00.000Z');
    expect(await k.told('daniel', 'help_requested')).toEqual([
      'Marie has asked for help (this week). Please read it and say what will happen.',
    ]);
    expect(await k.told('priya', 'help_requested')).toHaveLength(1);
    expect(await k.told('sarah', 'help_requested')).toEqual([]);
  });

  it('makes one request of a retried send, and refuses the same key with other words', async () => {
    const again = await k.ask('marie', { ...thisWeek, contactTime: 'After the school run' }, 'marie-help-0001');
    expect(again.statusCode).toBe(200);
    const changed = await k.ask('marie', { ...thisWeek, words: 'Something else' }, 'marie-help-0001');
    expect(changed.statusCode).toBe(422);
    expect((await k.page('marie')).requests).toHaveLength(1);
    expect(await k.told('daniel', 'help_requested')).toHaveLength(1);
  });
});

describe('who I want to hear from', () => {
  it('shows Marie her care team with both key workers as the default, and sends her next request to whom she chose', async () => {
    const settings = (await k.as('marie').get('/api/portal/help/settings')).json();
    const sarah = await k.staffId('Sarah Whitfield');
    expect(settings.single).toBe(false);
    expect(settings.defaultStaffIds).toEqual([await k.staffId('Daniel Okafor'), await k.staffId('Priya Shah')]);
    expect(settings.options.map((o: { name: string }) => o.name)).toContain('Sarah Whitfield');
    const saved = await k.as('marie').put('/api/portal/help/settings', { staffIds: [sarah], version: settings.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await k.as('marie').put('/api/portal/help/settings', { staffIds: [], version: settings.version });
    expect(stale.statusCode).toBe(409);
    const mark = await k.staffId('Mark Ellis');
    expect((await k.as('marie').put('/api/portal/help/settings', { staffIds: [mark], version: 1 })).statusCode).toBe(400);
    const res = await k.ask('marie', { words: 'Just so you know, the washing machine flooded.', urgency: 'letting_know' });
    expect(res.json()).toMatchObject({ sentTo: ['Sarah Whitfield'], acknowledgeBy: null });
    expect(await k.told('sarah', 'help_requested')).toEqual([
      'Marie wants you to know how things are. There is no rush, but please read it.',
    ]);
    expect((await k.page('marie')).goesTo).toEqual(['Sarah Whitfield']);
  });

  it('sends Jamie’s request to the children’s key worker, or the one adult he chose, and never to his mum', async () => {
    const settings = (await k.as('jamie').get('/api/portal/help/settings')).json();
    expect(settings.single).toBe(true);
    expect(settings.defaultStaffIds).toEqual([await k.staffId('Priya Shah')]);
    const tom = await k.staffId('Tom Reilly');
    const two = await k.as('jamie').put('/api/portal/help/settings', { staffIds: [tom, await k.staffId('Priya Shah')], version: 0 });
    expect(two.statusCode).toBe(400);
    expect((await k.as('jamie').put('/api/portal/help/settings', { staffIds: [tom], version: 0 })).statusCode).toBe(200);
    const res = await k.ask('jamie', { words: 'Mum is in bed all day again.', urgency: 'today', contactWays: ['text'] });
    expect(res.json()).toMatchObject({ sentTo: ['Tom Reilly'], kind: 'help' });
    expect(await k.told('tom', 'help_requested')).toHaveLength(1);
    // His requests are his: Marie does not see them, and he does not see hers.
    expect((await k.page('marie')).requests.map((r) => r.words)).not.toContain('Mum is in bed all day again.');
    expect((await k.page('jamie')).requests.map((r) => r.words)).toEqual(['Mum is in bed all day again.']);
    expect(await k.told('marie', 'help_requested')).toEqual([]);
  });

  it('shows each worker only the requests they read: its handlers, and the key workers a parent’s; nobody outside the team', async () => {
    const askers = async (who: string) => {
      const list = await k.as(who).get(`/api/families/${F}/help-requests`);
      expect(list.statusCode, list.body).toBe(200);
      return list
        .json()
        .requests.map((r: { askedBy: string }) => r.askedBy)
        .sort();
    };
    // Marie's first went to both key workers, her second to Sarah, Jamie's to Tom, the adult he chose.
    expect(await askers('daniel')).toEqual(['Marie', 'Marie']);
    expect(await askers('priya')).toEqual(['Marie', 'Marie']);
    expect(await askers('sarah')).toEqual(['Marie']);
    expect(await askers('tom')).toEqual(['Jamie']);
    // The school's pastoral lead is on the care team, and it went to none of them.
    expect(await askers('helen')).toEqual([]);
    expect((await k.as('mark').get(`/api/families/${F}/help-requests`)).statusCode).toBe(404);
    expect((await k.as('marie').get(`/api/families/${F}/help-requests`)).statusCode).toBe(403);
  });
});

describe('answering', () => {
  const firstOf = async () => (await k.page('marie')).requests.find((r) => r.words === thisWeek.words)?.id as string;
  const url = async (path = '') => `/api/families/${F}/help-requests/${await firstOf()}${path}`;

  it('gives a worker on the team it did not go to no trace of it: 404 for its page and its answers, audited as denials', async () => {
    expect((await k.as('helen').get(await url())).statusCode).toBe(404);
    const res = await k.as('helen').post(await url('/acknowledge'), { whatWillHappen: 'I will call.' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Daniel Okafor');
    expect((await k.as('mark').post(await url('/acknowledge'), { whatWillHappen: 'x' })).statusCode).toBe(404);
    const denied = await k.t.database.asOwner(
      `SELECT e.action, e.details->>'attempted' AS attempted FROM audit_events e JOIN staff s ON s.id = e.actor_staff_id
       WHERE s.full_name = 'Helen Carter' AND e.outcome = 'denied' AND e.family_id = $1 ORDER BY e.occurred_at`,
      [F],
    );
    expect(denied.rows).toMatchObject([
      { action: 'access.denied', attempted: 'help_request.viewed' },
      { action: 'access.denied', attempted: 'help_request.acknowledged' },
    ]);
  });

  it('Daniel acknowledges and says what will happen; Marie sees who and when, and is told', async () => {
    k.setNow(winter('2026-12-07 11:30'));
    const res = await k.as('daniel').post(await url('/acknowledge'), { whatWillHappen: 'I will come and see you tomorrow.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().request.acknowledged.by).toBe('Daniel Okafor');
    expect((await k.as('priya').post(await url('/acknowledge'), { whatWillHappen: 'Me too' })).statusCode).toBe(409);
    const mine = (await k.page('marie')).requests.find((r) => r.words === thisWeek.words) as unknown as {
      acknowledged: { by: string };
      events: { words: string; text: string }[];
    };
    expect(mine.acknowledged.by).toBe('Daniel Okafor');
    expect(mine.events).toMatchObject([{ words: 'Daniel Okafor read it', text: 'I will come and see you tomorrow.' }]);
    expect(await k.told('marie', 'help_acknowledged')).toEqual(['Daniel Okafor has read what you sent and says what will happen next.']);
  });

  it('arranges a visit, and passes the request to a colleague with a note; each is told', async () => {
    const visit = await k.as('daniel').post(await url('/contact'), { at: '2026-12-08T10:00:00Z', way: 'visit', note: 'At home' });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(await k.told('marie', 'help_contact_arranged')).toEqual([
      'Daniel Okafor has arranged to be in touch with you: a visit on Tuesday 8 December at 10am.',
    ]);
    expect((await k.as('tom').post(await url('/contact'), { at: '2026-12-08T10:00:00Z', way: 'call' })).statusCode).toBe(404);
    const tom = await k.staffId('Tom Reilly');
    const noNote = await k.as('daniel').post(await url('/pass'), { staffId: tom, note: '' });
    expect(noNote.json().fields).toHaveProperty('note');
    const passed = await k.as('daniel').post(await url('/pass'), { staffId: tom, note: 'Could you help with the shopping?' });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(await k.told('tom', 'help_passed')).toEqual([
      'Daniel Okafor has passed you Marie’s request for help. Please read it and say what will happen.',
    ]);
    expect(await k.told('marie', 'help_passed')).toEqual([
      'Daniel Okafor has asked Tom Reilly to help with what you sent, as they are the best person for it.',
    ]);
    // Tom may now answer too.
    expect((await k.as('tom').post(await url('/contact'), { at: '2026-12-09T14:00:00Z', way: 'call' })).statusCode).toBe(200);
    const events = (await k.page('marie')).requests.find((r) => r.words === thisWeek.words) as unknown as { events: { kind: string }[] };
    expect(events.events.map((e) => e.kind)).toEqual(['acknowledged', 'contact_arranged', 'passed', 'contact_arranged']);
  });

  it('lets a contact answer a request nobody had acknowledged yet', async () => {
    const jamies = (await k.page('jamie')).requests[0]?.id;
    const res = await k.as('tom').post(`/api/families/${F}/help-requests/${jamies}/contact`, { at: '2026-12-07T16:00:00Z', way: 'text' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().request.acknowledged.by).toBe('Tom Reilly');
  });
});
