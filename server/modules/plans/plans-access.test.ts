// Issue 11 regressions for the plans: information categories on plan items and explanation sections (finding 11),
// children's words kept from emergency access (finding 7), and who starts a contingency plan (finding 19).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { currentTotp } from '../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const JAMIE = id(102);
// The demo plan's items: Marie's goal and two strengths are general; the worry about the voices, Marie's view of
// it and the two actions about her mental health are mental health (Daniel's agency wrote 520 and 530, Priya's 531).
const GENERAL = [id(510), id(511), id(512)];
const MENTAL_HEALTH_BY_TRUST = [id(520), id(521), id(530)];
const MENTAL_HEALTH_BY_COUNCIL = [id(531)];
const MENTAL_HEALTH = [...MENTAL_HEALTH_BY_TRUST, ...MENTAL_HEALTH_BY_COUNCIL];

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const secret = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'helen', 'tom', 'marie', 'jamie', 'mark']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

type Item = { id: string; kind: string; category: string; version: number; content: Record<string, unknown> };
const planOf = async (who: string) => {
  const res = await as(who).get(`/api/families/${F}/recovery-plan`);
  expect(res.statusCode).toBe(200);
  return res.json().plan as { items: Item[]; hiddenItems: number; workingVersion: number };
};
const itemIds = async (who: string) => (await planOf(who)).items.map((i) => i.id);

describe('finding 11: plan items carry an information category, and the category rules decide who reads them', () => {
  it('the school reads the general parts of the plan, none of the mental health ones, and is told that parts are hidden', async () => {
    const plan = await planOf('helen');
    const ids = plan.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(GENERAL));
    for (const hidden of MENTAL_HEALTH) expect(ids).not.toContain(hidden);
    expect(plan.hiddenItems).toBe(MENTAL_HEALTH.length);
    // Nothing of the hidden items' words leaves the server either (ratings included).
    const body = (await as('helen').get(`/api/families/${F}/recovery-plan`)).body;
    expect(body).not.toContain('voices');
    expect(body).not.toContain(id(520));
  });

  it('adult mental health reads everything; children’s services reads its own agency’s items, and the rest once Marie consents', async () => {
    const daniel = await planOf('daniel');
    expect(daniel.items.map((i) => i.id)).toEqual(expect.arrayContaining([...GENERAL, ...MENTAL_HEALTH]));
    expect(daniel.hiddenItems).toBe(0);
    expect(daniel.items.find((i) => i.id === id(520))?.category).toBe('mental_health');

    const before = await itemIds('priya');
    expect(before).toEqual(expect.arrayContaining([...GENERAL, ...MENTAL_HEALTH_BY_COUNCIL]));
    for (const hidden of MENTAL_HEALTH_BY_TRUST) expect(before).not.toContain(hidden);

    const consent = await as('marie').post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'So Priya can work on the whole plan with Daniel',
    });
    expect(consent.statusCode).toBe(201);
    expect(await itemIds('priya')).toEqual(expect.arrayContaining([...GENERAL, ...MENTAL_HEALTH]));
    // Consent to children's services is not consent to the school.
    for (const hidden of MENTAL_HEALTH) expect(await itemIds('helen')).not.toContain(hidden);

    await as('marie').post(`/api/portal/consents/${consent.json().id}/withdraw`);
    for (const hidden of MENTAL_HEALTH_BY_TRUST) expect(await itemIds('priya')).not.toContain(hidden);
  });

  it('the family’s access is unchanged: Marie reads all of it, Jamie only the parts she shared', async () => {
    expect(await itemIds('marie')).toEqual(expect.arrayContaining([...GENERAL, ...MENTAL_HEALTH]));
    const jamie = await planOf('jamie');
    expect(jamie.items.map((i) => i.kind).sort()).toEqual(['parent_goal', 'strength', 'strength']);
    expect(jamie.hiddenItems).toBe(0);
  });

  it('the writer chooses the category; a family view takes its worry’s; the school cannot read, change or answer a hidden item', async () => {
    const worry = await as('daniel').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'worry',
      category: 'mental_health',
      content: {
        whoIsWorried: 'Daniel',
        worry: 'DANIEL-MH-WORRY Marie has stopped sleeping',
        impactOnChild: 'The children are alone at night.',
        safetyGoal: {
          parentWillBeDoing: 'Sleeping',
          childWillExperience: 'Calm nights',
          professionalsWillSee: 'Rest',
          forHowLong: 'A month',
        },
      },
    });
    expect(worry.statusCode).toBe(201);
    expect(worry.json().category).toBe('mental_health');
    const view = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'family_view',
      worryId: worry.json().id,
      content: { view: 'MARIE-VIEW-OF-SLEEP', agrees: 'partly' },
    });
    expect(view.statusCode).toBe(201);
    expect(view.json().category).toBe('mental_health');
    const helen = (await as('helen').get(`/api/families/${F}/recovery-plan`)).body;
    expect(helen).not.toContain('DANIEL-MH-WORRY');
    expect(helen).not.toContain('MARIE-VIEW-OF-SLEEP');
    const w = worry.json() as Item;
    expect(
      (await as('helen').put(`/api/families/${F}/recovery-plan/items/${w.id}`, { version: w.version, content: w.content })).statusCode,
    ).toBe(404);
    expect((await as('helen').put(`/api/families/${F}/recovery-plan/rating`, { itemId: w.id, score: 3 })).statusCode).toBe(400);

    // A general action by default: the school reads it.
    const action = await as('daniel').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'action',
      content: { what: 'DANIEL-GENERAL-ACTION', who: 'Patricia', byWhen: '2027-03-01' },
    });
    expect(action.json().category).toBe('general');
    expect((await as('helen').get(`/api/families/${F}/recovery-plan`)).body).toContain('DANIEL-GENERAL-ACTION');
  });

  it('only the writing agency changes an item’s category, and only to narrow who reads it', async () => {
    const plan = await planOf('daniel');
    const goal = plan.items.find((i) => i.id === id(511)) as Item; // a strength Priya wrote, general
    const priyaNarrows = await as('priya').put(`/api/families/${F}/recovery-plan/items/${goal.id}`, {
      version: goal.version,
      content: goal.content,
      category: 'childrens_social_care',
    });
    expect(priyaNarrows.statusCode, priyaNarrows.body).toBe(200);
    expect(priyaNarrows.json().category).toBe('childrens_social_care');
    expect(await itemIds('helen')).not.toContain(goal.id);
    // Adult mental health no longer reads it either: it is children's social care now.
    const hidden = await as('daniel').put(`/api/families/${F}/recovery-plan/items/${goal.id}`, { version: 2, content: goal.content });
    expect(hidden.statusCode).toBe(404);
    // Daniel's agency did not write Priya's other strength: he may change its words, not its category.
    const other = plan.items.find((i) => i.id === id(512)) as Item;
    const danielRecategorises = await as('daniel').put(`/api/families/${F}/recovery-plan/items/${other.id}`, {
      version: other.version,
      content: other.content,
      category: 'mental_health',
    });
    expect(danielRecategorises.statusCode).toBe(403);
    // Widening back to everyone needs the family's consent, not the writer's say-so.
    const widen = await as('priya').put(`/api/families/${F}/recovery-plan/items/${goal.id}`, {
      version: priyaNarrows.json().version,
      content: goal.content,
      category: 'general',
    });
    expect(widen.statusCode).toBe(403);
    const worry = plan.items.find((i) => i.id === id(520)) as Item;
    const widenWorry = await as('daniel').put(`/api/families/${F}/recovery-plan/items/${worry.id}`, {
      version: worry.version,
      content: worry.content,
      category: 'general',
    });
    expect(widenWorry.statusCode).toBe(403);
    expect(await itemIds('helen')).not.toContain(worry.id);
  });

  it('frozen versions and comparisons hide the same items, even when the school is the one who reviews', async () => {
    // The school's review freezes the whole plan, not only what the school can read.
    const reviewed = await as('helen').post(`/api/families/${F}/recovery-plan/reviews`, { nextReviewOn: '2030-02-01' });
    expect(reviewed.statusCode).toBe(200);
    const number = reviewed.json().plan.workingVersion - 1;
    const frozenForDaniel = (await as('daniel').get(`/api/families/${F}/recovery-plan/versions/${number}`)).json();
    expect(frozenForDaniel.items.map((i: Item) => i.id)).toEqual(expect.arrayContaining(MENTAL_HEALTH));

    const frozenForHelen = await as('helen').get(`/api/families/${F}/recovery-plan/versions/${number}`);
    expect(frozenForHelen.statusCode).toBe(200);
    for (const hidden of MENTAL_HEALTH) expect(frozenForHelen.json().items.map((i: Item) => i.id)).not.toContain(hidden);
    expect(frozenForHelen.json().hiddenItems).toBeGreaterThanOrEqual(MENTAL_HEALTH.length);
    expect(frozenForHelen.body).not.toContain('voices');

    // A change to a hidden item after the review: Daniel sees it in the comparison, the school does not.
    const worry = (await planOf('daniel')).items.find((i) => i.id === id(520)) as Item;
    await as('daniel').put(`/api/families/${F}/recovery-plan/items/${worry.id}`, {
      version: worry.version,
      content: { ...worry.content, worry: 'VERSION-TWO about the voices' },
    });
    const forDaniel = (await as('daniel').get(`/api/families/${F}/recovery-plan/compare?from=${number}&to=${number + 1}`)).json();
    expect(forDaniel.changes.map((ch: { itemId: string }) => ch.itemId)).toContain(id(520));
    const forHelen = await as('helen').get(`/api/families/${F}/recovery-plan/compare?from=${number}&to=${number + 1}`);
    expect(forHelen.statusCode).toBe(200);
    for (const hidden of MENTAL_HEALTH) expect(forHelen.json().changes.map((ch: { itemId: string }) => ch.itemId)).not.toContain(hidden);
    expect(forHelen.json().hiddenItems).toBeGreaterThan(0);
    expect(forHelen.body).not.toContain('VERSION-TWO');
  });

  it('an explanation’s sections carry a category too: the school does not read what Jamie is told about his mum’s illness', async () => {
    const explanation = (who: string) =>
      as(who)
        .get(`/api/families/${F}/plans`)
        .then((r) => r.json().documents.find((d: { id: string }) => d.id === DEMO_PLAN_IDS.jamieExplanation));
    const helen = await explanation('helen');
    const keys = helen.sections.map((s: { key: string }) => s.key);
    expect(keys).toContain('talk_to');
    expect(keys).not.toContain('what_about');
    expect(helen.hiddenSections).toBeGreaterThan(0);
    expect(JSON.stringify(helen)).not.toContain('hear voices');
    const daniel = await explanation('daniel');
    expect(daniel.sections.map((s: { key: string }) => s.key)).toContain('what_about');
    expect(daniel.hiddenSections).toBe(0);
    // Jamie reads all of his own explanation: the family's access is unchanged.
    const jamie = (await as('jamie').get(`/api/families/${F}/plans`)).json().documents[0];
    expect(jamie.sections.map((s: { key: string }) => s.key)).toContain('what_about');
  });
});

describe('finding 7: emergency access does not reach the children’s own words', () => {
  it('Mark, not on the team, breaks the glass and reads the family but none of the children’s words; the team still does', async () => {
    const teamWords = (await as('priya').get(`/api/families/${F}/child-words`)).json().words.map((w: { id: string }) => w.id);
    expect(teamWords).toEqual(expect.arrayContaining([id(590), id(591)]));
    const granted = await as('mark').post('/api/emergency-access', {
      familyIds: [F],
      reason: 'Marie was found unwell at the clinic.',
      code: currentTotp(secret('mark')),
    });
    expect(granted.statusCode).toBe(201);
    expect((await as('mark').get(`/api/families/${F}`)).statusCode).toBe(200);
    const words = await as('mark').get(`/api/families/${F}/child-words`);
    expect(words.statusCode).toBe(200);
    expect(words.json().words).toEqual([]);
    for (const url of [
      `/api/families/${F}/child-words`,
      `/api/families/${F}/plans`,
      `/api/families/${F}/recovery-plan`,
      `/api/families/${F}`,
    ]) {
      const body = (await as('mark').get(url)).body;
      expect(body, url).not.toContain('Biscuit');
      expect(body, url).not.toContain('stays in bed all day and I don’t know');
    }
  });
});

describe('finding 19: contingency plans are started and written by the key workers and the parents', () => {
  it('a worker who is not a key worker is told who can start one, and nothing is made; a key worker starts and reads it', async () => {
    const child = await as('priya').post(`/api/families/${F}/people`, {
      kind: 'child',
      fullName: 'Baby Dubois',
      dateOfBirth: '2026-01-05',
    });
    expect(child.statusCode).toBe(201);
    const childId = child.json().id as string;
    const tomDocs = (await as('tom').get(`/api/families/${F}/plans`)).json();
    expect(tomDocs.canStart.some((s: { kind: string; personId: string }) => s.kind === 'contingency' && s.personId === childId)).toBe(
      false,
    );
    expect(tomDocs.canStart.some((s: { kind: string; personId: string }) => s.kind === 'explanation' && s.personId === childId)).toBe(true);

    const byTom = await as('tom').post(`/api/families/${F}/plans`, { kind: 'contingency', personId: childId });
    expect(byTom.statusCode).toBe(403);
    expect(byTom.json().message).toContain('Daniel Okafor');
    expect(byTom.json().message).toContain('Priya Shah');
    const made = await t.database.asOwner('SELECT count(*)::int AS n FROM plan_documents WHERE person_id = $1', [childId]);
    expect(made.rows[0].n).toBe(0);
    // The same answer for a plan that already exists: not a 404 for something he asked to make.
    expect((await as('tom').post(`/api/families/${F}/plans`, { kind: 'contingency', personId: JAMIE })).statusCode).toBe(403);

    const byPriya = await as('priya').post(`/api/families/${F}/plans`, { kind: 'contingency', personId: childId });
    expect(byPriya.statusCode).toBe(201);
    expect(byPriya.json().can.write).toBe(true);
    const docId = byPriya.json().id as string;
    const read = (await as('priya').get(`/api/families/${F}/plans`)).json();
    expect(read.documents.some((d: { id: string }) => d.id === docId)).toBe(true);
    // Tom still cannot write it (it was not shared with him): the same plain answer as for starting.
    const write = await as('tom').put(`/api/families/${F}/plans/${docId}/sections/routine`, { version: 0, text: 'x' });
    expect(write.statusCode).toBe(404);
    // An explanation is different: any worker on the team may start one, and reads what they started.
    expect((await as('tom').post(`/api/families/${F}/plans`, { kind: 'explanation', personId: childId })).statusCode).toBe(201);
  });

  it('a worker the parent shared a contingency plan with reads it but does not write it', async () => {
    const share = await as('marie').put(`/api/families/${F}/plan-shares`, {
      documentKind: 'contingency',
      documentId: DEMO_PLAN_IDS.jamieContingency,
      sectionKey: null,
      recipientStaffId: id(24),
      shared: true,
    });
    expect(share.statusCode).toBe(200);
    const doc = (await as('tom').get(`/api/families/${F}/plans`))
      .json()
      .documents.find((d: { id: string }) => d.id === DEMO_PLAN_IDS.jamieContingency);
    expect(doc.sections.length).toBeGreaterThan(0);
    expect(doc.can.write).toBe(false);
    const routine = doc.sections.find((s: { key: string }) => s.key === 'routine');
    const write = await as('tom').put(`/api/families/${F}/plans/${doc.id}/sections/routine`, { version: routine.version, text: 'TOM' });
    expect(write.statusCode).toBe(403);
    expect(write.json().message).toContain('key workers');
  });
});
