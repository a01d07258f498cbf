// A worry raised by a trusted person or the other parent (issue 14 §1): it goes to the key workers; the parent is told
// that it was raised and by whom when a key worker acknowledges it, unless that key worker records a safeguarding
// reason instead, which goes to the information governance lead's queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type HelpKit, helpKit } from './help-test-kit.ts';

let k: HelpKit;
beforeAll(async () => {
  k = await helpKit(['patricia', 'clive', 'marie', 'daniel', 'priya', 'tom', 'ruth']);
});
afterAll(() => k?.t.close());

const worry = { words: 'Marie has stopped answering her phone since Sunday.', urgency: 'today', worryAbout: 'parent' };
const worryId = async (who: string) => (await k.page(who)).requests[0]?.id as string;
const url = async (who: string, path: string) => `/api/families/${F}/help-requests/${await worryId(who)}${path}`;

describe('raising a worry', () => {
  it('asks Patricia whom she is worried about, then sends her worry to the key workers only', async () => {
    const page = await k.page('patricia');
    expect(page).toMatchObject({ kind: 'worry', canChooseWho: false, goesTo: ['Daniel Okafor', 'Priya Shah'], crisisContacts: null });
    const missing = await k.ask('patricia', { ...worry, worryAbout: undefined });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields.worryAbout).toBe('Choose who you are worried about');
    const res = await k.ask('patricia', worry);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'worry', worryAbout: 'parent', sentTo: ['Daniel Okafor', 'Priya Shah'] });
    expect(await k.told('daniel', 'worry_raised')).toEqual([
      'Patricia has raised a worry about Marie. Please read it and say what will happen.',
    ]);
    expect(await k.told('tom', 'worry_raised')).toEqual([]);
    // Marie is not told until a key worker has read it and decided.
    expect(await k.told('marie', 'worry_raised')).toEqual([]);
    expect((await k.page('marie')).requests).toEqual([]);
    expect((await k.as('patricia').get('/api/portal/help/settings')).statusCode).toBe(403);
  });

  it('needs the key worker to choose whether Marie is told, and a contact cannot skip that choice', async () => {
    const contact = await k.as('priya').post(await url('patricia', '/contact'), { at: '2026-12-07T15:00:00Z', way: 'call' });
    expect(contact.statusCode).toBe(409);
    const none = await k.as('priya').post(await url('patricia', '/acknowledge'), { whatWillHappen: 'I will call Marie today.' });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields.worryOutcome).toBe('Choose whether the parent is told');
  });

  it('tells Marie who raised it once Priya acknowledges it, and Marie then reads it on her page', async () => {
    const res = await k.as('priya').post(await url('patricia', '/acknowledge'), {
      whatWillHappen: 'I will call Marie today and visit with Daniel.',
      worryOutcome: 'parent_told',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await k.told('marie', 'worry_raised')).toEqual([
      'Patricia raised a worry with your key workers. Priya Shah has read it and will talk it over with you.',
    ]);
    expect(await k.told('patricia', 'help_acknowledged')).toHaveLength(1);
    const seen = (await k.page('marie')).requests;
    expect(seen).toMatchObject([{ kind: 'worry', askedBy: 'Patricia', mine: false, words: worry.words }]);
  });

  it('keeps a worry from Marie when a key worker records a safeguarding reason, and puts it in the governance queue', async () => {
    const raised = await k.ask('clive', {
      words: 'The children said Mum was shouting at night.',
      urgency: 'this_week',
      worryAbout: 'children',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(await k.told('priya', 'worry_raised')).toContain(
      'Clive has raised a worry about the children. Please read it and say what will happen.',
    );
    const noReason = await k.as('daniel').post(await url('clive', '/acknowledge'), {
      whatWillHappen: 'I will look into it.',
      worryOutcome: 'safeguarding',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toHaveProperty('safeguardingReason');
    const res = await k.as('daniel').post(await url('clive', '/acknowledge'), {
      whatWillHappen: 'I will look into it this week.',
      worryOutcome: 'safeguarding',
      safeguardingReason: 'Telling Marie now could put the children at risk while we check.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await k.told('marie', 'worry_raised')).toHaveLength(1);
    expect((await k.page('marie')).requests.map((r) => r.words)).not.toContain('The children said Mum was shouting at night.');
    // Clive sees his own worry and who answered it.
    expect((await k.page('clive')).requests).toMatchObject([{ mine: true, acknowledged: { by: 'Daniel Okafor' } }]);
    const queue = (await k.as('ruth').get('/api/governance/queue')).json();
    expect(queue.worriesNotToldToParent).toMatchObject([
      {
        raisedBy: 'Clive',
        decidedBy: 'Daniel Okafor',
        reason: 'Telling Marie now could put the children at risk while we check.',
        familyId: F,
      },
    ]);
    // The worker's page carries the decision and its reason.
    const view = (await k.as('priya').get(await url('clive', ''))).json();
    expect(view.request).toMatchObject({ worryOutcome: 'safeguarding', askerKind: 'other_parent' });
  });
});
