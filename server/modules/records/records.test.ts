// Record entries end to end through the API: recording, the parent's view and reply (P1, P2),
// withholding that never leaks, corrections with history and 409, idempotent creates, reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindWithholdingReviews } from '../../jobs/scheduler.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const JAMIE = '00000000-0000-7000-8000-000000000102';
const SECRET = 'Zanzibar-neighbour-report';

let t: TestApp;
let daniel: TestClient;
let priya: TestClient;
let marie: TestClient;
let angela: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  [daniel, priya, marie, angela] = await Promise.all([t.signIn('daniel'), t.signIn('priya'), t.signIn('marie'), t.signIn('angela')]);
});
afterAll(() => t?.close());

const visit = (over: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredAt: new Date().toISOString(),
  category: 'general',
  text: 'Visited Marie at home with Priya. Marie talked about what helps on hard days.',
  presentPersonIds: [MARIE],
  aboutPersonIds: [MARIE],
  ...over,
});

describe('recording and reading an entry', () => {
  it('the nurse records a home visit; Marie reads it and disagrees; Priya sees the reply beside it; the author and key workers are told', async () => {
    const created = await daniel.post(`/api/families/${F}/entries`, visit(), { 'idempotency-key': 'visit-0001' });
    expect(created.statusCode).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ kindLabel: 'Home visit', authorName: 'Daniel Okafor', version: 1, presentPeople: [{ name: 'Marie' }] });

    const record = (await marie.get('/api/portal/record')).json();
    const mine = record.entries.find((e: { id: string }) => e.id === entry.id);
    expect(mine).toMatchObject({ withheld: false, text: entry.text, authorOrganisation: 'Northfield Mental Health Trust' });

    const reply = await marie.post(`/api/portal/entries/${entry.id}/replies`, {
      kind: 'disagree',
      text: 'I did not say I was struggling, I said some days are hard.',
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.json().replies).toEqual([
      expect.objectContaining({ kind: 'disagree', kindLabel: 'Disagrees', authorName: 'Marie', authorRole: 'Parent' }),
    ]);

    const seen = (await priya.get(`/api/families/${F}/entries/${entry.id}`)).json();
    expect(seen.replies[0]).toMatchObject({ kind: 'disagree', text: expect.stringContaining('some days are hard') });
    const list = (await priya.get(`/api/families/${F}/entries`)).json();
    expect(list.entries.find((e: { id: string }) => e.id === entry.id).replies).toHaveLength(1);

    for (const who of [daniel, priya]) {
      const n = (await who.get('/api/notifications')).json();
      expect(n.notifications.some((x: { kind: string; entryId: string }) => x.kind === 'entry_reply' && x.entryId === entry.id)).toBe(true);
    }
    const answer = await priya.post(`/api/families/${F}/entries/${entry.id}/replies`, {
      kind: 'team_answer',
      text: 'Thank you, Marie. We have noted your words.',
    });
    expect(answer.json().replies).toHaveLength(2);
  });

  it('makes one entry from the same create sent five times with one idempotency key', async () => {
    const body = visit({ text: 'Phone call to arrange the next visit.', kind: 'phone_call' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => daniel.post(`/api/families/${F}/entries`, body, { 'idempotency-key': 'retry-key-55555' })),
    );
    const ids = new Set(results.map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    const rows = await t.database.asOwner("SELECT count(*)::int AS n FROM record_entries WHERE idempotency_key = 'retry-key-55555'");
    expect(rows.rows[0].n).toBe(1);
  });

  it('a decision records options, reasons, who decided and how to challenge it; missing parts are explained', async () => {
    const missing = await priya.post(`/api/families/${F}/entries`, visit({ kind: 'decision', category: 'childrens_social_care' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields).toHaveProperty('decision');
    const ok = await priya.post(
      `/api/families/${F}/entries`,
      visit({
        kind: 'decision',
        category: 'childrens_social_care',
        text: 'Decided to hold a family meeting before any further step.',
        decision: {
          optionsConsidered: 'A family meeting; a formal meeting of professionals.',
          reasons: 'Marie and her network can make a plan together first.',
          decidedBy: 'Priya Shah with Angela Brooks',
          parentView: 'Marie agrees.',
          howToChallenge: 'Tell Priya or her manager Angela, or ask for the complaints leaflet.',
        },
      }),
    );
    expect(ok.statusCode).toBe(201);
    const shown = (await marie.get('/api/portal/record')).json().entries.find((e: { id: string }) => e.id === ok.json().id);
    expect(shown.decision.howToChallenge).toMatch(/complaints leaflet/);
  });
});

describe('withholding (P1)', () => {
  it('shows Marie only a placeholder with the reason and date, and the text is in no response she can request', async () => {
    const res = await daniel.post(
      `/api/families/${F}/entries`,
      visit({
        kind: 'phone_call',
        category: 'third_party',
        text: `Patricia shared ${SECRET} about her own health.`,
        withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2030-01-15' },
      }),
    );
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const record = (await marie.get('/api/portal/record')).json();
    expect(record.entries.find((e: { id: string }) => e.id === id)).toEqual({
      withheld: true,
      id,
      occurredAt: expect.any(String),
      reason: 'third_party',
      reasonLabel: 'Third-party information',
      reasonPlain: expect.stringContaining('someone else'),
      reviewOn: '2030-01-15',
    });
    const everything = [
      await marie.get('/api/portal/record'),
      await marie.get(`/api/portal/record?q=${SECRET}`),
      await marie.get('/api/portal/record?q=Patricia%20shared'),
      await marie.get('/api/portal/my-family'),
      await marie.get('/api/portal/access-log'),
      await marie.get(`/api/families/${F}`),
      await marie.get(`/api/families/${F}/entries`),
      await marie.get(`/api/families/${F}/entries/${id}`),
      await marie.post(`/api/portal/entries/${id}/replies`, { kind: 'reply', text: 'What is this?' }),
    ];
    for (const r of everything) expect(r.body).not.toContain(SECRET);
    expect(everything[1]?.json().entries).toEqual([]);
    expect(everything[8]?.statusCode).toBe(404);
  });

  it('keeps a withheld part back while the rest is shown, with the reason', async () => {
    const res = await daniel.post(
      `/api/families/${F}/entries`,
      visit({
        text: 'Talked about sleep and the school run.',
        restrictedText: `${SECRET} from a neighbour`,
        withholding: { scope: 'part', reason: 'third_party', reviewOn: '2030-02-01' },
      }),
    );
    const id = res.json().id;
    const rec = await marie.get('/api/portal/record');
    expect(rec.body).not.toContain(SECRET);
    expect(rec.json().entries.find((e: { id: string }) => e.id === id)).toMatchObject({
      withheld: false,
      text: 'Talked about sleep and the school run.',
      partWithheld: { reasonLabel: 'Third-party information', reviewOn: '2030-02-01' },
    });
    expect((await priya.get(`/api/families/${F}/entries/${id}`)).json().restrictedText).toContain(SECRET);
  });

  it('lets only a team manager hide even the placeholder, and audits it', async () => {
    const id = (
      await priya.post(
        `/api/families/${F}/entries`,
        visit({
          category: 'childrens_social_care',
          text: 'Strategy notes.',
          withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2030-12-20' },
        }),
      )
    ).json().id;
    expect(
      (await priya.post(`/api/families/${F}/entries/${id}/hide-placeholder`, { reason: 'Telling her now would put the children at risk.' }))
        .statusCode,
    ).toBe(403);
    const hidden = await angela.post(`/api/families/${F}/entries/${id}/hide-placeholder`, {
      reason: 'Telling her now would put the children at risk.',
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().withholding.placeholderHidden).toBe(true);
    expect((await marie.get('/api/portal/record')).json().entries.some((e: { id: string }) => e.id === id)).toBe(false);
    const audit = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'entry.placeholder_hidden' AND subject_id = $1",
      [id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('reminds the author once when the review date comes', async () => {
    const id = (
      await daniel.post(
        `/api/families/${F}/entries`,
        visit({
          text: 'Review me.',
          category: 'third_party',
          withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2030-01-01' },
        }),
      )
    ).json().id;
    await remindWithholdingReviews(t.database.db, '2030-06-01');
    await remindWithholdingReviews(t.database.db, '2030-06-01');
    const mine = (await daniel.get('/api/notifications'))
      .json()
      .notifications.filter((n: { kind: string; entryId: string }) => n.kind === 'withholding_review_due' && n.entryId === id);
    expect(mine).toHaveLength(1);
  });
});

describe('corrections keep history', () => {
  it('two people edit the same entry at once: one succeeds, the other gets 409 with the current text, nothing lost', async () => {
    // The author and their agency's team manager may both correct it (access/entry-policy.ts).
    const entry = (await priya.post(`/api/families/${F}/entries`, visit({ text: 'First wording.' }))).json();
    const edit = (text: string) => ({
      version: entry.version,
      text,
      category: entry.category,
      occurredAt: entry.occurredAt,
      changeNote: 'Clearer wording',
    });
    const first = await priya.put(`/api/families/${F}/entries/${entry.id}`, edit('Priya’s wording.'));
    const second = await angela.put(`/api/families/${F}/entries/${entry.id}`, edit('Angela’s wording.'));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ text: 'Priya’s wording.', version: 2 });
    const now = (await daniel.get(`/api/families/${F}/entries/${entry.id}`)).json();
    expect(now.versions.map((v: { text: string }) => v.text)).toEqual(['Priya’s wording.', 'First wording.']);
    const portal = (await marie.get('/api/portal/record')).json().entries.find((e: { id: string }) => e.id === entry.id);
    expect(portal).toMatchObject({ edited: true, text: 'Priya’s wording.' });
    expect(portal.versions.map((v: { text: string }) => v.text)).toContain('First wording.');
  });

  it('never deletes: an entry is marked as entered in error with a reason and stays readable', async () => {
    const entry = (await daniel.post(`/api/families/${F}/entries`, visit({ text: 'Wrong family.' }))).json();
    const marked = await daniel.post(`/api/families/${F}/entries/${entry.id}/entered-in-error`, {
      version: 1,
      reason: 'Written in the wrong record',
    });
    expect(marked.json().enteredInError).toMatchObject({ reason: 'Written in the wrong record', byName: 'Daniel Okafor' });
    const portal = (await marie.get('/api/portal/record')).json().entries.find((e: { id: string }) => e.id === entry.id);
    expect(portal.enteredInError.reason).toBe('Written in the wrong record');
  });
});

describe('who can read entries', () => {
  it('a professional not on the team reads nothing; a young person sees only entries about them; a network member none', async () => {
    const mark = await t.signIn('mark');
    expect((await mark.get(`/api/families/${F}/entries`)).statusCode).toBe(404);
    const about = (
      await daniel.post(
        `/api/families/${F}/entries`,
        visit({ text: 'Jamie talked about football.', aboutPersonIds: [JAMIE], presentPersonIds: [JAMIE] }),
      )
    ).json();
    const jamie = await t.signIn('jamie');
    const ids = (await jamie.get('/api/portal/record')).json().entries.map((e: { id: string }) => e.id);
    expect(ids).toEqual([about.id]);
    const patricia = await t.signIn('patricia');
    expect((await patricia.get('/api/portal/record')).statusCode).toBe(403);
  });

  it('a removed team member is refused on their next request', async () => {
    const tom = await t.signIn('tom');
    expect((await tom.get(`/api/families/${F}/entries`)).statusCode).toBe(200);
    const team = (await priya.get(`/api/families/${F}`)).json().careTeam as { id: string; name: string }[];
    const member = team.find((m) => m.name === 'Tom Reilly');
    const end = await priya.post(`/api/families/${F}/care-team/${member?.id}/end`, { reason: 'Family support work has finished' });
    expect(end.statusCode).toBe(204);
    expect((await tom.get(`/api/families/${F}/entries`)).statusCode).toBe(404);
  });

  it('Marie sees who has looked at her record, with role and organisation', async () => {
    const log = (await marie.get('/api/portal/access-log')).json();
    expect(log.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          who: 'Priya Shah',
          role: "Children's social worker",
          organisation: "Northfield Children's Services",
          what: 'Read something written about you',
        }),
      ]),
    );
  });
});

describe('paging (the portal reads its page in the access check’s own statement)', () => {
  it('Marie pages through her record and who has looked: newest first, nothing twice, nothing missed, in order', async () => {
    for (let i = 0; i < 23; i++) {
      const at = new Date(Date.UTC(2026, 0, 1, 9, i)).toISOString();
      const res = await daniel.post(`/api/families/${F}/entries`, visit({ occurredAt: at, text: `Paging visit ${i}.` }));
      expect(res.statusCode).toBe(201);
      await priya.get(`/api/families/${F}/entries/${res.json().id}`);
      await daniel.get(`/api/families/${F}`);
    }
    const walk = async (first: string, key: 'entries' | 'items') => {
      const pages: { [k: string]: unknown[] }[] = [];
      let url: string | null = first;
      while (url) {
        const res = await marie.get(url);
        expect(res.statusCode).toBe(200);
        const body = res.json();
        pages.push(body);
        url = body.nextCursor ? `${first}?cursor=${body.nextCursor}` : null;
      }
      return { pages, all: pages.flatMap((p) => p[key] as { id?: string; at?: string; occurredAt?: string }[]) };
    };

    const record = await walk('/api/portal/record', 'entries');
    expect(record.pages.length).toBeGreaterThan(1);
    const count = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM record_entries WHERE family_id = $1 AND NOT (withholding_scope = 'whole' AND placeholder_hidden)",
      [F],
    );
    const ids = record.all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(count.rows[0].n);
    const times = record.all.map((e) => Date.parse(String(e.occurredAt)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const log = await walk('/api/portal/access-log', 'items');
    expect(log.pages.length).toBeGreaterThan(1);
    const looks = await t.database.asOwner(
      `SELECT count(*)::int AS n FROM audit_events a WHERE family_id = $1 AND outcome = 'allowed'
         AND (actor_account_id IS NULL OR actor_account_id <> (SELECT id FROM accounts WHERE username = 'marie'))
         -- Nothing is said of an entry whose placeholder a team manager hid (the audit catalogue's rule).
         AND NOT (subject_type = 'entry' AND subject_id IN (SELECT id::text FROM record_entries
           WHERE family_id = $1 AND withholding_scope = 'whole' AND placeholder_hidden))`,
      [F],
    );
    expect(log.all).toHaveLength(looks.rows[0].n);
    const at = log.all.map((e) => Date.parse(String(e.at)));
    expect([...at].sort((a, b) => b - a)).toEqual(at);
  });
});
