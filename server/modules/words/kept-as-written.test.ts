// The respectful-language check at save (issue 16 §1) through the API, over every save of a professional's words the
// family reads that modules/records, involvement and help make: words found and not kept are a 400 naming the field and
// nothing is saved; kept with a reason, the save goes through with exactly one confirmation beside the version it made;
// clean words leave none. A family member's own words are never checked. The care team sees each confirmation beside its
// version; the family never does, nor their export. A team manager counts only their own team's, by word and month.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';

const F = DEMO_IDS.mariesFamily;
const FAMILY_SAFEGUARDING_TEAM = '00000000-0000-7000-8000-000000000012';
const JUDGED = 'Marie was non-compliant with her tablets this week.';
const CLEAN = 'Marie has not taken her tablets this week; she says they make her too sleepy to get the children up.';

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const sql = async (text: string, params: unknown[] = []) => (await t.database.asOwner(text, params)).rows;
const count = async (text: string, params: unknown[] = []) => Number((await sql(text, params))[0]?.n);
const keptRows = (subjectId: string) =>
  sql('SELECT subject_kind, version, reason, findings, staff_id, team_id FROM kept_as_written WHERE subject_id = $1 ORDER BY version', [
    subjectId,
  ]);
/** A reason no other text in the family holds, so finding it anywhere means it leaked. */
const reasonFor = (name: string) => `Her own words, as she said them (${createHash('sha1').update(name).digest('hex').slice(0, 8)})`;
const entryBody = (text: string, extra: Record<string, unknown> = {}) => ({
  kind: 'phone_call',
  occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  category: 'general',
  text,
  ...extra,
});

async function newEntry(who = 'daniel', text = CLEAN): Promise<{ id: string; version: number }> {
  const res = await as(who).post(`/api/families/${F}/entries`, entryBody(text));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function newHelpRequest(): Promise<string> {
  const res = await as('marie').post('/api/portal/help', { words: 'Mornings are very hard at the moment.', urgency: 'this_week' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/**
 * One save of a professional's words the family reads. `prepare` makes what the save needs (an entry to edit, a
 * request to answer) and gives `send`, which saves `words` (with keepAsWritten when `reason` is given) and, once saved,
 * names what it saved: the confirmation's subject and version. `saved` counts what the save writes, so a refusal can be
 * seen to write nothing.
 */
type Path = {
  name: string;
  field: string;
  kind: string;
  saved: () => Promise<number>;
  prepare: () => Promise<{
    send: (words: string, reason?: string) => ReturnType<TestClient['post']>;
    subject: (body: Record<string, unknown>) => Promise<{ id: string; version: number }>;
  }>;
};

const lastReplyOf = (body: Record<string, unknown>) => {
  const replies = body.replies as { id: string }[];
  return { id: (replies.at(-1) as { id: string }).id, version: 1 };
};
const lastEventOf = async (body: Record<string, unknown>) => {
  const events = (body.request as { events: { id: string }[] }).events;
  return { id: (events.at(-1) as { id: string }).id, version: 1 };
};
const keep = (reason?: string) => (reason ? { keepAsWritten: { reason } } : {});

const PATHS: Path[] = [
  {
    name: 'a new record entry (its text)',
    field: 'text',
    kind: 'record_entry',
    saved: () => count('SELECT count(*) AS n FROM record_entries WHERE family_id = $1', [F]),
    prepare: async () => ({
      send: (words, reason) => as('daniel').post(`/api/families/${F}/entries`, entryBody(words, keep(reason))),
      subject: async (body) => ({ id: body.id as string, version: 1 }),
    }),
  },
  {
    name: 'a new decision (the reasons the family reads)',
    field: 'decision.reasons',
    kind: 'record_entry',
    saved: () => count('SELECT count(*) AS n FROM record_entries WHERE family_id = $1', [F]),
    prepare: async () => ({
      send: (words, reason) =>
        as('daniel').post(
          `/api/families/${F}/entries`,
          entryBody('We decided to meet every week for the next month.', {
            kind: 'decision',
            decision: {
              optionsConsidered: 'Meeting every week, or every fortnight.',
              reasons: words,
              decidedBy: 'Daniel Okafor with Marie',
              howToChallenge: 'Tell Daniel or his manager if you do not agree; you can also write your reply here.',
            },
            ...keep(reason),
          }),
        ),
      subject: async (body) => ({ id: body.id as string, version: 1 }),
    }),
  },
  {
    name: 'an edit of a record entry',
    field: 'text',
    kind: 'record_entry',
    saved: () => count('SELECT count(*) AS n FROM record_entry_versions WHERE family_id = $1', [F]),
    prepare: async () => {
      const entry = await newEntry();
      return {
        send: (words, reason) =>
          as('daniel').put(`/api/families/${F}/entries/${entry.id}`, {
            ...entryBody(words),
            version: entry.version,
            changeNote: 'Said more about the week.',
            ...keep(reason),
          }),
        subject: async (body) => ({ id: entry.id, version: body.version as number }),
      };
    },
  },
  {
    name: 'the team’s answer to a reply',
    field: 'text',
    kind: 'reply',
    saved: () => count('SELECT count(*) AS n FROM record_entry_replies WHERE family_id = $1', [F]),
    prepare: async () => {
      const entry = await newEntry();
      return {
        send: (words, reason) =>
          as('priya').post(`/api/families/${F}/entries/${entry.id}/replies`, { kind: 'team_answer', text: words, ...keep(reason) }),
        subject: async (body) => lastReplyOf(body),
      };
    },
  },
  {
    name: 'acknowledging a request for help (what will happen)',
    field: 'whatWillHappen',
    kind: 'help_response',
    saved: () => count('SELECT count(*) AS n FROM help_request_events WHERE family_id = $1', [F]),
    prepare: async () => {
      const request = await newHelpRequest();
      return {
        send: (words, reason) =>
          as('daniel').post(`/api/families/${F}/help-requests/${request}/acknowledge`, { whatWillHappen: words, ...keep(reason) }),
        subject: lastEventOf,
      };
    },
  },
  {
    name: 'arranging a contact (its note)',
    field: 'note',
    kind: 'help_response',
    saved: () => count('SELECT count(*) AS n FROM help_request_events WHERE family_id = $1', [F]),
    prepare: async () => {
      const request = await newHelpRequest();
      return {
        send: (words, reason) =>
          as('daniel').post(`/api/families/${F}/help-requests/${request}/contact`, {
            at: new Date(Date.now() + 2 * 86_400_000).toISOString(),
            way: 'call',
            note: words,
            ...keep(reason),
          }),
        subject: lastEventOf,
      };
    },
  },
  {
    name: 'passing a request to a colleague (the note the family reads too)',
    field: 'note',
    kind: 'help_response',
    saved: () => count('SELECT count(*) AS n FROM help_request_events WHERE family_id = $1', [F]),
    prepare: async () => {
      const request = await newHelpRequest();
      const priya = (await sql("SELECT id FROM staff WHERE full_name = 'Priya Shah'"))[0]?.id;
      return {
        send: (words, reason) =>
          as('daniel').post(`/api/families/${F}/help-requests/${request}/pass`, { staffId: priya, note: words, ...keep(reason) }),
        subject: lastEventOf,
      };
    },
  },
];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'tom', 'angela', 'marie', 'jamie']) c[u] = await t.signIn(u);
}, 180_000);
afterAll(() => t?.close());

describe.each(PATHS)('$name', (path) => {
  it('with words to check and no “keep as written”: 400 words_to_check naming the field, with a suggestion; nothing saved', async () => {
    const { send } = await path.prepare();
    const before = await path.saved();
    const keptBefore = await count('SELECT count(*) AS n FROM kept_as_written');
    const res = await send(JUDGED);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.error).toBe('words_to_check');
    expect(body.fields[path.field]).toContain('non-compliant');
    expect(body.findings).toEqual([
      expect.objectContaining({ field: path.field, found: 'non-compliant', entryId: 'non-compliant', kind: 'judgement' }),
    ]);
    expect(body.findings[0].suggestion).toMatch(/what was agreed/);
    expect(await path.saved()).toBe(before);
    expect(await count('SELECT count(*) AS n FROM kept_as_written')).toBe(keptBefore);
  });

  it('kept as written with a reason: saved, with exactly one confirmation beside the version the save made', async () => {
    const { send, subject } = await path.prepare();
    const before = await path.saved();
    const reason = reasonFor(path.name);
    const res = await send(JUDGED, reason);
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await path.saved()).toBe(before + 1);
    const saved = await subject(res.json());
    const rows = await keptRows(saved.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_kind: path.kind, version: saved.version, reason });
    expect(rows[0]?.findings).toEqual([{ field: path.field, entryId: 'non-compliant', kind: 'judgement', found: 'non-compliant' }]);
  });

  it('clean words: saved, and no confirmation', async () => {
    const { send, subject } = await path.prepare();
    const before = await path.saved();
    const res = await send(CLEAN);
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await path.saved()).toBe(before + 1);
    expect(await keptRows((await subject(res.json())).id)).toEqual([]);
  });

  it('a blank reason is not a “keep as written”', async () => {
    const { send } = await path.prepare();
    const res = await send(JUDGED, '   ');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('keepAsWritten.reason');
  });
});

describe('an edit', () => {
  it('kept as written: the confirmation is beside version 2; a later clean edit adds none; the team sees it by its version', async () => {
    const entry = await newEntry();
    const edit = (text: string, version: number, reason?: string) =>
      as('daniel').put(`/api/families/${F}/entries/${entry.id}`, {
        ...entryBody(text),
        version,
        changeNote: 'More detail.',
        ...keep(reason),
      });
    const reason = reasonFor('edit to version 2');
    const second = await edit(JUDGED, 1, reason);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().version).toBe(2);
    const third = await edit(CLEAN, 2);
    expect(third.json().version).toBe(3);
    expect((await keptRows(entry.id)).map((r) => r.version)).toEqual([2]);
    const seen = (await as('priya').get(`/api/families/${F}/entries/${entry.id}`)).json();
    expect(seen.keptAsWritten).toEqual([{ version: 2, by: 'Daniel Okafor', at: expect.any(String), reason, found: ['non-compliant'] }]);
  });

  it('a stale edit kept as written is a 409, and keeps no confirmation', async () => {
    const entry = await newEntry();
    await as('daniel').put(`/api/families/${F}/entries/${entry.id}`, { ...entryBody(CLEAN), version: 1, changeNote: 'First.' });
    const stale = await as('daniel').put(`/api/families/${F}/entries/${entry.id}`, {
      ...entryBody(JUDGED),
      version: 1,
      changeNote: 'Second.',
      keepAsWritten: { reason: reasonFor('stale') },
    });
    expect(stale.statusCode).toBe(409);
    expect(await keptRows(entry.id)).toEqual([]);
  });

  it('the part kept from the parent is not checked: she never reads it', async () => {
    const res = await as('daniel').post(
      `/api/families/${F}/entries`,
      entryBody(CLEAN, {
        restrictedText: 'The neighbour said Marie was non-compliant.',
        withholding: { scope: 'part', reason: 'third_party', reviewOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10) },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(await keptRows(res.json().id)).toEqual([]);
  });
});

describe('a retried create (the same idempotency key and body)', () => {
  it('answers with the first save’s entry, and one confirmation stays', async () => {
    const body = entryBody(JUDGED, keep(reasonFor('idempotent')));
    const first = await as('daniel').post(`/api/families/${F}/entries`, body, { 'idempotency-key': 'kept-words-retry-1' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await as('daniel').post(`/api/families/${F}/entries`, body, { 'idempotency-key': 'kept-words-retry-1' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(again.json().keptAsWritten).toEqual(first.json().keptAsWritten);
    expect(first.json().keptAsWritten).toHaveLength(1);
    expect(await keptRows(first.json().id)).toHaveLength(1);
  });
});

describe('a family member’s own words are never checked', () => {
  it('Marie replies “non-compliant” on an entry: saved, no confirmation', async () => {
    const entry = await newEntry();
    const before = await count('SELECT count(*) AS n FROM kept_as_written');
    const res = await as('marie').post(`/api/portal/entries/${entry.id}/replies`, {
      kind: 'disagree',
      text: 'I am not non-compliant: the tablets make me too sleepy to get the children up.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().replies.at(-1).text).toContain('non-compliant');
    expect(await count('SELECT count(*) AS n FROM kept_as_written')).toBe(before);
  });

  it('Marie asks for help in those words: sent, no confirmation', async () => {
    const before = await count('SELECT count(*) AS n FROM kept_as_written');
    const res = await as('marie').post('/api/portal/help', { words: 'They will say I am non-compliant and in denial.', urgency: 'today' });
    expect(res.statusCode, res.body).toBe(201);
    expect(await count('SELECT count(*) AS n FROM kept_as_written')).toBe(before);
  });
});

describe('who sees a confirmation', () => {
  it('the care team, beside the entry’s version and the reply; never Marie, Jamie or Marie’s export', async () => {
    const entryReason = reasonFor('seen: entry');
    const replyReason = reasonFor('seen: reply');
    const made = await as('daniel').post(`/api/families/${F}/entries`, entryBody(JUDGED, { aboutPersonIds: [], ...keep(entryReason) }));
    const entry = made.json();
    const answered = await as('priya').post(`/api/families/${F}/entries/${entry.id}/replies`, {
      kind: 'team_answer',
      text: 'We said you refused the visit; you told us you were too unwell, and we agreed Friday.',
      keepAsWritten: { reason: replyReason },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const team = (await as('priya').get(`/api/families/${F}/entries/${entry.id}`)).json();
    expect(team.keptAsWritten).toEqual([
      { version: 1, by: 'Daniel Okafor', at: expect.any(String), reason: entryReason, found: ['non-compliant'] },
    ]);
    expect(team.replies.at(-1).keptAsWritten).toMatchObject({ version: 1, by: 'Priya Shah', reason: replyReason, found: ['refused'] });
    const listed = (await as('priya').get(`/api/families/${F}/entries`)).json().entries.find((e: { id: string }) => e.id === entry.id);
    expect(listed.keptAsWritten).toHaveLength(1);

    for (const who of ['marie', 'jamie']) {
      const record = await as(who).get('/api/portal/record');
      expect(record.statusCode).toBe(200);
      expect(record.body).not.toContain('keptAsWritten');
      expect(record.body).not.toContain(entryReason);
      expect(record.body).not.toContain(replyReason);
    }
    const marieSees = (await as('marie').get('/api/portal/record')).json().entries.find((e: { id: string }) => e.id === entry.id);
    expect(marieSees.text).toBe(JUDGED);

    const asked = await as('marie').post('/api/portal/exports');
    expect(asked.statusCode, asked.body).toBe(202);
    const got = await exportWhenReady(t.database.db, as('marie'), asked.json().id);
    expect(got.body).toContain(JUDGED.slice(0, 20));
    expect(got.body).not.toContain('keptAsWritten');
    expect(got.body).not.toContain(entryReason);
    expect(got.body).not.toContain(replyReason);
  });

  it('the worker answering a request sees which response kept words; Marie’s help page does not', async () => {
    const request = await newHelpRequest();
    const reason = reasonFor('seen: help');
    const res = await as('daniel').post(`/api/families/${F}/help-requests/${request}/acknowledge`, {
      whatWillHappen: 'I will ring you tomorrow. Last time you refused the visit, so tell me what suits you.',
      keepAsWritten: { reason },
    });
    expect(res.statusCode, res.body).toBe(200);
    const event = res.json().request.events.at(-1);
    expect(res.json().keptAsWritten).toEqual([
      { eventId: event.id, version: 1, by: 'Daniel Okafor', at: expect.any(String), reason, found: ['refused'] },
    ]);
    const page = await as('marie').get('/api/portal/help');
    expect(page.body).toContain('I will ring you tomorrow');
    expect(page.body).not.toContain(reason);
    expect(page.body).not.toContain('keptAsWritten');
  });
});

describe('the team manager’s counts', () => {
  beforeAll(async () => {
    // Only what this describe saves counts for Angela's team; Daniel's (another team) stay, and must not be counted.
    await t.database.asOwner('DELETE FROM kept_as_written WHERE team_id = $1', [FAMILY_SAFEGUARDING_TEAM]);
    const save = (who: string, text: string, reason: string) =>
      as(who).post(`/api/families/${F}/entries`, entryBody(text, { keepAsWritten: { reason } }));
    for (const [who, text] of [
      ['priya', 'Marie was non-compliant again.'],
      ['tom', 'Non-compliance noted; she refused the visit.'],
      ['tom', 'Marie is a schizophrenic, she says; these are her words.'],
    ] as const) {
      const res = await save(who, text, reasonFor(text));
      expect(res.statusCode, res.body).toBe(201);
    }
    // One from last year, and one from this team's worker a month ago.
    await t.database.asOwner(
      "UPDATE kept_as_written SET created_at = now() - interval '400 days' WHERE id = (SELECT id FROM kept_as_written WHERE team_id = $1 ORDER BY created_at LIMIT 1)",
      [FAMILY_SAFEGUARDING_TEAM],
    );
  });

  it('counts the saves of her own team that kept words, by word and by month, naming no worker and no family', async () => {
    const res = await as('angela').get('/api/teams/kept-words?months=6');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    // Two saves, one of each word: every number is 1 or 2, so every one is "fewer than 5" (null), never the number.
    expect(view).toMatchObject({ team: 'Family Safeguarding Team', months: 6, total: null, totalAtLeast: false });
    expect(view.byWord).toEqual([
      { entryId: 'identity', kind: 'identity', label: 'a diagnosis used as a name', count: null },
      { entryId: 'non-compliant', kind: 'judgement', label: 'non-compliant', count: null },
      { entryId: 'refused', kind: 'judgement', label: 'refused', count: null },
    ]);
    expect(view.byMonth).toHaveLength(6);
    expect(view.byMonth.at(-1)).toEqual({ month: new Date().toISOString().slice(0, 7), count: null });
    expect(view.byMonth.slice(0, -1).every((m: { count: number | null }) => m.count === 0)).toBe(true);
    expect(res.body).not.toMatch(/"count":[1-4]\b|"total":[1-4]\b/);
    // Daniel's confirmations (another team) are many in this file; none is here.
    expect(await count('SELECT count(*) AS n FROM kept_as_written WHERE team_id <> $1', [FAMILY_SAFEGUARDING_TEAM])).toBeGreaterThan(5);
    const people = (await sql('SELECT full_name FROM staff')).map((s) => s.full_name as string);
    for (const name of [...people, 'Marie', 'Dubois']) expect(res.body).not.toContain(name);
    expect(res.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(res.body).not.toContain('her own words');

    const year = (await as('angela').get('/api/teams/kept-words?months=24')).json();
    expect(year).toMatchObject({ total: null, totalAtLeast: false });
  });

  it('a count of 1 stays hidden beside numbers of 5 and more, and the total cannot give it away', async () => {
    // Six more saves keeping "refused" this month, and one keeping "chaotic" two months ago (made here, not through the
    // screens: only the counting is under test).
    const add = (entryId: string, age: string, n: number) =>
      t.database.asOwner(
        `INSERT INTO kept_as_written (family_id, id, subject_kind, subject_id, version, staff_id, team_id, findings, reason, created_at)
         SELECT $1, gen_random_uuid(), 'record_entry', gen_random_uuid(), 1, s.id, $2, $3::jsonb, 'For the count', now() - $4::interval
         FROM staff s CROSS JOIN generate_series(1, $5::int) WHERE s.full_name = 'Tom Reilly'`,
        [F, FAMILY_SAFEGUARDING_TEAM, JSON.stringify([{ field: 'text', entryId, kind: 'judgement', found: entryId }]), age, n],
      );
    await add('refused', '0 days', 6);
    await add('chaotic', '2 months', 1);
    const view = (await as('angela').get('/api/teams/kept-words?months=6')).json();
    // "refused": Tom's save in the describe's set-up and these six. The rest are 1 each: hidden, and sorted as one.
    expect(view.byWord.map((w: { entryId: string; count: number | null }) => [w.entryId, w.count])).toEqual([
      ['refused', 7],
      ['identity', null],
      ['chaotic', null],
      ['non-compliant', null],
    ]);
    const month = (ago: number) => {
      const d = new Date();
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - ago, 1)).toISOString().slice(0, 7);
    };
    expect(view.byMonth.find((m: { month: string }) => m.month === month(0)).count).toBe(8);
    expect(view.byMonth.find((m: { month: string }) => m.month === month(2)).count).toBeNull();
    // The exact total (9) less the months shown (8) would be the hidden month's 1: the total is the least it can be.
    expect(view).toMatchObject({ total: 9, totalAtLeast: true });
    await t.database.asOwner("DELETE FROM kept_as_written WHERE reason = 'For the count'");
  });

  it('is audited as the team’s numbers, never as a family’s event', async () => {
    await as('angela').get('/api/teams/kept-words');
    const [event] = await sql(
      "SELECT family_id, subject_type, subject_id, details FROM audit_events WHERE action = 'team_words.viewed' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(event).toMatchObject({
      family_id: null,
      subject_type: 'team',
      subject_id: FAMILY_SAFEGUARDING_TEAM,
      details: { team: FAMILY_SAFEGUARDING_TEAM, months: 6 },
    });
  });

  it('a practitioner is refused (403), and a family member too; a month count out of range is a 400', async () => {
    for (const who of ['tom', 'daniel', 'marie']) expect((await as(who).get('/api/teams/kept-words')).statusCode).toBe(403);
    const wrong = await as('angela').get('/api/teams/kept-words?months=25');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toHaveProperty('months');
  });
});

// Last: closing the work with the family stops every other change until it is reopened.
describe('the closing summary', () => {
  const close = (summary: string, reason?: string) =>
    as('daniel').post(`/api/families/${F}/involvement/close`, { summary, ...keep(reason) });
  const reopen = () => as('daniel').post(`/api/families/${F}/involvement/reopen`, { reason: 'Marie asked for help again.' });
  const closures = () => count('SELECT count(*) AS n FROM involvement_closures WHERE family_id = $1', [F]);
  const summary = (words: string) => `We have worked together since October. ${words} If you need us again, call the team.`;

  it('words to check and no “keep as written”: 400 naming the summary; the work stays open', async () => {
    const res = await close(summary(JUDGED));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'words_to_check', fields: { summary: expect.stringContaining('non-compliant') } });
    expect(await closures()).toBe(0);
    expect((await sql('SELECT closed_at FROM families WHERE id = $1', [F]))[0]?.closed_at).toBeNull();
  });

  it('kept with a reason: closed, one confirmation beside the closure (version 1), labels_kept still written; Marie never sees it', async () => {
    const reason = reasonFor('closing');
    const res = await close(summary('Marie says she was “a schizophrenic” to them; these are her words.'), reason);
    expect(res.statusCode, res.body).toBe(200);
    const [closure] = await sql('SELECT id, labels_kept FROM involvement_closures WHERE family_id = $1', [F]);
    expect(closure?.labels_kept).toEqual(['a schizophrenic']);
    const rows = await keptRows(closure?.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_kind: 'closing_summary', version: 1, reason });
    const team = (await as('priya').get(`/api/families/${F}/involvement`)).json();
    expect(team.closures[0].keptAsWritten).toMatchObject({ version: 1, by: 'Daniel Okafor', reason, found: ['a schizophrenic'] });
    const marie = await as('marie').get('/api/portal/closing-summary');
    expect(marie.statusCode).toBe(200);
    expect(marie.body).not.toContain(reason);
    expect(marie.json().closure).not.toHaveProperty('keptAsWritten');
    expect(marie.json().closure).not.toHaveProperty('labelsKept');
  });

  it('clean: closed with no confirmation; Marie’s reply in any words is not checked', async () => {
    expect((await reopen()).statusCode).toBe(204);
    const res = await close(summary('You and the children have a plan for when things get hard.'));
    expect(res.statusCode, res.body).toBe(200);
    const [latest] = await sql('SELECT id, labels_kept FROM involvement_closures WHERE family_id = $1 ORDER BY closed_at DESC LIMIT 1', [
      F,
    ]);
    expect(latest?.labels_kept).toEqual([]);
    expect(await keptRows(latest?.id)).toEqual([]);
    const before = await count('SELECT count(*) AS n FROM kept_as_written');
    const reply = await as('marie').post('/api/portal/closing-summary/replies', { text: 'You called me hostile once. I was frightened.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(await count('SELECT count(*) AS n FROM kept_as_written')).toBe(before);
  });
});
