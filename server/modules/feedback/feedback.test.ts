// The family's feedback through the API (issue 18 §1): asks after a contact or a visit (never about a withheld entry, never
// twice in a week, never for a closed family), answering any part of one (twice is a 409, a retry makes one), skipping,
// feedback about anything, named feedback reaching the worker, team-only feedback only in the manager's team view without
// who gave it, and each person's own feedback in their own subject access export only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWhenReady } from '../../test/exports.ts';
import { appointmentsKit, F, type Kit } from '../appointments/appointments-test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await appointmentsKit(['marie', 'clive', 'priya', 'tom', 'angela', 'daniel']);
}, 180_000);
afterAll(async () => k?.t.close());

const DAY = 86_400_000;
const asksOf = (who: string) =>
  k.count('SELECT count(*) AS n FROM feedback_asks k JOIN accounts a ON a.id = k.account_id WHERE a.username = $1', [who]);
const page = async (who = 'marie') => {
  const res = await k.as(who).get('/api/portal/feedback');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { asks: { id: string; aboutKind: string; workerName: string | null }[]; given: Record<string, unknown>[] };
};
const contact = (over: Record<string, unknown> = {}) =>
  k.as('priya').post(`/api/families/${F}/entries`, {
    kind: 'phone_call',
    occurredAt: new Date(k.now().getTime() - 3_600_000).toISOString(),
    category: 'general',
    text: 'Rang Marie to see how the week went.',
    presentPersonIds: [k.ids.people.marie],
    aboutPersonIds: [k.ids.people.marie],
    ...over,
  });
const unannounced = () =>
  k.as('priya').post(`/api/families/${F}/appointments/unannounced`, {
    // Before the test's clock and the real one: the contract refuses a time ahead of the real clock.
    startsAt: new Date(Math.min(Date.now(), k.now().getTime()) - 3_600_000).toISOString(),
    reason: 'The school rang, so I came straight away to check everyone was all right.',
  });
const moveOn = (days: number) => k.setNow(new Date(k.now().getTime() + days * DAY));

describe('asks after a contact', () => {
  it('a withheld contact never causes an ask (its existence would leak)', async () => {
    const res = await contact({
      category: 'third_party',
      text: 'Patricia told me something about her own health.',
      withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2030-01-15' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await asksOf('marie')).toBe(0);
    expect((await page()).asks).toEqual([]);
  });

  it('a contact she reads whole asks Marie, about Priya; she says “Not now” in one tap and it is gone', async () => {
    expect((await contact()).statusCode).toBe(201);
    const { asks } = await page();
    expect(asks).toEqual([expect.objectContaining({ aboutKind: 'contact', workerName: 'Priya' })]);
    // Clive was not at it, and is not asked.
    expect(await asksOf('clive')).toBe(0);
    const skip = await k.as('marie').post(`/api/portal/feedback/asks/${asks[0]?.id}/skip`, {});
    expect(skip.statusCode).toBe(204);
    expect((await page()).asks).toEqual([]);
  });
});

describe('asks after a visit, at most once a week', () => {
  let askId: string;

  it('a visit marked as happened asks Marie about Priya', async () => {
    moveOn(8);
    const proposed = await k.propose('priya', { options: [k.option(1, '10:00')] });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id;
    const pick = (await k.calendar()).coming.find((a) => a.id === id)?.times[0]?.id;
    expect((await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: pick, version: 1 })).statusCode).toBe(200);
    moveOn(2);
    const done = await k.as('priya').post(`/api/families/${F}/appointments/${id}/happened`, { version: 2 });
    expect(done.statusCode, done.body).toBe(200);
    const { asks } = await page();
    expect(asks).toEqual([expect.objectContaining({ aboutKind: 'visit', workerName: 'Priya' })]);
    askId = asks[0]?.id as string;
  });

  it('a second visit within 7 days asks nothing more; one after that asks again', async () => {
    moveOn(3);
    expect((await unannounced()).statusCode).toBe(201);
    expect(await asksOf('marie')).toBe(2);
    moveOn(5);
    expect((await unannounced()).statusCode).toBe(201);
    expect(await asksOf('marie')).toBe(3);
    expect((await page()).asks.map((a) => a.aboutKind)).toEqual(['visit', 'visit']);
  });

  it('refuses an answer with nothing in it, or without choosing who sees it, naming what to fix', async () => {
    const empty = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, { shownAs: 'named' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields).toHaveProperty('words');
    const noChoice = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, { listened: 4 });
    expect(noChoice.statusCode).toBe(400);
    expect(noChoice.json().fields).toHaveProperty('shownAs');
    const offScale = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, { listened: 5, shownAs: 'named' });
    expect(offScale.statusCode).toBe(400);
  });

  it('answers part of it, by name, in her own words; a retry makes one; answering again is a 409 in plain words', async () => {
    const body = { listened: 4, useful: 3, words: 'Priya listened to me and did not rush.', shownAs: 'named' };
    const first = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, body, { 'idempotency-key': 'feedback-0001' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().feedback).toMatchObject({ listened: 4, nextStepsClear: null, useful: 3, words: body.words, writtenIn: 'en' });
    const retry = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, body, { 'idempotency-key': 'feedback-0001' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().feedback.id).toBe(first.json().feedback.id);
    expect(await k.count('SELECT count(*) AS n FROM feedback')).toBe(1);
    const again = await k.as('marie').post(`/api/portal/feedback/asks/${askId}/answer`, { useful: 1, shownAs: 'named' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/already answered/);
    expect((await page()).asks).toHaveLength(1);
  });

  it('the named feedback reaches Priya, with a notification and in what families told her', async () => {
    const told = await k.told('priya', 'feedback_received');
    expect(told.map((n) => n.message)).toEqual(['Marie told you how things went after a visit. Read it in “What families told you”.']);
    const mine = await k.as('priya').get('/api/feedback/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().named).toEqual([
      expect.objectContaining({ firstName: 'Marie', words: 'Priya listened to me and did not rush.', listened: 4, useful: 3 }),
    ]);
    // One answer in the month: too few for an average that could point at one family.
    expect(mine.json().months).toEqual([expect.objectContaining({ answers: 1, averages: null })]);
  });

  it('a worker cannot read another worker’s feedback, nor the team’s', async () => {
    expect((await k.as('tom').get('/api/feedback/mine')).json().named).toEqual([]);
    expect((await k.as('tom').get('/api/feedback/team')).statusCode).toBe(403);
  });

  it('team-only feedback never reaches Priya, and her manager reads it without who gave it', async () => {
    const [open] = (await page()).asks;
    const res = await k.as('marie').post(`/api/portal/feedback/asks/${open?.id}/answer`, {
      nextStepsClear: 2,
      words: 'I still do not know what happens next.',
      shownAs: 'team_only',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await k.told('priya', 'feedback_received')).toHaveLength(1);
    const mine = (await k.as('priya').get('/api/feedback/mine')).json();
    expect(JSON.stringify(mine)).not.toContain('what happens next');
    const team = await k.as('angela').get('/api/feedback/team');
    expect(team.statusCode).toBe(200);
    expect(team.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          workerName: 'Priya Shah',
          shownAs: 'team_only',
          nextStepsClear: 2,
          words: 'I still do not know what happens next.',
        }),
        expect.objectContaining({ workerName: 'Priya Shah', shownAs: 'named', listened: 4 }),
      ]),
    );
    const said = JSON.stringify(team.json());
    for (const never of ['Marie', 'Dubois', F, k.ids.people.marie]) expect(said).not.toContain(never);
    expect(team.json().items.every((i: { month: string }) => /^\d{4}-\d{2}$/.test(i.month))).toBe(true);
  });

  it('another team’s manager does not see it', async () => {
    await k.t.database.asOwner("UPDATE staff SET role = 'team_manager' WHERE id = $1", [k.ids.staff.daniel]);
    try {
      const team = await k.as('daniel').get('/api/feedback/team');
      expect(team.statusCode).toBe(200);
      expect(JSON.stringify(team.json().items)).not.toContain('happens next');
      expect(team.json().items.some((i: { workerName: string }) => i.workerName === 'Priya Shah')).toBe(false);
    } finally {
      await k.t.database.asOwner("UPDATE staff SET role = 'practitioner' WHERE id = $1", [k.ids.staff.daniel]);
    }
  });
});

describe('feedback about anything', () => {
  it('goes to the team of the children’s key worker, without her name, and never to one worker', async () => {
    const body = { useful: 3, words: 'The letters are easier to read now. Thank you.' };
    const res = await k.as('marie').post('/api/portal/feedback', body, { 'idempotency-key': 'anything-0001' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().feedback).toMatchObject({ aboutKind: 'anything', workerName: null, shownAs: 'team_only' });
    const retry = await k.as('marie').post('/api/portal/feedback', body, { 'idempotency-key': 'anything-0001' });
    expect(retry.statusCode).toBe(200);
    expect(await k.count("SELECT count(*) AS n FROM feedback WHERE about_kind = 'anything'")).toBe(1);
    const team = (await k.as('angela').get('/api/feedback/team')).json();
    expect(team.items).toContainEqual(expect.objectContaining({ aboutKind: 'anything', workerName: null, words: body.words }));
  });
});

describe('each person’s own', () => {
  it('a family member cannot read or answer another person’s feedback', async () => {
    const clive = await page('clive');
    expect(clive.given).toEqual([]);
    const marieAsk = (
      await k.t.database.asOwner(
        "SELECT k.id FROM feedback_asks k JOIN accounts a ON a.id = k.account_id WHERE a.username = 'marie' LIMIT 1",
      )
    ).rows[0].id;
    const res = await k.as('clive').post(`/api/portal/feedback/asks/${marieAsk}/answer`, { listened: 1, shownAs: 'named' });
    expect(res.statusCode).toBe(404);
    expect((await page('marie')).given).toHaveLength(3);
  });

  it('Marie’s subject access export holds all her feedback, named and team-only; Clive’s holds none of hers', async () => {
    const exportOf = async (who: string) => {
      const asked = await k.as(who).post('/api/portal/exports');
      expect(asked.statusCode, asked.body).toBe(202);
      const got = (await exportWhenReady(k.t.database.db, k.as(who), asked.json().id)).json();
      return typeof got.content === 'string' ? got.content : JSON.stringify(got.content);
    };
    const marie = await exportOf('marie');
    for (const words of ['did not rush', 'what happens next', 'easier to read']) expect(marie).toContain(words);
    const clive = await exportOf('clive');
    for (const words of ['did not rush', 'what happens next', 'easier to read']) expect(clive).not.toContain(words);
  });
});

describe('a closed family', () => {
  it('is never asked', async () => {
    moveOn(10);
    const before = await asksOf('marie');
    await k.t.database.asOwner("UPDATE families SET closed_at = now(), team_read_until = now() + interval '90 days' WHERE id = $1", [F]);
    try {
      expect((await unannounced()).statusCode).toBe(409);
      expect(await asksOf('marie')).toBe(before);
    } finally {
      await k.t.database.asOwner('UPDATE families SET closed_at = NULL, team_read_until = NULL WHERE id = $1', [F]);
    }
    // Reopened, the same visit asks again: the refusal above was the closing, not the week.
    expect((await unannounced()).statusCode).toBe(201);
    expect(await asksOf('marie')).toBe(before + 1);
  });
});
