// Changing a family through the API: people and relationships, the "children not yet asked about"
// prompt (P6), confidential addresses in every response, involvement history, the care team, the glossary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
let t: TestApp;
let priya: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  priya = await t.signIn('priya');
});
afterAll(() => t?.close());

const overview = async (c: TestClient = priya) => (await c.get(`/api/families/${F}`)).json();

describe('people, relationships and the dependants prompt', () => {
  it('flags an adult known to adult mental health until their children are recorded or "asked, none" is recorded', async () => {
    const added = await priya.post(`/api/families/${F}/people`, {
      kind: 'other_adult',
      fullName: 'Gran Dubois',
      knownToAdultMentalHealth: true,
    });
    expect(added.statusCode).toBe(201);
    const gran = added.json().id;
    expect((await overview()).childrenNotAskedAbout).toEqual([{ personId: gran, name: 'Gran Dubois' }]);
    expect((await (await t.signIn('daniel')).get('/api/families')).json().families[0].childrenNotAskedAbout).toBe(true);

    const asked = await priya.post(`/api/families/${F}/dependants-asked`, { personId: gran, outcome: 'asked_none' });
    expect(asked.statusCode).toBe(204);
    const after = await overview();
    expect(after.childrenNotAskedAbout).toEqual([]);
    expect(after.people.find((p: { id: string }) => p.id === gran)).toMatchObject({
      dependants: 'asked_none',
      dependantsAskedBy: 'Priya Shah',
    });
  });

  it('keeps the list’s counts and flag right through every kind of change, even two at once', async () => {
    const daniel = await t.signIn('daniel');
    const listed = async () => {
      const f = (await daniel.get('/api/families')).json().families.find((x: { id: string }) => x.id === F);
      return { children: f.childrenCount, people: f.peopleCount, notAsked: f.childrenNotAskedAbout };
    };
    const start = await listed();
    const uncle = (
      await priya.post(`/api/families/${F}/people`, { kind: 'other_adult', fullName: 'Uncle Dubois', knownToAdultMentalHealth: true })
    ).json().id;
    expect(await listed()).toEqual({ children: start.children, people: start.people + 1, notAsked: true });
    // Two children added at the same moment: both counted.
    const [a, b] = await Promise.all(
      ['Cousin One', 'Cousin Two'].map((fullName) => priya.post(`/api/families/${F}/people`, { kind: 'child', fullName })),
    );
    expect([a?.statusCode, b?.statusCode]).toEqual([201, 201]);
    expect(await listed()).toEqual({ children: start.children + 2, people: start.people + 3, notAsked: true });
    // Recording the uncle's child answers the question; taking the relationship away asks it again.
    const rel = await priya.post(`/api/families/${F}/relationships`, { fromPersonId: uncle, toPersonId: a?.json().id, kind: 'parent_of' });
    expect(rel.statusCode).toBe(201);
    expect((await listed()).notAsked).toBe(start.notAsked);
    expect((await priya.delete(`/api/families/${F}/relationships/${rel.json().id}`)).statusCode).toBe(204);
    expect((await listed()).notAsked).toBe(true);
    expect((await priya.post(`/api/families/${F}/dependants-asked`, { personId: uncle, outcome: 'asked_none' })).statusCode).toBe(204);
    expect((await listed()).notAsked).toBe(start.notAsked);
    // The maintained row says the same as counting from scratch.
    const check = await t.database.asOwner(
      `SELECT s.children_count = (SELECT count(*) FROM people p WHERE p.family_id = s.family_id AND p.kind = 'child') AS children,
              s.people_count = (SELECT count(*) FROM people p WHERE p.family_id = s.family_id) AS people
       FROM family_summaries s WHERE s.family_id = $1`,
      [F],
    );
    expect(check.rows[0]).toEqual({ children: true, people: true });
  });

  it('records an informal supporter and removes a relationship added by mistake', async () => {
    const o = await overview();
    const byName = (n: string) => o.people.find((p: { preferredName: string }) => p.preferredName === n).id;
    const rel = await priya.post(`/api/families/${F}/relationships`, {
      fromPersonId: byName('Patricia'),
      toPersonId: byName('Clare'),
      kind: 'friend',
      description: 'Takes Clare to swimming',
    });
    expect(rel.statusCode).toBe(201);
    expect((await overview()).relationships.map((r: { summary: string }) => r.summary)).toContain("Patricia is Clare's friend");
    expect((await priya.delete(`/api/families/${F}/relationships/${rel.json().id}`)).statusCode).toBe(204);
    expect((await overview()).relationships.map((r: { summary: string }) => r.summary)).not.toContain("Patricia is Clare's friend");
    const bad = await priya.post(`/api/families/${F}/relationships`, {
      fromPersonId: byName('Clare'),
      toPersonId: byName('Clare'),
      kind: 'friend',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('detects a stale edit of a person with 409 and keeps the other change', async () => {
    const o = await overview();
    const clare = o.people.find((p: { preferredName: string }) => p.preferredName === 'Clare');
    const base = {
      kind: 'child',
      fullName: clare.fullName,
      preferredName: 'Clare',
      dateOfBirth: clare.dateOfBirth,
      householdId: clare.householdId,
      version: clare.version,
    };
    expect((await priya.put(`/api/families/${F}/people/${clare.id}`, { ...base, school: 'Northfield Primary' })).statusCode).toBe(200);
    const stale = await priya.put(`/api/families/${F}/people/${clare.id}`, { ...base, school: 'Other School' });
    expect(stale.statusCode).toBe(409);
    const page = (await priya.get(`/api/families/${F}/children/${clare.id}`)).json();
    expect(page).toMatchObject({ name: 'Clare', school: 'Northfield Primary', householdName: "Marie's home" });
    expect(page.livesWith).toEqual(expect.arrayContaining(['Marie', 'Jamie']));
  });
});

describe('a confidential address', () => {
  it('never appears in any response to someone not allowed to see it', async () => {
    const h = await priya.post(`/api/families/${F}/households`, {
      name: 'Safe house',
      address: '99 Hidden Lane, Refugeton',
      addressConfidential: true,
    });
    expect(h.statusCode).toBe(201);
    const patricia = await t.signIn('patricia');
    const clive = await t.signIn('clive');
    for (const who of [patricia, clive]) {
      for (const url of ['/api/portal/my-family', `/api/families/${F}`]) {
        const res = await who.get(url);
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('Hidden Lane');
      }
    }
    expect((await overview()).households.find((x: { name: string }) => x.name === 'Safe house').address).toContain('Hidden Lane');
  });
});

describe('involvement level', () => {
  it('keeps a history and explains the new level in plain words', async () => {
    expect(
      (
        await priya.post(`/api/families/${F}/involvement`, {
          level: 'early_help',
          startedOn: '2026-11-20',
          note: 'Stepped down after review',
        })
      ).statusCode,
    ).toBe(204);
    const o = await overview();
    expect(o.involvement.level).toBe('early_help');
    expect(o.involvement.explanation.whatItMeans).toMatch(/voluntary/);
    expect(o.involvement.history.map((h: { level: string }) => h.level)).toEqual(['early_help', 'child_in_need', 'early_help']);
  });
});

describe('the involvement level’s note, which the parent reads (issue 16 §1)', () => {
  it('is refused with what to change when it judges the family, saving nothing; kept as written with a reason, it is saved', async () => {
    const before = await overview();
    const note = 'Mum has been non-compliant with the plan.';
    const refused = await priya.post(`/api/families/${F}/involvement`, { level: 'child_in_need', startedOn: '2026-11-25', note });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'words_to_check', fields: { note: expect.stringMatching(/non-compliant/) } });
    expect(refused.json().findings[0]).toMatchObject({ field: 'note', found: 'non-compliant' });
    const after = await overview();
    expect(after.involvement.history).toHaveLength(before.involvement.history.length);
    expect(after.involvement.level).toBe(before.involvement.level);

    const kept = await priya.post(`/api/families/${F}/involvement`, {
      level: 'child_in_need',
      startedOn: '2026-11-25',
      note,
      keepAsWritten: { reason: 'These are the words of the court order' },
    });
    expect(kept.statusCode, kept.body).toBe(204);
    const rows = (
      await t.database.asOwner(
        `SELECT k.subject_kind, k.version, k.reason, h.note FROM kept_as_written k
         JOIN involvement_history h ON h.family_id = k.family_id AND h.id = k.subject_id WHERE k.family_id = $1`,
        [F],
      )
    ).rows;
    expect(rows).toEqual([{ subject_kind: 'involvement_note', version: 1, reason: 'These are the words of the court order', note }]);
    // The care team sees it beside the note; the parent reads the note and never the confirmation.
    const noted = (await overview()).involvement.history.find((h: { note: string | null }) => h.note === note);
    expect(noted.keptAsWritten).toMatchObject({
      by: 'Priya Shah',
      reason: 'These are the words of the court order',
      found: ['non-compliant'],
    });
    const marie = await t.signIn('marie');
    const hers = (await marie.get('/api/portal/my-family'))
      .json()
      .involvement.history.find((h: { note: string | null }) => h.note === note);
    expect(hers).toBeDefined();
    expect(hers).not.toHaveProperty('keptAsWritten');
    // Plain words need nothing, and keep nothing.
    const plain = await priya.post(`/api/families/${F}/involvement`, {
      level: 'early_help',
      startedOn: '2026-11-26',
      note: 'Things are going well, so we are stepping down to early help.',
    });
    expect(plain.statusCode).toBe(204);
    expect((await t.database.asOwner('SELECT count(*)::int AS n FROM kept_as_written WHERE family_id = $1', [F])).rows[0].n).toBe(1);
  });

  it('tells the parent of the change in a message she reads in her own language', async () => {
    const rows = (
      await t.database.asOwner(
        `SELECT n.message_id, n.message_values FROM notifications n JOIN accounts a ON a.id = n.recipient_account_id
         WHERE n.kind = 'involvement_changed' AND a.username = 'marie' ORDER BY n.created_at DESC LIMIT 1`,
      )
    ).rows;
    expect(rows[0].message_id).toBe('notify-family.involvementChanged');
    const values = typeof rows[0].message_values === 'string' ? JSON.parse(rows[0].message_values) : rows[0].message_values;
    expect(values).toMatchObject({ from: 'child_in_need', to: 'early_help', hasKeyWorker: 'yes' });
  });
});

describe('the language a person prefers (issue 16 §3)', () => {
  it('is chosen with them when they are added or changed, kept on their person, audited, and only one we speak', async () => {
    const added = await priya.post(`/api/families/${F}/people`, { kind: 'other_adult', fullName: 'Babcia Nowak', preferredLanguage: 'pl' });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id;
    const person = (await overview()).people.find((p: { id: string }) => p.id === id);
    expect(person).toMatchObject({ fullName: 'Babcia Nowak', preferredLanguage: 'pl' });

    const changed = await priya.put(`/api/families/${F}/people/${id}`, {
      kind: 'other_adult',
      fullName: 'Babcia Nowak',
      preferredLanguage: 'cy',
      version: person.version,
    });
    expect(changed.statusCode).toBe(200);
    expect((await overview()).people.find((p: { id: string }) => p.id === id).preferredLanguage).toBe('cy');
    // Left out of a change, it stays as it was (they may have chosen it themselves).
    await priya.put(`/api/families/${F}/people/${id}`, { kind: 'other_adult', fullName: 'Babcia Nowak', version: changed.json().version });
    expect((await overview()).people.find((p: { id: string }) => p.id === id).preferredLanguage).toBe('cy');

    const wrong = await priya.post(`/api/families/${F}/people`, { kind: 'other_adult', fullName: 'Someone', preferredLanguage: 'fr' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.preferredLanguage).toBe('Choose a language from the list');

    const audited = (
      await t.database.asOwner(
        "SELECT action FROM audit_events WHERE subject_id = $1 AND action IN ('person.added', 'person.updated') ORDER BY occurred_at",
        [id],
      )
    ).rows.map((r: { action: string }) => r.action);
    expect(audited).toEqual(['person.added', 'person.updated', 'person.updated']);
    // Marie's own choice comes back to her worker too.
    expect((await overview()).people.find((p: { preferredName: string }) => p.preferredName === 'Marie').preferredLanguage).toBeNull();
  });
});

describe('the care team', () => {
  it('adds a professional from another agency; only one key worker per side; removal ends access at once', async () => {
    const found = (await priya.get('/api/staff?q=mark')).json().staff;
    expect(found).toEqual([expect.objectContaining({ name: 'Mark Ellis', organisationName: 'Riverside Health' })]);
    const wrongSide = await priya.post(`/api/families/${F}/care-team`, {
      staffId: found[0].id,
      teamRole: 'health_visitor',
      keyWorker: 'childrens_services',
    });
    expect(wrongSide.statusCode).toBe(400);
    const added = await priya.post(`/api/families/${F}/care-team`, { staffId: found[0].id, teamRole: 'health_visitor', keyWorker: null });
    expect(added.statusCode).toBe(201);
    const mark = await t.signIn('mark');
    expect((await mark.get(`/api/families/${F}`)).statusCode).toBe(200);
    const marie = await t.signIn('marie');
    const seen = (await marie.get('/api/portal/my-family')).json().careTeam.find((m: { name: string }) => m.name === 'Mark Ellis');
    expect(seen).toMatchObject({ teamRoleLabel: 'Health visitor', organisationName: 'Riverside Health', phone: expect.any(String) });
    await priya.post(`/api/families/${F}/care-team/${added.json().id}/end`, { reason: 'Not needed' });
    expect((await mark.get(`/api/families/${F}`)).statusCode).toBe(404);
    const sarah = (await priya.get('/api/staff?q=sarah')).json().staff[0];
    const second = await priya.post(`/api/families/${F}/care-team`, {
      staffId: sarah.id,
      teamRole: 'mental_health_social_worker',
      keyWorker: 'adult_mental_health',
    });
    expect(second.statusCode).toBe(400);
  });
});

describe('the glossary', () => {
  it('has at least 80 terms; only administrators edit; a stale edit gets 409', async () => {
    const terms = (await t.client().get('/api/glossary')).json().terms as {
      id: string;
      term: string;
      version: number;
      plain: string;
      explanation: string;
      aliases: string[];
    }[];
    expect(terms.length).toBeGreaterThanOrEqual(80);
    expect(terms.map((x) => x.term)).toEqual(expect.arrayContaining(['LAC', 'CIN', 'PLO', 'ICPC', 'CPN', 'CMHT']));
    const lac = terms.find((x) => x.term === 'LAC');
    if (!lac) throw new Error('LAC missing');
    const change = {
      term: lac.term,
      aliases: lac.aliases,
      plain: 'a child the council looks after',
      explanation: lac.explanation,
      version: lac.version,
    };
    expect((await priya.put(`/api/glossary/${lac.id}`, change)).statusCode).toBe(403);
    const alex = await t.signIn('alex');
    expect((await alex.put(`/api/glossary/${lac.id}`, change)).statusCode).toBe(200);
    const stale = await alex.put(`/api/glossary/${lac.id}`, change);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.plain).toBe('a child the council looks after');
  });
});
