// Who on the care team reads a request for help or a raised worry (access/help-access.ts), as one table: each worker's
// relationship to the request × each kind of request → reads or not. Held for the pure rule, and through the API (the
// family's list, the request's page, answering) on the database the tests run on. Nobody else gets a trace of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_ASKER_KINDS, type HelpAskerKind } from '../../shared/domain/help.ts';
import { createAuditLog } from '../audit/audit-log.ts';
import { F, type HelpKit, helpKit, winter } from '../modules/help/help-test-kit.ts';
import { escalateHelpRequests } from '../modules/help/index.ts';
import { TEST_AUDIT_KEY } from '../test/test-app.ts';
import { askerKindsReadWith, HELP_READER_FACTS, type HelpReaderFacts, workerReadsHelpRequest } from './help-access.ts';

const RELATIONSHIPS = [
  'recipient',
  'passed to',
  'duty worker',
  'manager',
  'key worker, adult side',
  'key worker, children side',
  'other care-team member',
  'not on the care team',
] as const;
type Relationship = (typeof RELATIONSHIPS)[number];

const KINDS = ['parent’s help', 'young person’s help', 'network member’s worry', 'other parent’s worry'] as const;
type Kind = (typeof KINDS)[number];
const ASKER: Record<Kind, HelpAskerKind> = {
  'parent’s help': 'parent',
  'young person’s help': 'young_person',
  'network member’s worry': 'network_member',
  'other parent’s worry': 'other_parent',
};

const all = (reads: boolean): Record<Kind, boolean> => Object.fromEntries(KINDS.map((k) => [k, reads])) as Record<Kind, boolean>;
const keyWorker = { ...all(true), 'young person’s help': false };

/** The rule, as the product states it. */
const READS: Record<Relationship, Record<Kind, boolean>> = {
  recipient: all(true),
  'passed to': all(true),
  'duty worker': all(true),
  manager: all(true),
  'key worker, adult side': keyWorker,
  'key worker, children side': keyWorker,
  'other care-team member': all(false),
  'not on the care team': all(false),
};

/** The facts each relationship gives (a worker not on the care team does not reach the family at all: familyVisible()). */
const FACTS: Record<Relationship, HelpReaderFacts> = {
  recipient: { handler: true, keyWorker: false },
  'passed to': { handler: true, keyWorker: false },
  'duty worker': { handler: true, keyWorker: false },
  manager: { handler: true, keyWorker: false },
  'key worker, adult side': { handler: false, keyWorker: true },
  'key worker, children side': { handler: false, keyWorker: true },
  'other care-team member': { handler: false, keyWorker: false },
  'not on the care team': { handler: false, keyWorker: false },
};

const cells = RELATIONSHIPS.flatMap((relationship) => KINDS.map((kind) => ({ relationship, kind, reads: READS[relationship][kind] })));

describe('help access policy: the pure rule', () => {
  it.each(cells)('$relationship, $kind → reads: $reads', ({ relationship, kind, reads }) => {
    expect(workerReadsHelpRequest(ASKER[kind], FACTS[relationship])).toBe(reads);
  });

  it('is an OR of single facts, so the SQL condition built fact by fact (helpRequestReadableBy) is the same rule', () => {
    for (const askerKind of HELP_ASKER_KINDS)
      for (const handler of [false, true])
        for (const keyWorker of [false, true]) {
          const facts = { handler, keyWorker };
          const byFacts = HELP_READER_FACTS.some((f) => facts[f] && askerKindsReadWith(f).includes(askerKind));
          expect(workerReadsHelpRequest(askerKind, facts), `${askerKind} ${JSON.stringify(facts)}`).toBe(byFacts);
        }
  });
});

/**
 * Through the API. For each kind, two requests are sent to Sarah (a worry's recipients are set to her, as when a family
 * has no key worker, so that being sent it is told apart from being a key worker). The first is passed by Sarah to Tom,
 * then escalated to Helen (made her team's duty worker) and to Angela (the team manager on the care team); the second
 * stays with Sarah. A key worker and the other care-team members are asked about the second.
 */
const WHO: Record<Relationship, { people: string[]; request: 'first' | 'second' }> = {
  recipient: { people: ['sarah'], request: 'first' },
  'passed to': { people: ['tom'], request: 'first' },
  'duty worker': { people: ['helen'], request: 'first' },
  manager: { people: ['angela'], request: 'first' },
  'key worker, adult side': { people: ['daniel'], request: 'second' },
  'key worker, children side': { people: ['priya'], request: 'second' },
  'other care-team member': { people: ['tom', 'helen', 'angela'], request: 'second' },
  'not on the care team': { people: ['mark'], request: 'first' },
};
const ASKED_BY: Record<Kind, string> = {
  'parent’s help': 'marie',
  'young person’s help': 'jamie',
  'network member’s worry': 'patricia',
  'other parent’s worry': 'clive',
};
const WORKERS = ['sarah', 'tom', 'helen', 'angela', 'daniel', 'priya', 'mark'];

let k: HelpKit;
const sent = new Map<string, string>();
const words = (kind: Kind, which: 'first' | 'second') => `Words of the ${which} ${kind} (policy test).`;

beforeAll(async () => {
  k = await helpKit(['marie', 'jamie', 'patricia', 'clive', ...WORKERS]);
  const sarah = await k.staffId('Sarah Whitfield');
  for (const who of ['marie', 'jamie']) {
    const settings = (await k.as(who).get('/api/portal/help/settings')).json();
    const saved = await k.as(who).put('/api/portal/help/settings', { staffIds: [sarah], version: settings.version });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  for (const kind of KINDS)
    for (const which of ['first', 'second'] as const) {
      const worry = ASKER[kind] === 'network_member' || ASKER[kind] === 'other_parent';
      const res = await k.ask(ASKED_BY[kind], {
        words: words(kind, which),
        urgency: which === 'first' ? 'today' : 'letting_know',
        ...(worry ? { worryAbout: 'parent' } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      sent.set(`${kind}|${which}`, res.json().id);
    }
  await k.t.database.asOwner('UPDATE help_requests SET recipient_staff_ids = ARRAY[$1::uuid] WHERE id = ANY($2::uuid[])', [
    sarah,
    [...sent.values()],
  ]);
  const tom = await k.staffId('Tom Reilly');
  for (const kind of KINDS) {
    const passed = await k.as('sarah').post(`/api/families/${F}/help-requests/${sent.get(`${kind}|first`)}/pass`, {
      staffId: tom,
      note: 'Could you take this one?',
    });
    expect(passed.statusCode, passed.body).toBe(200);
  }
  // Every request went first to a worker of the community mental health team; Helen is made its duty worker.
  await k.t.database.asOwner(
    "UPDATE teams SET duty_staff_id = (SELECT id FROM staff WHERE full_name = 'Helen Carter') WHERE id = (SELECT team_id FROM staff WHERE full_name = 'Daniel Okafor')",
  );
  const steps = await escalateHelpRequests(
    k.t.database.db,
    createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }),
    winter('2026-12-21 10:00'),
  );
  expect(steps).toBe(KINDS.length * 2);
});
afterAll(() => k?.t.close());

describe('help access policy: through the API', () => {
  it.each(cells)('$relationship, $kind → reads: $reads', async ({ relationship, kind, reads }) => {
    const id = sent.get(`${kind}|${WHO[relationship].request}`);
    for (const who of WHO[relationship].people) {
      const list = await k.as(who).get(`/api/families/${F}/help-requests`);
      const page = await k.as(who).get(`/api/families/${F}/help-requests/${id}`);
      if (relationship === 'not on the care team') expect(list.statusCode).toBe(404);
      else
        expect(
          list
            .json()
            .requests.map((r: { id: string }) => r.id)
            .includes(id),
          `${who}'s list`,
        ).toBe(reads);
      expect(page.statusCode, `${who}: ${page.body}`).toBe(reads ? 200 : 404);
      if (reads) {
        expect(page.json().request.words).toBe(words(kind, WHO[relationship].request));
        expect(page.json().canRespond).toBe(true);
      } else {
        // Answering follows reading: no trace here either, and nothing is said about whom it went to.
        const answer = await k.as(who).post(`/api/families/${F}/help-requests/${id}/acknowledge`, { whatWillHappen: 'I will call.' });
        expect(answer.statusCode).toBe(404);
        expect(`${page.body}${answer.body}`).not.toMatch(/Sarah|Whitfield|Policy test/i);
      }
    }
  });

  it('never puts the words of a request in a worker’s notification, nor in any mail', async () => {
    const told = await k.t.database.asOwner('SELECT message FROM notifications WHERE recipient_staff_id IS NOT NULL');
    expect(told.rows.length).toBeGreaterThan(KINDS.length * 3);
    const mail = await k.t.database.asOwner('SELECT to_jsonb(m)::text AS mail FROM mail_outbox m');
    for (const text of [...told.rows.map((r) => r.message as string), ...mail.rows.map((r) => r.mail as string)])
      expect(text).not.toMatch(/policy test|Words of the/i);
  });

  it('counts for a worker only the requests they read, in the answer and in the audit event', async () => {
    const helen = (await k.as('helen').get(`/api/families/${F}/help-requests`)).json().requests.map((r: { id: string }) => r.id);
    expect(helen.sort()).toEqual(KINDS.map((kind) => sent.get(`${kind}|first`)).sort());
    const counted = await k.t.database.asOwner(
      `SELECT (e.details->>'count')::int AS n FROM audit_events e JOIN staff s ON s.id = e.actor_staff_id
       WHERE e.action = 'help_requests.listed' AND s.full_name = 'Helen Carter' ORDER BY e.occurred_at DESC LIMIT 1`,
    );
    expect(counted.rows[0]?.n).toBe(KINDS.length);
  });
});
