// Statements compiled once (server/db/compiled-once.ts) never carry one caller's values to another: for each of them,
// callers of different families, staff and kinds of family member ask in alternation through the same process, and each
// gets exactly its own answer, the same every round. The check mode (every call built afresh and compared) is on here.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompiled } from '../db/compiled-once.ts';
import { newId } from '../db/ids.ts';
import { listFamiliesForStaff, withFamilyParts } from '../modules/families/families.repo.ts';
import { recordsRepo } from '../modules/records/index.ts';
import { DEMO_IDS } from '../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import type { FamilyMemberActor, ProfessionalActor } from './actor.ts';
import { scopeFor } from './scope.ts';
import { findFamily } from './visible-family.ts';

const MARIES = DEMO_IDS.mariesFamily;
const HUGHES = DEMO_IDS.hughesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const JAMIE = '00000000-0000-7000-8000-000000000102';
const CLIVE = '00000000-0000-7000-8000-000000000104';
const CLARE = '00000000-0000-7000-8000-000000000103';
const DAWN = '00000000-0000-7000-8000-000000000201';
const LILY = '00000000-0000-7000-8000-000000000202';
/** Two children's services practitioners: one on Marie's team (demo), one put on the Hughes' team below. */
const ON_MARIES = '00000000-0000-7000-8000-000000000023';
const ON_HUGHES = '00000000-0000-7000-8000-000000000031';
const COUNCIL = DEMO_IDS.council;
/** Marie's own entries beyond one page (20), so her record has a second page. */
const MARIES_MANY = 23;

type Json = Record<string, unknown> & { entries?: { text: string | null; id: string }[] };

let t: TestApp;
const clients = new Map<string, TestClient>();
/** The demo persona's signed-in client. */
const as = (who: string): TestClient => {
  const c = clients.get(who);
  if (!c) throw new Error(`${who} is not signed in`);
  return c;
};
const ROUNDS = 3;

/** Each call in `calls` made ROUNDS times, the callers taking turns; the answers of round 1 compared with every later one. */
async function alternate<K extends string, A>(calls: Record<K, () => Promise<A>>): Promise<Record<K, A>> {
  const first = {} as Record<K, A>;
  for (let round = 0; round < ROUNDS; round++) {
    // The order changes each round, so each caller follows a different one.
    const names = Object.keys(calls) as K[];
    const order = round % 2 ? names.reverse() : names;
    for (const name of order) {
      const answer = await calls[name]();
      if (round === 0) first[name] = answer;
      else expect(answer, `${name}, round ${round + 1}`).toEqual(first[name]);
    }
  }
  return first;
}

const get = (who: string, url: string) => async () => {
  const r = await as(who).get(url);
  return { status: r.statusCode, body: r.statusCode === 200 ? (r.json() as Json) : null };
};
/** One answer by name, which must be there. */
function at<A>(answers: Record<string, A>, name: string): A {
  if (!(name in answers)) throw new Error(`no answer for ${name}`);
  return answers[name] as A;
}
const texts = (body: Json | null) => (body?.entries ?? []).map((e) => e.text ?? '(withheld)');

beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['daniel', 'mark', 'olu', 'marie', 'jamie', 'clive', 'patricia']) clients.set(who, await t.signIn(who));
  const entry = (text: string, category: string, about: string[], minutesAgo: number) => ({
    kind: 'home_visit',
    occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    category,
    text,
    presentPersonIds: about,
    aboutPersonIds: about,
  });
  const written = [
    entry('Zebra-jamie football at school.', 'general', [JAMIE], 1),
    entry('Zebra-marie mental health talk.', 'mental_health', [MARIE], 2),
    entry('Zebra-clive came to the meeting.', 'general', [CLIVE], 3),
    ...Array.from({ length: MARIES_MANY }, (_, i) => entry(`Filler-${i} visit with Marie.`, 'general', [MARIE], 10 + i)),
  ];
  for (const body of written) expect((await as('daniel').post(`/api/families/${MARIES}/entries`, body)).statusCode).toBe(201);
});
afterAll(() => t?.close());

describe('statements compiled once, callers in alternation', () => {
  it('checks every call against a fresh build in this worker, and that check catches a value that bypasses the placeholders', async () => {
    expect(process.env.UMBRELLA_CHECK_COMPILED).toBe('1');
    let outside = 'first';
    // A build that reads a value from outside `values`: the first call's value would stay in the statement.
    const leaky = () =>
      runCompiled(t.database.db, 'policy test: a leaky build', {}, () => t.database.db.selectNoFrom(sql<string>`${outside}::text`.as('v')));
    expect(await leaky()).toEqual([{ v: 'first' }]);
    outside = 'second';
    await expect(leaky()).rejects.toThrow(/binds other values than a fresh build/);
  });

  it('the session lookup: each session finds its own account', async () => {
    const who = ['daniel', 'mark', 'marie', 'jamie', 'clive', 'patricia'];
    const answers = await alternate(Object.fromEntries(who.map((w) => [w, get(w, '/api/session')])));
    const ids = who.map((w) => {
      const me = (at(answers, w).body as { me: { accountId: string; name: string } }).me;
      expect(me.name.toLowerCase().split(' ')[0], w).toBe(w);
      return me.accountId;
    });
    expect(new Set(ids).size).toBe(who.length);
  });

  it("the professional's list: each sees only the families whose team they are on", async () => {
    const answers = await alternate({
      daniel: get('daniel', '/api/families'),
      mark: get('mark', '/api/families'),
      olu: get('olu', '/api/families'),
    });
    const ids = (w: 'daniel' | 'mark' | 'olu') => ((answers[w].body as { families: { id: string }[] }).families ?? []).map((f) => f.id);
    expect(ids('daniel')).toEqual([MARIES]);
    expect(ids('mark')).toEqual([HUGHES]);
    expect(ids('olu')).toEqual([]);
  });

  it("the family and its parts: each professional opens their own family and not the other's", async () => {
    const answers = await alternate({
      'daniel, Marie’s': get('daniel', `/api/families/${MARIES}`),
      'mark, Marie’s': get('mark', `/api/families/${MARIES}`),
      'mark, the Hughes’': get('mark', `/api/families/${HUGHES}`),
      'daniel, the Hughes’': get('daniel', `/api/families/${HUGHES}`),
      'olu, Marie’s': get('olu', `/api/families/${MARIES}`),
    });
    expect(answers['mark, Marie’s'].status).toBe(404);
    expect(answers['daniel, the Hughes’'].status).toBe(404);
    expect(answers['olu, Marie’s'].status).toBe(404);
    const maries = answers['daniel, Marie’s'].body as { id: string; people: { id: string }[] };
    const hughes = answers['mark, the Hughes’'].body as { id: string; people: { id: string }[] };
    expect(maries.id).toBe(MARIES);
    expect(hughes.id).toBe(HUGHES);
    const theirs = new Set(hughes.people.map((p) => p.id));
    expect(maries.people.map((p) => p.id)).toContain(MARIE);
    expect(maries.people.some((p) => theirs.has(p.id))).toBe(false);
  });

  it("the family's own view: each family member opens their family, a professional is refused", async () => {
    const answers = await alternate(
      Object.fromEntries(['marie', 'jamie', 'clive', 'patricia', 'daniel'].map((w) => [w, get(w, '/api/portal/my-family')])),
    );
    for (const w of ['marie', 'jamie', 'clive', 'patricia']) expect((at(answers, w).body as { id: string }).id, w).toBe(MARIES);
    expect(at(answers, 'daniel').status).toBe(403);
  });

  it('My record: the parent, the young person and the other parent each read only what is theirs, with and without a search', async () => {
    const answers = await alternate({
      marie: get('marie', '/api/portal/record'),
      jamie: get('jamie', '/api/portal/record'),
      clive: get('clive', '/api/portal/record'),
      'marie searching': get('marie', '/api/portal/record?q=Zebra'),
      'jamie searching': get('jamie', '/api/portal/record?q=Zebra'),
      'clive searching': get('clive', '/api/portal/record?q=zebra-CLIVE'),
      'marie searching for nothing': get('marie', '/api/portal/record?q=Nowhere-to-be-found'),
    });
    expect(texts(answers.jamie.body)).toEqual(['Zebra-jamie football at school.']);
    expect(texts(answers.clive.body)).toEqual(['Zebra-jamie football at school.', 'Zebra-clive came to the meeting.']);
    expect(texts(answers.marie.body)).toHaveLength(20);
    expect(texts(answers['marie searching'].body)).toEqual([
      'Zebra-jamie football at school.',
      'Zebra-marie mental health talk.',
      'Zebra-clive came to the meeting.',
    ]);
    expect(texts(answers['jamie searching'].body)).toEqual(['Zebra-jamie football at school.']);
    expect(texts(answers['clive searching'].body)).toEqual(['Zebra-clive came to the meeting.']);
    expect(texts(answers['marie searching for nothing'].body)).toEqual([]);
  });

  it('My record after a cursor: each page follows its own cursor, whoever asked just before', async () => {
    const first = await as('marie').get('/api/portal/record');
    const cursor = first.json().nextCursor as string;
    expect(cursor).toBeTruthy();
    const firstIds = new Set((first.json() as Json).entries?.map((e) => e.id));
    const answers = await alternate({
      'marie, page 2': get('marie', `/api/portal/record?cursor=${encodeURIComponent(cursor)}`),
      'jamie, after Marie’s cursor': get('jamie', `/api/portal/record?cursor=${encodeURIComponent(cursor)}`),
      'clive, first page': get('clive', '/api/portal/record'),
      'marie, page 2 searched': get('marie', `/api/portal/record?cursor=${encodeURIComponent(cursor)}&q=Filler`),
      'clive, after Marie’s cursor searched': get('clive', `/api/portal/record?cursor=${encodeURIComponent(cursor)}&q=Filler`),
    });
    // Marie's 26 entries and the demo's own: 20 on the first page, the rest on the second, none twice.
    const second = answers['marie, page 2'].body?.entries ?? [];
    expect(second.length).toBeGreaterThanOrEqual(MARIES_MANY + 3 - 20);
    expect(second.some((e) => firstIds.has(e.id))).toBe(false);
    expect(texts(answers['marie, page 2 searched'].body).every((x) => x.startsWith('Filler-'))).toBe(true);
    expect(texts(answers['marie, page 2 searched'].body).length).toBeGreaterThan(0);
    // The Filler entries are about Marie alone: not Jamie's nor Clive's, whatever cursor they follow.
    expect(texts(answers['jamie, after Marie’s cursor'].body)).toEqual([]);
    expect(texts(answers['clive, after Marie’s cursor searched'].body)).toEqual([]);
    expect(texts(answers['clive, first page'].body)).toEqual(['Zebra-jamie football at school.', 'Zebra-clive came to the meeting.']);
  });
});

// The same statements called from the repositories with callers of the SAME shape (so they share one compiled statement)
// and different values: the case where a value left in the statement would show. The callers are made here, as the session
// would make them; the repositories trust the scope they are given.
const professional = (staffId: string): ProfessionalActor => ({
  kind: 'professional',
  accountId: newId(),
  staffId,
  organisationId: COUNCIL,
  organisationKind: 'childrens_services',
  role: 'practitioner',
  name: staffId,
});
const member = (kind: 'parent' | 'young_person', personId: string, familyId: string): FamilyMemberActor => ({
  kind,
  accountId: newId(),
  personId,
  familyId,
  name: personId,
  language: 'en',
});
const otherParent = (personId: string, familyId: string, childPersonIds: string[]): FamilyMemberActor => ({
  ...member('parent', personId, familyId),
  kind: 'other_parent',
  childPersonIds,
});

describe('statements compiled once, callers of the same shape in alternation (repositories)', () => {
  beforeAll(async () => {
    const db = t.database.db;
    await db
      .insertInto('care_team_members')
      .values({
        id: newId(),
        family_id: HUGHES,
        staff_id: ON_HUGHES,
        team_role: 'childrens_social_worker',
        started_at: new Date(Date.now() - 60_000),
      })
      .execute();
    // One entry in the Hughes family, about Dawn, and one about Lily.
    for (const [text, about] of [
      ['Zebra-dawn visit.', DAWN],
      ['Zebra-lily at school.', LILY],
    ]) {
      const r = await as('mark').post(`/api/families/${HUGHES}/entries`, {
        kind: 'home_visit',
        occurredAt: new Date().toISOString(),
        category: 'general',
        text,
        presentPersonIds: [about],
        aboutPersonIds: [about],
      });
      expect(r.statusCode).toBe(201);
    }
  });

  it("the professional's list: two practitioners of the same agency kind see each their own team's families", async () => {
    const db = t.database.db;
    const list = (staffId: string) => async () =>
      (await listFamiliesForStaff(db, scopeFor(professional(staffId), 'read'), staffId)).map((f) => f.id);
    const answers = await alternate({ maries: list(ON_MARIES), hughes: list(ON_HUGHES) });
    expect(answers.maries).toEqual([MARIES]);
    expect(answers.hughes).toEqual([HUGHES]);
  });

  it('the family alone and with its parts: each practitioner finds their own family only, for reading and for writing', async () => {
    const db = t.database.db;
    const calls: Record<string, () => Promise<unknown>> = {};
    for (const intent of ['read', 'write'] as const)
      for (const [who, staffId] of [
        ['on Marie’s', ON_MARIES],
        ['on the Hughes’', ON_HUGHES],
      ] as const)
        for (const [which, familyId] of [
          ['Marie’s', MARIES],
          ['the Hughes’', HUGHES],
        ] as const) {
          const scope = scopeFor(professional(staffId), intent);
          calls[`${who} ${intent}s ${which} alone`] = async () => (await findFamily(db, scope, familyId))?.id ?? null;
          calls[`${who} ${intent}s ${which} with parts`] = async () => {
            const f = await findFamily(db, scope, familyId, withFamilyParts());
            return f ? { id: f.id, people: (f.people as { id: string }[]).map((p) => p.id).sort() } : null;
          };
        }
    const answers = await alternate(calls);
    for (const [name, answer] of Object.entries(answers)) {
      const mine = name.startsWith('on Marie’s') ? 'Marie’s' : 'the Hughes’';
      const asked = name.includes('s Marie’s ') ? 'Marie’s' : 'the Hughes’';
      if (mine !== asked) expect(answer, name).toBeNull();
      else if (name.endsWith('alone')) expect(answer, name).toBe(asked === 'Marie’s' ? MARIES : HUGHES);
      else expect((answer as { people: string[] }).people, name).toContain(asked === 'Marie’s' ? MARIE : DAWN);
    }
  });

  it('My record: two parents of different families, two young people, two other parents with different children', async () => {
    const db = t.database.db;
    const page =
      (actor: FamilyMemberActor, options: { search?: string } = {}) =>
      async () => {
        const f = await findFamily(db, scopeFor(actor, 'read'), actor.familyId, recordsRepo.withEntriesPage({ limit: 20, ...options }));
        return f ? (f.entries as { text: string | null }[]).map((e) => e.text) : null;
      };
    const answers = await alternate<string, unknown>({
      marie: page(member('parent', MARIE, MARIES), { search: 'Zebra' }),
      dawn: page(member('parent', DAWN, HUGHES), { search: 'Zebra' }),
      'dawn asking for Marie’s family': async () =>
        (await findFamily(db, scopeFor(member('parent', DAWN, HUGHES), 'read'), MARIES, recordsRepo.withEntriesPage({ limit: 20 })))?.id ??
        null,
      jamie: page(member('young_person', JAMIE, MARIES)),
      clare: page(member('young_person', CLARE, MARIES)),
      lily: page(member('young_person', LILY, HUGHES)),
      'clive with Jamie': page(otherParent(CLIVE, MARIES, [JAMIE]), { search: 'Zebra' }),
      'clive with Clare': page(otherParent(CLIVE, MARIES, [CLARE]), { search: 'Zebra' }),
      'clive with no child': page(otherParent(CLIVE, MARIES, []), { search: 'Zebra' }),
    });
    expect(answers.marie).toEqual([
      'Zebra-jamie football at school.',
      'Zebra-marie mental health talk.',
      'Zebra-clive came to the meeting.',
    ]);
    expect([...((answers.dawn as string[] | null) ?? [])].sort()).toEqual(['Zebra-dawn visit.', 'Zebra-lily at school.']);
    expect(answers['dawn asking for Marie’s family']).toBeNull();
    expect(answers.jamie).toEqual(['Zebra-jamie football at school.']);
    expect(answers.clare).toEqual([]);
    expect(answers.lily).toEqual(['Zebra-lily at school.']);
    expect(answers['clive with Jamie']).toEqual(['Zebra-jamie football at school.', 'Zebra-clive came to the meeting.']);
    expect(answers['clive with Clare']).toEqual(['Zebra-clive came to the meeting.']);
    expect(answers['clive with no child']).toEqual(['Zebra-clive came to the meeting.']);
  });
});
