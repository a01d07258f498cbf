// Issue 16 through the API, in the plans: what a family member writes comes back marked with the language they chose
// (a worker's with English, and a worker's edit of her words leaves them hers); who someone is comes as codes the page
// words; the notifications that reach a family account keep their message id and values; and a worker's rating note and
// agreement reasons, which the family reads, are checked for respectful language, kept as written only with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisWords } from '../../../shared/domain/crisis.ts';
import { type Phrase, phrase } from '../../../shared/i18n/messages.ts';
import { notifyPlans } from '../../../shared/i18n/notify-plans.messages.ts';
import { phraseColumns, translateFor } from '../../i18n/catalogues.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { remindReviews } from './index.ts';

const F = DEMO_IDS.mariesFamily;
const W = DEMO_PLAN_IDS.marieWellness;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };
const STAFF = { daniel: id(21) };

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

type Item = { id: string; kind: string; version: number; content: Record<string, unknown>; writtenIn: string };
type Plan = {
  plan: {
    items: Item[];
    ratings: { itemId: string; name: string; roleKind: string; note: string | null; writtenIn: string }[];
    agreements: { name: string; roleKind: string; reasons: string | null; writtenIn: string }[];
  };
};
const planFor = async (who: string) => (await as(who).get(`/api/families/${F}/recovery-plan`)).json() as Plan;
const notificationsOf = async (who: string) =>
  (await as(who).get('/api/notifications')).json().notifications as {
    kind: string;
    message: string;
    messageId: string | null;
    messageValues: Record<string, string | number> | null;
  }[];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'jamie', 'clive', 'patricia', 'daniel', 'priya']) c[u] = await t.signIn(u);
  // Marie reads and writes in Polish, Jamie in Urdu, Patricia in Welsh.
  for (const [who, language] of [
    ['marie', 'pl'],
    ['jamie', 'ur'],
    ['patricia', 'cy'],
  ] as const)
    expect((await as(who).put('/api/portal/language', { language })).statusCode).toBe(200);
});
afterAll(() => t?.close());

describe('the language of people’s words in the family plan', () => {
  it('Marie’s goal, in Polish, comes back marked Polish to her and to the workers; a worker’s worry is English', async () => {
    const res = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'parent_goal',
      content: { words: 'Chcę znowu odprowadzać dzieci do szkoły.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().writtenIn).toBe('pl');
    const goalId = res.json().id as string;

    const worry = await as('daniel').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'strength',
      content: { text: 'Marie walks with Patricia every morning.' },
    });
    expect(worry.statusCode, worry.body).toBe(201);
    expect(worry.json().writtenIn).toBe('en');

    for (const who of ['marie', 'daniel']) {
      const items = (await planFor(who)).plan.items;
      expect(items.find((i) => i.id === goalId)?.writtenIn, who).toBe('pl');
      expect(items.find((i) => i.id === worry.json().id)?.writtenIn, who).toBe('en');
    }
    // Every item seeded before languages were kept is English.
    expect((await planFor('marie')).plan.items.filter((i) => i.id !== goalId).every((i) => i.writtenIn === 'en')).toBe(true);
  });

  it('a worker’s edit of Marie’s words leaves them hers; her edit of a worker’s words makes them hers', async () => {
    const goal = (await planFor('daniel')).plan.items.find((i) => i.kind === 'parent_goal' && i.writtenIn === 'pl') as Item;
    const edited = await as('daniel').put(`/api/families/${F}/recovery-plan/items/${goal.id}`, {
      version: goal.version,
      content: { words: `${goal.content.words} (z Patricią)` },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().writtenIn).toBe('pl');

    const strength = (await planFor('marie')).plan.items.find((i) => i.kind === 'strength' && i.writtenIn === 'en') as Item;
    const hers = await as('marie').put(`/api/families/${F}/recovery-plan/items/${strength.id}`, {
      version: strength.version,
      content: { ...strength.content, text: 'Codziennie rano spaceruję z Patricią.' },
    });
    expect(hers.statusCode, hers.body).toBe(200);
    expect(hers.json().writtenIn).toBe('pl');
  });

  it('her view beside a worry, her rating’s note and her reasons are Polish; a worker’s are English', async () => {
    const worry = (await planFor('marie')).plan.items.find((i) => i.kind === 'worry') as Item;
    const view = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'family_view',
      worryId: worry.id,
      content: { view: 'Rozumiem, dlaczego ludzie się martwią.', agrees: 'partly' },
    });
    expect(view.statusCode, view.body).toBe(201);
    expect(view.json().writtenIn).toBe('pl');

    const rated = await as('marie').put(`/api/families/${F}/recovery-plan/rating`, { itemId: worry.id, score: 6, note: 'Jest lepiej.' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ writtenIn: 'pl', roleKind: 'parent' });
    const agreed = await as('marie').put(`/api/families/${F}/recovery-plan/agreement`, {
      position: 'agree_with_reservations',
      reasons: 'Nie chcę, żeby ludzie myśleli, że jestem niebezpieczna.',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ writtenIn: 'pl', roleKind: 'parent' });

    await as('daniel').put(`/api/families/${F}/recovery-plan/rating`, { itemId: worry.id, score: 5, note: 'Things are steadier.' });
    await as('daniel').put(`/api/families/${F}/recovery-plan/agreement`, { position: 'agree' });

    const plan = (await planFor('marie')).plan;
    expect(plan.ratings.find((r) => r.name.startsWith('Marie'))).toMatchObject({ writtenIn: 'pl', note: 'Jest lepiej.' });
    expect(plan.ratings.find((r) => r.name.startsWith('Daniel'))).toMatchObject({ writtenIn: 'en', roleKind: 'professional' });
    expect(plan.agreements.find((a) => a.name.startsWith('Marie'))?.writtenIn).toBe('pl');
    expect(plan.agreements.find((a) => a.name.startsWith('Daniel'))?.writtenIn).toBe('en');
  });
});

describe('the language of the wellness and crisis plan, the children’s plans and a child’s own words', () => {
  type Doc = {
    id: string;
    sections: { key: string; text: string; version: number; writtenIn: string }[];
    carer: { note: string | null; noteWrittenIn: string } | null;
  };
  const docs = async (who: string) => (await as(who).get(`/api/families/${F}/plans`)).json() as { documents: Doc[] };

  it('Marie’s section of her plan is Polish; a worker’s suggestion she takes into an empty part stays the worker’s English', async () => {
    const plan = (await docs('marie')).documents.find((d) => d.id === W) as Doc;
    const section = plan.sections.find((s) => s.key === 'daily') as Doc['sections'][number];
    const res = await as('marie').put(`/api/families/${F}/plans/${W}/sections/daily`, {
      version: section.version,
      text: 'Spacer z Patricią i sen do ósmej.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sections.find((s: { key: string }) => s.key === 'daily').writtenIn).toBe('pl');

    const empty = plan.sections.find((s) => s.text === '') as Doc['sections'][number];
    expect(empty).toBeDefined();
    const suggested = await as('daniel').post(`/api/families/${F}/plans/${W}/suggestions`, {
      sectionKey: empty.key,
      text: 'A walk after lunch has helped before.',
    });
    expect(suggested.statusCode, suggested.body).toBe(200);
    const suggestion = (suggested.json().suggestions as { id: string; sectionKey: string }[]).find((s) => s.sectionKey === empty.key);
    const taken = await as('marie').post(`/api/families/${F}/plans/${W}/suggestions/${suggestion?.id}`, { accept: true });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().sections.find((s: { key: string }) => s.key === empty.key).writtenIn).toBe('en');
  });

  it('Patricia’s answer as a carer, in Welsh, and Jamie’s own words, in Urdu, come back marked', async () => {
    const jamiePlan = (await docs('patricia')).documents.find((d) => d.id === DEMO_PLAN_IDS.jamieContingency);
    expect(jamiePlan).toBeDefined();
    const answered = await as('patricia').post(`/api/families/${F}/plans/${DEMO_PLAN_IDS.jamieContingency}/carer-response`, {
      response: 'agreed',
      note: 'Gallaf ei gasglu o’r ysgol.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().carer).toMatchObject({ note: 'Gallaf ei gasglu o’r ysgol.', noteWrittenIn: 'cy' });
    const seenByMarie = (await docs('marie')).documents.find((d) => d.id === DEMO_PLAN_IDS.jamieContingency);
    expect(seenByMarie?.carer?.noteWrittenIn).toBe('cy');

    const words = await as('jamie').post(`/api/families/${F}/child-words`, {
      childPersonId: P.jamie,
      part: 'hopes',
      words: 'میں چاہتا ہوں کہ امی ٹھیک ہو جائیں۔',
      writtenForChild: false,
    });
    expect(words.statusCode, words.body).toBe(201);
    expect(words.json().writtenIn).toBe('ur');
  });

  it('what Marie asks a person to be told is Polish, to her and to them when her crisis plan is in use', async () => {
    const crisis = async (who: string) => (await as(who).get(`/api/families/${F}/crisis-plans`)).json().crises[0];
    const mine = await crisis('marie');
    const existing = mine.messages.find((m: { recipientPersonId: string | null }) => m.recipientPersonId === P.patricia);
    const said = await as('marie').put(`/api/families/${F}/plans/${W}/crisis-messages`, {
      recipientPersonId: P.patricia,
      text: 'Proszę, odbierz Clare ze szkoły.',
      version: existing?.version ?? 0,
    });
    expect(said.statusCode, said.body).toBe(200);
    const message = said.json().messages.find((m: { recipientPersonId: string | null }) => m.recipientPersonId === P.patricia);
    expect(message).toMatchObject({ text: 'Proszę, odbierz Clare ze szkoły.', writtenIn: 'pl' });

    const started = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: 'Głosy wróciły.' });
    expect(started.statusCode, started.body).toBeLessThan(300);
    expect(started.json().use).toMatchObject({ reason: 'Głosy wróciły.', reasonWrittenIn: 'pl' });
    const patricia = await crisis('patricia');
    expect(patricia.forMe).toMatchObject({ message: 'Proszę, odbierz Clare ze szkoły.', messageWrittenIn: 'pl' });
    // Who each person is comes as codes the page words: Clive is named by his children, Patricia is someone she trusts.
    const choices = (await crisis('marie')).recipientChoices as { recipientPersonId: string | null; relation: unknown }[];
    expect(choices.find((r) => r.recipientPersonId === P.clive)?.relation).toEqual({
      kind: 'other_parent',
      children: ['Jamie', 'Clare'],
      word: 'dad',
    });
    expect(choices.find((r) => r.recipientPersonId === P.patricia)?.relation).toEqual({ kind: 'trusted' });
  });
});

describe('who someone is, on “Who can see your plans”', () => {
  it('comes as codes and the workers’ own job titles, with the English beside them for the workers’ screens', async () => {
    const docs = (await as('marie').get(`/api/families/${F}/plans`)).json();
    const recipients = docs.shareRecipients as {
      personId: string | null;
      staffId: string | null;
      description: string;
      relation: unknown;
    }[];
    expect(recipients.find((r) => r.personId === P.clive)).toMatchObject({
      description: 'Jamie and Clare’s dad',
      relation: { kind: 'other_parent', children: ['Jamie', 'Clare'], word: 'dad' },
    });
    expect(recipients.find((r) => r.personId === P.patricia)?.relation).toEqual({ kind: 'trusted' });
    expect(recipients.find((r) => r.personId === P.jamie)?.relation).toEqual({ kind: 'young_person' });
    expect(recipients.find((r) => r.staffId === STAFF.daniel)?.relation).toEqual({
      kind: 'worker',
      jobTitle: 'Community mental health nurse',
      organisation: 'Northfield Mental Health Trust',
    });
  });
});

describe('notifications that reach a family account keep their message id, so they are read in the family’s language', () => {
  it('a worker’s change, a share, a review and its reminder, a suggestion, the crisis plan', async () => {
    const marie = await notificationsOf('marie');
    const changed = marie.find((n) => n.kind === 'plan_changed');
    expect(changed).toMatchObject({
      messageId: 'notify-plans.planChanged',
      messageValues: { name: 'Daniel Okafor', what: 'added' },
      message: 'Daniel Okafor added something in your family plan. Have a look and add your view if you want to.',
    });
    expect(marie.find((n) => n.kind === 'plan_suggestion')?.messageId).toBe('notify-plans.suggestion');
    // Patricia was told of the crisis plan in use in her own language's words, from the message's id.
    const patricia = await notificationsOf('patricia');
    expect(patricia.find((n) => n.kind === 'crisis_plan_started')).toMatchObject({
      messageId: 'notify-plans.crisisStartedForCarer',
      messageValues: { parent: 'Marie', count: 2, names: 'Jamie', last: 'Clare' },
    });
    expect(patricia.find((n) => n.kind === 'crisis_plan_started')?.message).toContain('You are named to look after Jamie and Clare.');

    const share = await as('marie').put(`/api/families/${F}/plan-shares`, {
      documentKind: 'wellness',
      documentId: W,
      sectionKey: 'daily',
      recipientPersonId: P.clive,
      shared: true,
    });
    expect(share.statusCode, share.body).toBe(200);
    expect((await notificationsOf('clive')).find((n) => n.kind === 'plan_shared')).toMatchObject({
      messageId: 'notify-plans.planShared',
      messageValues: { name: 'Marie' },
    });

    const reviewed = await as('daniel').post(`/api/families/${F}/recovery-plan/reviews`, { nextReviewOn: '2027-03-01' });
    expect(reviewed.statusCode, reviewed.body).toBeLessThan(300);
    const review = (await notificationsOf('marie')).find((n) => n.message.startsWith('Your family plan was reviewed'));
    expect(review).toMatchObject({ messageId: 'notify-plans.planReviewed', messageValues: { version: 1 } });
    expect(review?.message).toContain('The next review is on 1 March 2027.');

    await t.database.db.transaction().execute((tx) => remindReviews(tx, new Date('2027-02-25T09:00:00Z')));
    const due = (await notificationsOf('marie')).find((n) => n.kind === 'plan_review_due');
    expect(due?.messageId).toBe('notify-plans.planReviewDue');
    expect(due?.message).toBe(
      'Your family plan will be looked at again together on 1 March 2027. Think about what has changed and how you would rate things now.',
    );
  });

  it('every notification the plans sent to a family account has its message id', async () => {
    const rows = await t.database.db
      .selectFrom('notifications')
      .select(['kind', 'message_id'])
      .where('family_id', '=', F)
      .where('recipient_account_id', 'is not', null)
      .where('kind', 'in', ['plan_changed', 'plan_review_due', 'plan_suggestion', 'plan_shared', 'carer_asked', 'carer_answered'])
      .where('created_at', '>', new Date(Date.now() - 3_600_000))
      .execute();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((r) => !r.message_id)).toEqual([]);
  });
});

describe('a worker’s rating note and agreement reasons are checked (issue 16 §1)', () => {
  const worryId = async () => ((await planFor('daniel')).plan.items.find((i) => i.kind === 'worry') as Item).id;

  it('a note with a judging word is refused with what to write instead, and nothing is saved', async () => {
    const itemId = await worryId();
    const res = await as('daniel').put(`/api/families/${F}/recovery-plan/rating`, {
      itemId,
      score: 3,
      note: 'Marie has been non-compliant with her medication.',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toBe('words_to_check');
    expect(res.json().fields.note).toMatch(/non-compliant/);
    expect(res.json().findings[0]).toMatchObject({ field: 'note', found: 'non-compliant' });
    const daniels = (await planFor('daniel')).plan.ratings.filter((r) => r.name.startsWith('Daniel'));
    expect(daniels.some((r) => r.note?.includes('non-compliant'))).toBe(false);
  });

  it('kept as written with a reason, the note is saved and the confirmation kept beside that save; again, it is asked again', async () => {
    const itemId = await worryId();
    const note = 'Marie said she has been non-compliant, in her own words.';
    const kept = await as('daniel').put(`/api/families/${F}/recovery-plan/rating`, {
      itemId,
      score: 4,
      note,
      keepAsWritten: { reason: 'These are Marie’s own words' },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().note).toBe(note);
    const again = await as('daniel').put(`/api/families/${F}/recovery-plan/rating`, { itemId, score: 4, note });
    expect(again.statusCode).toBe(400);
    const rows = await t.database.db
      .selectFrom('kept_as_written')
      .select(['subject_kind', 'reason', 'findings', 'version'])
      .where('family_id', '=', F)
      .where('reason', '=', 'These are Marie’s own words')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.subject_kind).toBe('plan_item');
    expect(JSON.stringify(rows[0]?.findings)).toContain('non-compliant');
  });

  it('agreement reasons are checked the same way; a parent’s own reasons never are', async () => {
    const refused = await as('daniel').put(`/api/families/${F}/recovery-plan/agreement`, {
      position: 'agree_with_reservations',
      reasons: 'Home life is chaotic.',
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().fields.reasons).toMatch(/chaotic/);
    const kept = await as('daniel').put(`/api/families/${F}/recovery-plan/agreement`, {
      position: 'agree_with_reservations',
      reasons: 'Home life is chaotic.',
      keepAsWritten: { reason: 'Marie used this word herself' },
    });
    expect(kept.statusCode, kept.body).toBe(200);
    // A second save with the same words is a new save: asked again, and kept again beside its own version.
    const keptAgain = await as('daniel').put(`/api/families/${F}/recovery-plan/agreement`, {
      position: 'agree_with_reservations',
      reasons: 'Home life is chaotic.',
      keepAsWritten: { reason: 'Marie used this word herself' },
    });
    expect(keptAgain.statusCode, keptAgain.body).toBe(200);
    const rows = await t.database.db
      .selectFrom('kept_as_written')
      .select(['version'])
      .where('family_id', '=', F)
      .where('reason', '=', 'Marie used this word herself')
      .orderBy('version')
      .execute();
    expect(rows).toHaveLength(2);
    expect((rows[1]?.version ?? 0) - (rows[0]?.version ?? 0)).toBe(1);

    const hers = await as('marie').put(`/api/families/${F}/recovery-plan/agreement`, {
      position: 'agree_with_reservations',
      reasons: 'It feels chaotic at home sometimes.',
    });
    expect(hers.statusCode, hers.body).toBe(200);
  });
});

describe('the plans’ notifications read as before in English, and in the reader’s language', () => {
  const english = (p: Phrase) => phraseColumns(p).message;

  it('keep their English word for word', () => {
    expect(english(crisisWords.startedForCarer('Marie', ['Jamie']))).toBe(
      'Marie’s crisis plan is now in use. You are named to look after Jamie. Please say as soon as you can whether you can do this.',
    );
    expect(english(crisisWords.startedForCarer('Marie', ['Jamie', 'Clare', 'Sam']))).toContain('look after Jamie, Clare and Sam.');
    expect(english(crisisWords.startedForRecipient('Marie'))).toBe(
      'Marie’s crisis plan is now in use. Marie asked us to tell you something. Open “Marie’s crisis plan is in use” to read it.',
    );
    expect(english(crisisWords.ended('Marie'))).toBe('Marie’s crisis plan is no longer in use. Thank you for your help.');
    expect(english(phrase(notifyPlans.suggestion, { name: 'Daniel Okafor', section: 'triggers' }))).toBe(
      'Daniel Okafor suggested some words for “Things that can upset me, and what I will do” in your wellness and crisis plan. Nothing goes in unless you say so.',
    );
    expect(english(phrase(notifyPlans.carerAnswered, { name: 'Patricia', response: 'declined', child: 'Clare' }))).toBe(
      'Patricia said they cannot look after Clare if you are unwell.',
    );
  });

  it('are worded in Polish from their id and values, dates and lists of names included', () => {
    const carer = crisisWords.startedForCarer('Marie', ['Jamie', 'Clare']);
    expect(translateFor('pl', carer.message, carer.values)).toContain('Jamie i Clare');
    const reviewed = phrase(notifyPlans.planReviewed, { version: 2, date: Date.parse('2027-03-01T12:00:00Z') });
    expect(translateFor('pl', reviewed.message, reviewed.values)).toContain('1 marca 2027');
    expect(english(reviewed)).toContain('The next review is on 1 March 2027.');
  });
});
