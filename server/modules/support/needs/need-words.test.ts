// The respectful-language check on needs and support (issue 16 §1), path by path: a worker's words the family reads are
// refused with 400 `words_to_check` naming the field (nothing saved), saved when kept as written with a reason (one
// confirmation, with the version the save made), saved with no confirmation when clean; the family's own words never checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let c: Record<'marie' | 'daniel' | 'tom', TestClient>;
let P: Record<string, string> = {};

type Res = Awaited<ReturnType<TestClient['post']>>;
type Keep = { reason: string } | undefined;
type Subject = { kind: string; id: string; version: number };
type SupportBody = { id: string; kind: string; description: string; version: number; referral: { sentText: string } | null };
type NeedBody = { id: string; version: number; words: string; supports: SupportBody[] };

const rows = async (q: string, params: unknown[] = []) => (await t.database.asOwner(q, params)).rows;
const kept = (s: { kind: string; id: string }) =>
  rows('SELECT version, reason, findings FROM kept_as_written WHERE subject_kind = $1 AND subject_id = $2 ORDER BY version', [
    s.kind,
    s.id,
  ]);
const keptCount = async () => Number((await rows('SELECT count(*) AS n FROM kept_as_written'))[0].n);
const stored = async (table: string, column: string, tag: string) =>
  Number((await rows(`SELECT count(*) AS n FROM ${table} WHERE ${column} LIKE $1`, [`%(${tag})%`]))[0].n) > 0;

/** Words the check finds (a judgemental label), and words that describe what happened instead; each run has its own tag. */
const flagged = (tag: string) => `Marie is non-compliant with the debt advice plan (${tag})`;
const clean = (tag: string) => `Marie has missed two debt advice calls; the calls came while she was on the school run (${tag})`;
const KEEP = { reason: 'Marie chose these words herself when we wrote this together' };

const need = (over: Record<string, unknown> = {}) => ({
  personId: P.marie,
  domain: 'money',
  words: 'Help with the gas bill',
  importance: 'a_lot',
  ...over,
});
const ok = (res: Res) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as NeedBody;
};
/** A need Marie wrote herself, for the worker's support and referrals to hang on. */
const mariesNeed = async (words = 'Help with the gas bill') => ok(await c.marie.post('/api/portal/needs', need({ words })));
/** A clean need Daniel wrote with Marie, for his edits. */
const danielsNeed = async () =>
  ok(await c.daniel.post(`/api/families/${F}/needs`, need({ domain: 'mental_health', words: 'Someone to talk to in the evenings' })));
const referral = (text: string, keep: Keep) => ({
  serviceId: 'test-debt-advice',
  sharedCategories: [],
  sentText: text,
  agreedHow: 'in_person',
  keepAsWritten: keep,
});
const supportBy = (res: Res, pick: (s: SupportBody) => boolean) => (res.json() as NeedBody).supports.find(pick)?.id ?? 'missing';

beforeAll(async () => {
  t = await createTestApp();
  const names = ['marie', 'daniel', 'tom'] as const;
  c = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await t.signIn(n)]))) as typeof c;
  const people = (await rows('SELECT id, preferred_name FROM people WHERE family_id = $1', [F])) as {
    id: string;
    preferred_name: string;
  }[];
  P = Object.fromEntries(people.map((p) => [p.preferred_name.toLowerCase(), p.id]));
  // Two services of our own, whatever the demo's directory holds: one a worker refers to, one that takes self-referrals.
  await t.database.asOwner("INSERT INTO directory_organisations (id, name) VALUES ('test-org', 'Northgate Advice Trust')");
  await t.database.asOwner(
    `INSERT INTO directory_services (id, organisation_id, name, self_referral) VALUES
      ('test-debt-advice', 'test-org', 'Northgate Money Advice', false), ('test-pantry', 'test-org', 'Community Pantry', true)`,
  );
}, 180_000);
afterAll(async () => t?.close());

/** One path a worker writes the family's words through: how to save, where the words land, what the confirmation is kept against. */
type Path = {
  name: string;
  field: string;
  save: (text: string, keep: Keep) => Promise<Res>;
  stored: (tag: string) => Promise<boolean>;
  subject: (res: Res, text: string) => Subject;
};

/** The referral the declined step is set on (a declined referral cannot move again, so each run has its own). */
let referralId = '';

const PATHS: Path[] = [
  {
    name: 'a need a worker writes down with Marie',
    field: 'words',
    save: (text, keep) => c.daniel.post(`/api/families/${F}/needs`, need({ domain: 'mental_health', words: text, keepAsWritten: keep })),
    stored: (tag) => stored('needs', 'words', tag),
    subject: (res) => ({ kind: 'need', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'the support a worker writes that Marie wants',
    field: 'supportWanted',
    save: (text, keep) =>
      c.daniel.post(
        `/api/families/${F}/needs`,
        need({ domain: 'mental_health', words: 'A night-time listener', supportWanted: text, keepAsWritten: keep }),
      ),
    stored: (tag) => stored('needs', 'support_wanted', tag),
    subject: (res) => ({ kind: 'need', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'a worker’s edit of the words of a need they wrote',
    field: 'words',
    save: async (text, keep) => {
      const mine = await danielsNeed();
      return c.daniel.put(`/api/families/${F}/needs/${mine.id}`, {
        domain: 'mental_health',
        words: text,
        importance: 'a_lot',
        status: 'open',
        version: mine.version,
        keepAsWritten: keep,
      });
    },
    stored: (tag) => stored('needs', 'words', tag),
    subject: (res) => ({ kind: 'need', id: res.json().id, version: res.json().version }),
  },
  {
    name: 'support a worker offers',
    field: 'description',
    save: async (text, keep) => {
      const hers = await mariesNeed();
      return c.tom.post(`/api/families/${F}/needs/${hers.id}/supports`, { description: text, keepAsWritten: keep });
    },
    stored: (tag) => stored('need_supports', 'description', tag),
    subject: (res, text) => ({ kind: 'need_support', id: supportBy(res, (s) => s.description === text), version: 1 }),
  },
  {
    name: 'what a worker sends with a referral',
    field: 'sentText',
    save: async (text, keep) => {
      const hers = await mariesNeed();
      return c.tom.post(`/api/families/${F}/needs/${hers.id}/referrals`, referral(text, keep));
    },
    stored: (tag) => stored('need_supports', 'sent_text', tag),
    subject: (res, text) => ({ kind: 'need_support', id: supportBy(res, (s) => s.referral?.sentText === text), version: 1 }),
  },
  {
    name: 'a worker’s reason a referral was declined',
    field: 'reason',
    save: async (text, keep) => {
      const hers = await mariesNeed();
      const sent = await c.tom.post(
        `/api/families/${F}/needs/${hers.id}/referrals`,
        referral('Marie would like help with her debts.', undefined),
      );
      referralId = supportBy(sent, (s) => s.kind === 'referral');
      return c.tom.post(`/api/families/${F}/referrals/${referralId}/status`, {
        status: 'declined',
        statusOn: new Date().toISOString().slice(0, 10),
        reason: text,
        version: 1,
        keepAsWritten: keep,
      });
    },
    stored: (tag) => stored('referral_status_changes', 'reason', tag),
    subject: () => ({ kind: 'need_support', id: referralId, version: 2 }),
  },
];

describe.each(PATHS)('$name', (path) => {
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
    const subject = path.subject(res, text);
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
    expect(await kept(path.subject(res, text))).toHaveLength(0);
    expect(await keptCount()).toBe(before);
  });
});

describe('edits kept as written', () => {
  it('a need a worker edits twice with kept words has a confirmation for each version it made', async () => {
    const mine = await danielsNeed();
    const edit = { domain: 'mental_health', importance: 'a_lot', status: 'open' };
    const one = ok(
      await c.daniel.put(`/api/families/${F}/needs/${mine.id}`, {
        ...edit,
        words: flagged('need one'),
        version: mine.version,
        keepAsWritten: KEEP,
      }),
    );
    const two = ok(
      await c.daniel.put(`/api/families/${F}/needs/${mine.id}`, {
        ...edit,
        words: one.words,
        supportWanted: 'Someone from the crisis team she already knows; she is hostile to new faces',
        version: one.version,
        keepAsWritten: { reason: 'Marie’s own description of how she is with strangers' },
      }),
    );
    const found = await kept({ kind: 'need', id: mine.id });
    expect(found.map((r) => r.version)).toEqual([one.version, two.version]);
    expect(two.version).toBe(mine.version + 2);
    // The second save changed only what she wants: its confirmation is for those words, not the ones kept before.
    const findings = typeof found[1].findings === 'string' ? JSON.parse(found[1].findings) : found[1].findings;
    expect(findings).toEqual([expect.objectContaining({ field: 'supportWanted', entryId: 'hostile' })]);
  });
});

describe('the family’s own words are never checked', () => {
  it('Marie writes the same words in her need, what she wants, an edit, support she found and her own referral', async () => {
    const before = await keptCount();
    const hers = ok(
      await c.marie.post('/api/portal/needs', need({ words: flagged('marie need'), supportWanted: flagged('marie wants') }), {
        'idempotency-key': 'marie-words-need-1',
      }),
    );
    const edited = ok(
      await c.marie.put(`/api/portal/needs/${hers.id}`, {
        domain: 'money',
        words: `${flagged('marie edit')}, and chaotic with post`,
        importance: 'a_lot',
        status: 'open',
        version: hers.version,
      }),
    );
    ok(await c.marie.post(`/api/portal/needs/${hers.id}/supports`, { description: flagged('marie found') }));
    ok(
      await c.marie.post(
        `/api/portal/needs/${hers.id}/referrals`,
        { serviceId: 'test-pantry', sharedCategories: [], sentText: flagged('marie self-referral') },
        { 'idempotency-key': 'marie-words-referral-1' },
      ),
    );
    expect(edited.words).toContain('chaotic');
    expect(await keptCount()).toBe(before);
  });

  it('a key worker who only says whether her need is still needed is not asked to confirm her words', async () => {
    const hers = await mariesNeed(flagged('marie need met'));
    const met = ok(
      await c.daniel.put(`/api/families/${F}/needs/${hers.id}`, {
        domain: 'money',
        words: hers.words,
        importance: 'a_lot',
        status: 'met',
        version: hers.version,
      }),
    );
    expect(met.version).toBe(hers.version + 1);
    expect(await kept({ kind: 'need', id: hers.id })).toHaveLength(0);
  });
});
