// The respectful-language check on the plans (issue 16 §1), path by path: a worker's words the family reads are refused
// with 400 `words_to_check` naming the field (nothing saved), saved when kept as written with a reason (one confirmation,
// with the version the save made), saved with no confirmation when clean; a parent's own words are never checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { sectionSubjectId } from './documents/section-subject.ts';

const F = DEMO_IDS.mariesFamily;
const PLAN = DEMO_PLAN_IDS.recoveryPlan;
const W = DEMO_PLAN_IDS.marieWellness;
let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'marie']) c[u] = await t.signIn(u);
}, 180_000);
afterAll(() => t?.close());

type Res = Awaited<ReturnType<TestClient['post']>>;
type Keep = { reason: string } | undefined;
type Subject = { kind: string; id: string; version: number };

const rows = async (q: string, params: unknown[] = []) => (await t.database.asOwner(q, params)).rows;
const kept = (s: { kind: string; id: string }) =>
  rows('SELECT version, reason, findings FROM kept_as_written WHERE subject_kind = $1 AND subject_id = $2 ORDER BY version', [
    s.kind,
    s.id,
  ]);
const keptCount = async () => Number((await rows('SELECT count(*) AS n FROM kept_as_written'))[0].n);

/** Words the check finds (a judgemental label), and words that describe what happened instead; each run has its own tag. */
const flagged = (tag: string) => `Marie is non-compliant with her medication (${tag})`;
const clean = (tag: string) => `Marie has not taken her tablets this week; she says they make her too sleepy (${tag})`;
const KEEP = { reason: 'These are the words of the hospital letter Marie asked us to quote' };

const worry = (text: string) => ({
  whoIsWorried: 'Priya and Daniel',
  worry: text,
  impactOnChild: 'Jamie and Clare may get themselves to school on their own.',
  safetyGoal: {
    parentWillBeDoing: 'Taking the tablets that suit her',
    childWillExperience: 'Breakfast with mum',
    professionalsWillSee: 'The children at school on time',
    forHowLong: 'Three months',
  },
});
const stored = async (table: string, column: string, tag: string) =>
  Number((await rows(`SELECT count(*) AS n FROM ${table} WHERE ${column}::text LIKE $1`, [`%(${tag})%`]))[0].n) > 0;

type Doc = { id: string; sections: { key: string; version: number }[]; suggestions: { id: string; text: string }[] };
const sectionVersion = async (who: string, docId: string, key: string) => {
  const docs = (await as(who).get(`/api/families/${F}/plans`)).json().documents as Doc[];
  return docs.find((d) => d.id === docId)?.sections.find((s) => s.key === key)?.version ?? 0;
};
const writeSection = async (who: string, docId: string, key: string, text: string, keep: Keep) =>
  as(who).put(`/api/families/${F}/plans/${docId}/sections/${key}`, {
    version: await sectionVersion(who, docId, key),
    text,
    keepAsWritten: keep,
  });
const workingVersion = async () => (await as('daniel').get(`/api/families/${F}/recovery-plan`)).json().plan.workingVersion as number;

/** One path a worker writes the family's words through: how to save, where the words land, what the confirmation is kept against. */
type Path = {
  name: string;
  field: string;
  save: (text: string, keep: Keep) => Promise<Res>;
  stored: (tag: string) => Promise<boolean>;
  /** What the confirmation is kept against, from the answer to the save of `text`. */
  subject: (res: Res, text: string) => Promise<Subject>;
};

/** A clean worry of the worker's, for the edits. */
let worryId = '';
const newWorry = async () => {
  const res = await as('priya').post(`/api/families/${F}/recovery-plan/items`, { kind: 'worry', content: worry(clean('edit-base')) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; content: Record<string, unknown> };
};

const PATHS: Path[] = [
  {
    name: 'a worry in the recovery plan',
    field: 'content.worry',
    save: (text, keep) =>
      as('priya').post(`/api/families/${F}/recovery-plan/items`, { kind: 'worry', content: worry(text), keepAsWritten: keep }),
    stored: (tag) => stored('recovery_plan_items', 'content', tag),
    subject: async (res) => ({ kind: 'plan_item', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'a safety goal in a worry',
    field: 'content.safetyGoal.parentWillBeDoing',
    save: (text, keep) =>
      as('priya').post(`/api/families/${F}/recovery-plan/items`, {
        kind: 'worry',
        content: {
          ...worry('The children are late for school most days'),
          safetyGoal: { ...worry('x').safetyGoal, parentWillBeDoing: text },
        },
        keepAsWritten: keep,
      }),
    stored: (tag) => stored('recovery_plan_items', 'content', tag),
    subject: async (res) => ({ kind: 'plan_item', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'an action',
    field: 'content.what',
    save: (text, keep) =>
      as('daniel').post(`/api/families/${F}/recovery-plan/items`, {
        kind: 'action',
        content: { what: text, who: 'Daniel', byWhen: '2027-03-01' },
        keepAsWritten: keep,
      }),
    stored: (tag) => stored('recovery_plan_items', 'content', tag),
    subject: async (res) => ({ kind: 'plan_item', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'a strength written by a worker',
    field: 'content.text',
    save: (text, keep) =>
      as('daniel').post(`/api/families/${F}/recovery-plan/items`, { kind: 'strength', content: { text }, keepAsWritten: keep }),
    stored: (tag) => stored('recovery_plan_items', 'content', tag),
    subject: async (res) => ({ kind: 'plan_item', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'an edit of a worry',
    field: 'content.worry',
    save: async (text, keep) => {
      const item = await newWorry();
      worryId = item.id;
      return as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
        version: item.version,
        content: { ...item.content, worry: text },
        keepAsWritten: keep,
      });
    },
    // The refused edit leaves the clean worry it started from.
    stored: (tag) => stored('recovery_plan_items', 'content', tag),
    subject: async (res) => ({ kind: 'plan_item', id: worryId, version: res.json().version }),
  },
  {
    name: 'a section of Jamie’s contingency plan',
    field: 'text',
    save: (text, keep) => writeSection('priya', DEMO_PLAN_IDS.jamieContingency, 'agencies', text, keep),
    stored: (tag) => stored('plan_document_sections', 'text', tag),
    subject: async (res) => ({
      kind: 'child_plan',
      id: sectionSubjectId(DEMO_PLAN_IDS.jamieContingency, 'agencies'),
      version: res.json().sections.find((s: { key: string }) => s.key === 'agencies').version,
    }),
  },
  {
    name: 'a section of the explanation for Jamie',
    field: 'text',
    save: (text, keep) => writeSection('daniel', DEMO_PLAN_IDS.jamieExplanation, 'happening_now', text, keep),
    stored: (tag) => stored('plan_document_sections', 'text', tag),
    subject: async (res) => ({
      kind: 'child_plan',
      id: sectionSubjectId(DEMO_PLAN_IDS.jamieExplanation, 'happening_now'),
      version: res.json().sections.find((s: { key: string }) => s.key === 'happening_now').version,
    }),
  },
  {
    name: 'a suggestion for Marie’s wellness and crisis plan',
    field: 'text',
    save: (text, keep) => as('priya').post(`/api/families/${F}/plans/${W}/suggestions`, { sectionKey: 'daily', text, keepAsWritten: keep }),
    stored: (tag) => stored('plan_suggestions', 'text', tag),
    subject: async (res, text) => {
      const mine = (res.json() as Doc).suggestions.find((s) => s.text === text);
      return { kind: 'crisis_plan', id: mine?.id ?? 'missing', version: 1 };
    },
  },
  {
    name: 'a review note',
    field: 'note',
    save: async (text, keep) => {
      reviewed = await workingVersion();
      return as('daniel').post(`/api/families/${F}/recovery-plan/reviews`, { note: text, nextReviewOn: '2030-02-01', keepAsWritten: keep });
    },
    stored: (tag) => stored('recovery_plan_versions', 'review_note', tag),
    subject: async () => ({ kind: 'plan_item', id: PLAN, version: reviewed }),
  },
  {
    name: 'a worker’s reason for starting Marie’s crisis plan',
    field: 'reason',
    save: async (text, keep) => {
      const res = await as('daniel').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: text, keepAsWritten: keep });
      // Ended again at once, so that the next row can start it afresh.
      if (res.statusCode === 201 || res.statusCode === 200)
        expect((await as('daniel').post(`/api/families/${F}/plans/${W}/crisis/end`)).statusCode).toBe(200);
      return res;
    },
    stored: (tag) => stored('crisis_activations', 'start_reason', tag),
    subject: async (res) => ({ kind: 'crisis_plan', id: res.json().use.id, version: 1 }),
  },
];
/** The version a review froze (the working version before it). */
let reviewed = 0;

describe.each(PATHS)('$name, written by a worker', (path) => {
  it('with “non-compliant” and no keep-as-written: 400 words_to_check naming the field, nothing saved', async () => {
    const before = await keptCount();
    const res = await path.save(flagged(`${path.name} unconfirmed`), undefined);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toBe('words_to_check');
    expect(res.json().message).toContain('“non-compliant”');
    expect(Object.keys(res.json().fields)).toEqual([path.field]);
    expect(res.json().fields[path.field]).toMatch(/^“non-compliant”: Say what was agreed/);
    expect(res.json().findings).toEqual([expect.objectContaining({ field: path.field, entryId: 'non-compliant', kind: 'judgement' })]);
    expect(await path.stored(`${path.name} unconfirmed`)).toBe(false);
    expect(await keptCount()).toBe(before);
  });

  it('kept as written with a reason: saved, with exactly one confirmation beside the version it made', async () => {
    const text = flagged(`${path.name} kept`);
    const res = await path.save(text, KEEP);
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await path.stored(`${path.name} kept`)).toBe(true);
    const subject = await path.subject(res, text);
    const found = await kept(subject);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ version: subject.version, reason: KEEP.reason });
    const findings = typeof found[0].findings === 'string' ? JSON.parse(found[0].findings) : found[0].findings;
    expect(findings).toEqual([{ field: path.field, entryId: 'non-compliant', kind: 'judgement', found: 'non-compliant' }]);
  });

  it('clean words: saved, with no confirmation', async () => {
    const before = await keptCount();
    const text = clean(`${path.name} clean`);
    const res = await path.save(text, undefined);
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await path.stored(`${path.name} clean`)).toBe(true);
    // A section or the plan's reviews may carry a confirmation of an earlier version; none with the version this save made.
    const subject = await path.subject(res, text);
    expect((await kept(subject)).filter((r) => r.version === subject.version)).toHaveLength(0);
    expect(await keptCount()).toBe(before);
  });
});

describe('edits kept as written', () => {
  it('a worry edited twice with kept words has a confirmation for each version it made', async () => {
    const item = await newWorry();
    const one = await as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
      version: item.version,
      content: { ...item.content, worry: flagged('edit one') },
      keepAsWritten: KEEP,
    });
    expect(one.statusCode, one.body).toBe(200);
    const two = await as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
      version: one.json().version,
      content: { ...one.json().content, worry: `${flagged('edit two')} and hostile`, impactOnChild: 'Clare may miss her dance class' },
      keepAsWritten: { reason: 'Marie asked for her own description to stay' },
    });
    expect(two.statusCode, two.body).toBe(200);
    const found = await kept({ kind: 'plan_item', id: item.id });
    expect(found.map((r) => r.version)).toEqual([item.version + 1, item.version + 2]);
    expect(found[1].reason).toBe('Marie asked for her own description to stay');
  });

  it('a worker changing other words leaves kept words already confirmed alone; words she changes are checked', async () => {
    const item = await newWorry();
    const first = await as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
      version: item.version,
      content: { ...item.content, worry: flagged('left alone') },
      keepAsWritten: KEEP,
    });
    expect(first.statusCode, first.body).toBe(200);
    const other = await as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
      version: first.json().version,
      content: { ...first.json().content, impactOnChild: 'Jamie may be late for school' },
    });
    expect(other.statusCode, other.body).toBe(200);
    const changed = await as('priya').put(`/api/families/${F}/recovery-plan/items/${item.id}`, {
      version: other.json().version,
      content: { ...other.json().content, impactOnChild: 'Jamie may be late; Marie is chaotic in the mornings' },
    });
    expect(changed.statusCode, changed.body).toBe(400);
    expect(Object.keys(changed.json().fields)).toEqual(['content.impactOnChild']);
    expect((await kept({ kind: 'plan_item', id: item.id })).map((r) => r.version)).toEqual([item.version + 1]);
  });

  it('a section of a child’s plan edited with kept words: a confirmation with the new version', async () => {
    const doc = DEMO_PLAN_IDS.jamieExplanation;
    const first = await writeSection('daniel', doc, 'next', clean('section first'), undefined);
    expect(first.statusCode, first.body).toBe(200);
    const v1 = first.json().sections.find((s: { key: string }) => s.key === 'next').version as number;
    const second = await writeSection('daniel', doc, 'next', flagged('section second'), KEEP);
    expect(second.statusCode, second.body).toBe(200);
    expect(await kept({ kind: 'child_plan', id: sectionSubjectId(doc, 'next') })).toEqual([
      expect.objectContaining({ version: v1 + 1, reason: KEEP.reason }),
    ]);
  });
});

describe('a parent’s own words are never checked', () => {
  it('Marie writes the same words in her goal, her view of a worry, Clare’s contingency plan, her own plan and her crisis start', async () => {
    const before = await keptCount();
    const goal = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'parent_goal',
      content: { words: flagged('marie goal') },
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const plan = (await as('marie').get(`/api/families/${F}/recovery-plan`)).json().plan;
    const theWorry = plan.items.find((i: { kind: string }) => i.kind === 'worry');
    const view = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'family_view',
      worryId: theWorry.id,
      content: { view: flagged('marie view'), agrees: 'partly' },
    });
    expect(view.statusCode, view.body).toBe(201);
    const edited = await as('marie').put(`/api/families/${F}/recovery-plan/items/${goal.json().id}`, {
      version: goal.json().version,
      content: { words: `${flagged('marie goal edited')}, and in denial` },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const contingency = await writeSection('marie', DEMO_PLAN_IDS.clareContingency, 'routine', flagged('marie contingency'), undefined);
    expect(contingency.statusCode, contingency.body).toBe(200);
    const own = await writeSection('marie', W, 'daily', flagged('marie wellness'), undefined);
    expect(own.statusCode, own.body).toBe(200);
    const started = await as('marie').post(`/api/families/${F}/plans/${W}/crisis/start`, { reason: flagged('marie crisis') });
    expect(started.statusCode, started.body).toBe(201);
    expect((await as('marie').post(`/api/families/${F}/plans/${W}/crisis/end`)).statusCode).toBe(200);
    expect(await keptCount()).toBe(before);
  });

  it('a worker who leaves the parent’s words as they were is not asked to confirm them', async () => {
    const strength = await as('marie').post(`/api/families/${F}/recovery-plan/items`, {
      kind: 'strength',
      content: { text: flagged('marie strength'), isSafety: false },
    });
    expect(strength.statusCode, strength.body).toBe(201);
    // Daniel marks it as something that already keeps the children safe: the words are Marie's, unchanged.
    const marked = await as('daniel').put(`/api/families/${F}/recovery-plan/items/${strength.json().id}`, {
      version: strength.json().version,
      content: { ...strength.json().content, isSafety: true },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().content.isSafety).toBe(true);
    expect(await kept({ kind: 'plan_item', id: strength.json().id })).toHaveLength(0);
  });
});
