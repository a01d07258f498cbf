// What the family sees of the audit log and of sharing, decided by the audit action catalogue: a secret
// safeguarding override and a hidden placeholder leave no trace in "Who has looked" or the export, and a
// young person's sharing page holds only what is about him.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../audit/audit-actions.ts';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { currentTotp } from '../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
type LogItem = { at: string; who: string; what: string };

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

async function whoHasLooked(who: string): Promise<LogItem[]> {
  const items: LogItem[] = [];
  let cursor: string | null = null;
  do {
    const res = await as(who).get(`/api/portal/access-log${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    items.push(...res.json().items);
    cursor = res.json().nextCursor;
  } while (cursor);
  return items;
}

async function exportedLog(who: string): Promise<LogItem[]> {
  const asked = await as(who).post('/api/portal/exports');
  expect(asked.statusCode, asked.body).toBe(202);
  const got = (await exportWhenReady(t.database.db, as(who), asked.json().id)).json();
  return (typeof got.content === 'string' ? JSON.parse(got.content) : got.content).accessLog;
}

const OVERRIDE_WORDS = Object.entries(AUDIT_ACTIONS)
  .filter(([action]) => action.startsWith('override.'))
  .map(([, d]) => d.words);

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'angela', 'ruth', 'marie', 'jamie', 'mark']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('a safeguarding override Marie is not told about (finding 5)', () => {
  it('leaves nothing in her “Who has looked” or her export’s access log until it is released', async () => {
    const started = await as('daniel').post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: DEMO_IDS.council,
      lawfulBasis: 'safeguarding_child',
      justification: 'Children’s services must know before the strategy meeting tomorrow.',
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      tellParent: false,
      notTellingReason: 'Telling Marie tonight could put the children at risk before the visit tomorrow.',
    });
    expect(started.statusCode, started.body).toBe(201);
    const overrideId = started.json().id;
    const review = await as('ruth').post(`/api/governance/overrides/${F}/${overrideId}/review`, { release: false, note: 'Still needed.' });
    expect(review.statusCode).toBe(204);
    for (const log of [await whoHasLooked('marie'), await exportedLog('marie'), await whoHasLooked('jamie')]) {
      expect(log.filter((i) => OVERRIDE_WORDS.includes(i.what))).toEqual([]);
      // Daniel and Ruth did nothing else with this family: not a line of theirs may show.
      expect(log.some((i) => i.who === 'Ruth Adeyemi' || i.who === 'Daniel Okafor')).toBe(false);
    }
    // Once the reason has passed and she is told, the override and its steps are hers to see.
    const released = await as('ruth').post(`/api/governance/overrides/${F}/${overrideId}/review`, { release: true, note: 'Visit done.' });
    expect(released.statusCode).toBe(204);
    const told = await whoHasLooked('marie');
    expect(told.some((i) => i.who === 'Daniel Okafor' && i.what === AUDIT_ACTIONS['override.started'].words)).toBe(true);
    expect(told.some((i) => i.who === 'Ruth Adeyemi' && i.what === AUDIT_ACTIONS['override.released_to_parent'].words)).toBe(true);
    // A young person is never shown overrides: they are about the family's information, the parent's to know.
    expect((await whoHasLooked('jamie')).filter((i) => OVERRIDE_WORDS.includes(i.what))).toEqual([]);
  });
});

describe('a placeholder a team manager hid (findings 5 and 6)', () => {
  it('takes the entry’s events, and the hiding, out of Marie’s “Who has looked” and her export', async () => {
    const wrote = await as('priya').post(`/api/families/${F}/entries`, {
      kind: 'observation',
      occurredAt: new Date().toISOString(),
      category: 'childrens_social_care',
      text: 'Strategy notes.',
      withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2026-12-20' },
    });
    expect(wrote.statusCode, wrote.body).toBe(201);
    const id = wrote.json().id;
    expect((await as('angela').get(`/api/families/${F}/entries/${id}`)).statusCode).toBe(200);
    const before = await whoHasLooked('marie');
    // While the placeholder shows, its events show too (the placeholder says as much already).
    expect(before.some((i) => i.who === 'Angela Brooks' && i.what === AUDIT_ACTIONS['entry.viewed'].words)).toBe(true);
    const wroteBefore = before.filter((i) => i.who === 'Priya Shah' && i.what === AUDIT_ACTIONS['entry.created'].words).length;
    const hidden = await as('angela').post(`/api/families/${F}/entries/${id}/hide-placeholder`, {
      reason: 'Telling her now would put the children at risk.',
    });
    expect(hidden.statusCode, hidden.body).toBe(200);
    for (const log of [await whoHasLooked('marie'), await exportedLog('marie')]) {
      expect(log.some((i) => i.who === 'Angela Brooks')).toBe(false);
      expect(log.filter((i) => i.what === AUDIT_ACTIONS['entry.placeholder_hidden'].words && i.who !== 'Priya Shah')).toEqual([]);
      expect(log.filter((i) => i.who === 'Priya Shah' && i.what === AUDIT_ACTIONS['entry.created'].words)).toHaveLength(wroteBefore - 1);
    }
  });
});

describe('a young person’s sharing page (finding 12)', () => {
  it('shows Jamie only his own consents and the shares made under them, never his mother’s purposes or an emergency reason', async () => {
    const marieConsent = await as('marie').post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'MARIE-PURPOSE so Priya understands my illness',
    });
    expect(marieConsent.statusCode, marieConsent.body).toBe(201);
    const jamieConsent = await as('jamie').post('/api/portal/consents', {
      category: 'health',
      recipientOrganisationId: DEMO_IDS.school,
      purpose: 'JAMIE-PURPOSE so school knows about my appointments',
    });
    expect(jamieConsent.statusCode, jamieConsent.body).toBe(201);
    const secret = readPersonas().find((p) => p.username === 'mark')?.totpSecret ?? '';
    const emergency = await as('mark').post('/api/emergency-access', {
      familyIds: [F],
      reason: 'EMERGENCY-REASON Marie was found unwell at the clinic.',
      code: currentTotp(secret),
    });
    expect(emergency.statusCode, emergency.body).toBe(201);

    const jamie = await as('jamie').get('/api/portal/sharing');
    expect(jamie.statusCode).toBe(200);
    const text = jamie.body;
    expect(text).not.toContain('MARIE-PURPOSE');
    expect(text).not.toContain('EMERGENCY-REASON');
    expect(text).not.toContain('strategy meeting');
    expect(jamie.json().consents.map((x: { id: string }) => x.id)).toEqual([jamieConsent.json().id]);
    expect(jamie.json().shares.map((s: { purpose: string }) => s.purpose)).toEqual([expect.stringContaining('JAMIE-PURPOSE')]);
    expect(jamie.json().requests).toEqual([]);
    // His mother's page still shows everything that is hers, his consent included.
    const marie = (await as('marie').get('/api/portal/sharing')).body;
    for (const words of ['MARIE-PURPOSE', 'EMERGENCY-REASON', 'JAMIE-PURPOSE']) expect(marie).toContain(words);
    // His "Who has looked" says nothing of his mother's consent or the emergency access either.
    const log = await whoHasLooked('jamie');
    expect(log.some((i) => i.what === AUDIT_ACTIONS['consent.granted'].words)).toBe(false);
    expect(log.some((i) => i.who === 'Mark Ellis')).toBe(false);
  });
});
