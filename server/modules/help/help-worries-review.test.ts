// The information governance lead's review of a worry a key worker did not tell the parent of (issue 14 §1), through the
// API: a note for the record, the lead's alone, audited without the note; the worry leaves the queue, and the parent is
// not told by it (as for a young person invited without the parent being told).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { F, type HelpKit, helpKit } from './help-test-kit.ts';

let k: HelpKit;
beforeAll(async () => {
  k = await helpKit(['clive', 'patricia', 'marie', 'daniel', 'priya', 'ruth']);
});
afterAll(() => k?.t.close());

const HELD = 'The children said Mum was shouting at night.';
const NOTE = 'Spoke to Daniel: the checks finish on Friday, then Marie will be told. Holding back until then is right.';
let held: string;
let told: string;
const review = (who: string, id: string, note: string, family = F) =>
  k.as(who).post(`/api/governance/worries/${family}/${id}/review`, { note });
const queue = async () =>
  (await k.as('ruth').get('/api/governance/queue')).json().worriesNotToldToParent as { id: string; raisedBy: string }[];

beforeAll(async () => {
  held = (await k.ask('clive', { words: HELD, urgency: 'this_week', worryAbout: 'children' })).json().id;
  told = (await k.ask('patricia', { words: 'Marie seems very low.', urgency: 'today', worryAbout: 'parent' })).json().id;
  const kept = await k.as('daniel').post(`/api/families/${F}/help-requests/${held}/acknowledge`, {
    whatWillHappen: 'I will look into it this week.',
    worryOutcome: 'safeguarding',
    safeguardingReason: 'Telling Marie now could put the children at risk while we check.',
  });
  expect(kept.statusCode, kept.body).toBe(200);
  const shared = await k.as('priya').post(`/api/families/${F}/help-requests/${told}/acknowledge`, {
    whatWillHappen: 'I will ring Marie today.',
    worryOutcome: 'parent_told',
  });
  expect(shared.statusCode, shared.body).toBe(200);
});

describe('the information governance lead’s review of a worry not told to the parent', () => {
  it('is the lead’s alone, needs a note, and only for a worry waiting for a review', async () => {
    expect(await queue()).toMatchObject([{ id: held, raisedBy: 'Clive' }]);
    expect((await review('daniel', held, NOTE)).statusCode).toBe(403);
    const empty = await review('ruth', held, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields.note).toBe('Write what you checked and decided');
    // A worry the parent was told of, one that does not exist, or one in another family: not waiting, audited.
    expect((await review('ruth', told, NOTE)).statusCode).toBe(404);
    expect((await review('ruth', '00000000-0000-4000-8000-000000000000', NOTE)).statusCode).toBe(404);
    expect((await review('ruth', held, NOTE, DEMO_IDS.hughesFamily)).statusCode).toBe(404);
    expect((await review('ruth', 'not-an-id', NOTE)).statusCode).toBe(404);
    const denied = await k.t.database.asOwner(
      `SELECT count(*)::int AS n FROM audit_events e JOIN staff s ON s.id = e.actor_staff_id
       WHERE s.full_name = 'Ruth Adeyemi' AND e.action = 'access.denied' AND e.details->>'attempted' = 'raised_worry.reviewed'`,
    );
    expect(denied.rows[0]?.n).toBe(4);
  });

  it('records the review with its note, audited without it; the worry leaves the queue and the parent is not told', async () => {
    const before = await k.told('marie', 'worry_raised');
    const res = await review('ruth', held, NOTE);
    expect(res.statusCode, res.body).toBe(204);
    const row = await k.t.database.asOwner(
      `SELECT r.governance_reviewed_at IS NOT NULL AS reviewed, s.full_name AS by, r.governance_review_note AS note, r.worry_outcome
       FROM help_requests r LEFT JOIN staff s ON s.id = r.governance_reviewed_by_staff_id WHERE r.id = $1`,
      [held],
    );
    expect(row.rows[0]).toEqual({ reviewed: true, by: 'Ruth Adeyemi', note: NOTE, worry_outcome: 'safeguarding' });
    const audited = await k.t.database.asOwner(
      "SELECT family_id, subject_id, details::text AS details FROM audit_events WHERE action = 'raised_worry.reviewed'",
    );
    expect(audited.rows).toEqual([{ family_id: F, subject_id: held, details: expect.not.stringContaining('Friday') }]);
    expect(await queue()).toEqual([]);
    expect((await review('ruth', held, 'Again')).statusCode).toBe(404);
    // Still held back from Marie: nothing new for her, and not on her help page.
    expect(await k.told('marie', 'worry_raised')).toEqual(before);
    expect((await k.page('marie')).requests.map((r) => r.words)).not.toContain(HELD);
  });
});
