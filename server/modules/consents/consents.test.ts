// Consent you can see (P12) through the API: the category policy table, consent withdrawn on the next
// request, overrides hidden until reviewed, emergency access, and the subject access export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemScope } from '../../access/scope.ts';
import { createAuditLog } from '../../audit/audit-log.ts';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { exportWhenReady } from '../../test/exports.ts';
import { createTestApp, TEST_AUDIT_KEY, type TestApp, type TestClient } from '../../test/test-app.ts';
import { currentTotp } from '../auth/index.ts';
import { closeLapsedEmergencyAccesses } from '../emergency-access/index.ts';
import { noteExpiredConsents } from './index.ts';

const F = DEMO_IDS.mariesFamily;
const H = DEMO_IDS.hughesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
let t: TestApp;
const c: Record<string, TestClient> = {};
const secret = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';
const entryIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['daniel', 'priya', 'helen', 'marie', 'ruth', 'mark', 'alex', 'angela']) c[u] = await t.signIn(u);
  // One entry from each agency in each category it might use.
  const write = async (who: string, category: string, text: string) => {
    const res = await c[who]?.post(`/api/families/${F}/entries`, {
      kind: 'observation',
      occurredAt: new Date().toISOString(),
      category,
      text,
      aboutPersonIds: [MARIE],
    });
    if (res?.statusCode !== 201) throw new Error(res?.body);
    entryIds[`${who}:${category}`] = res.json().id;
  };
  await write('daniel', 'mental_health', 'AMH-MENTAL-HEALTH note');
  await write('daniel', 'general', 'AMH-GENERAL note');
  await write('priya', 'childrens_social_care', 'CS-SOCIAL-CARE note');
  await write('helen', 'education', 'EDU-EDUCATION note');
  await write('daniel', 'health', 'AMH-HEALTH note');
});
afterAll(() => t?.close());

const sees = async (who: string, key: string) => {
  const id = entryIds[key];
  const list = (await c[who]?.get(`/api/families/${F}/entries`))?.json() as { entries: { id: string }[] };
  const inList = list.entries.some((e) => e.id === id);
  const single = (await c[who]?.get(`/api/families/${F}/entries/${id}`))?.statusCode === 200;
  expect(inList, `${who} list vs single for ${key}`).toBe(single);
  return single;
};
const today = new Date().toISOString().slice(0, 10);
const orgOf = { childrens_services: DEMO_IDS.council, education: DEMO_IDS.school };

describe('the category policy table', () => {
  const base: [string, string, boolean][] = [
    // viewer, entry, visible without any consent
    ['daniel', 'daniel:mental_health', true],
    ['priya', 'daniel:mental_health', false],
    ['helen', 'daniel:mental_health', false],
    ['priya', 'daniel:general', true],
    ['helen', 'daniel:general', true],
    ['daniel', 'priya:childrens_social_care', false],
    ['priya', 'priya:childrens_social_care', true],
    ['helen', 'helen:education', true],
    ['priya', 'helen:education', false],
    ['helen', 'daniel:health', false],
  ];
  it.each(base)('%s reading %s without consent: %s (list and single record agree)', async (who, key, expected) => {
    expect(await sees(who, key)).toBe(expected);
  });

  it('follows the consent state for children’s services reading mental health: none, granted, withdrawn, expired, override active, override ended', async () => {
    const states: [string, () => Promise<void>, boolean][] = [];
    let consentId = '';
    states.push(['none', async () => {}, false]);
    states.push([
      'granted',
      async () => {
        const r = await c.marie?.post('/api/portal/consents', {
          category: 'mental_health',
          recipientOrganisationId: orgOf.childrens_services,
          purpose: 'So Priya understands how I am',
        });
        consentId = r?.json().id;
      },
      true,
    ]);
    states.push(['withdrawn', async () => void (await c.marie?.post(`/api/portal/consents/${consentId}/withdraw`)), false]);
    states.push([
      'expired',
      async () => {
        const r = await c.marie?.post('/api/portal/consents', {
          category: 'mental_health',
          recipientOrganisationId: orgOf.childrens_services,
          purpose: 'For one week',
          endsOn: today,
        });
        await t.database.asOwner('UPDATE consents SET starts_on = starts_on - 10, ends_on = current_date - 1 WHERE id = $1', [
          r?.json().id,
        ]);
      },
      false,
    ]);
    let overrideId = '';
    states.push([
      'override active',
      async () => {
        const r = await c.daniel?.post(`/api/families/${F}/overrides`, {
          categories: ['mental_health'],
          recipientOrganisationId: orgOf.childrens_services,
          lawfulBasis: 'safeguarding_child',
          justification: 'Marie said the voices tell her to take the children with her.',
          endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          tellParent: true,
        });
        overrideId = r?.json().id;
      },
      true,
    ]);
    states.push(['override ended', async () => void (await c.daniel?.post(`/api/families/${F}/overrides/${overrideId}/end`)), false]);
    for (const [state, arrange, expected] of states) {
      await arrange();
      expect(await sees('priya', 'daniel:mental_health'), state).toBe(expected);
      // The school never sees mental health whatever children's services were given.
      expect(await sees('helen', 'daniel:mental_health'), `school, ${state}`).toBe(false);
    }
  });

  it('the school with consent for education-relevant information only still sees no mental health entry in any response', async () => {
    await c.marie?.post('/api/portal/consents', {
      category: 'education',
      recipientOrganisationId: orgOf.education,
      purpose: 'So school can support Jamie and Clare',
    });
    for (const url of [
      `/api/families/${F}/entries`,
      `/api/families/${F}`,
      `/api/families/${F}/sharing`,
      `/api/families/${F}/entries/${entryIds['daniel:mental_health']}`,
    ]) {
      expect((await c.helen?.get(url))?.body).not.toContain('AMH-MENTAL-HEALTH');
    }
  });
});

describe('withdrawal and the share log', () => {
  it('ends access on the very next request and keeps the withdrawal and the earlier share in the log', async () => {
    const granted = await c.marie?.post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: orgOf.childrens_services,
      purpose: 'Planning together',
    });
    expect(granted?.statusCode).toBe(201);
    expect(await sees('priya', 'daniel:mental_health')).toBe(true);
    await c.marie?.post(`/api/portal/consents/${granted?.json().id}/withdraw`);
    expect(await sees('priya', 'daniel:mental_health')).toBe(false);
    const mine = (await c.marie?.get('/api/portal/sharing'))?.json();
    expect(mine.consents.find((x: { id: string }) => x.id === granted?.json().id).status).toBe('withdrawn');
    expect(
      mine.shares.some((s: { purpose: string; lawfulBasis: string }) => s.purpose === 'Planning together' && s.lawfulBasis === 'Consent'),
    ).toBe(true);
    const audit = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'consent.withdrawn' AND subject_id = $1",
      [granted?.json().id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('a professional asks for consent; Marie accepts and the request becomes a consent', async () => {
    const asked = await c.priya?.post(`/api/families/${F}/consent-requests`, {
      category: 'health',
      reason: 'To know about appointments that affect the school run',
    });
    expect(asked?.statusCode).toBe(201);
    const notes = (await c.marie?.get('/api/notifications'))?.json();
    expect(notes.notifications.some((n: { kind: string }) => n.kind === 'consent_requested')).toBe(true);
    const answered = await c.marie?.post(`/api/portal/consent-requests/${asked?.json().id}/answer`, { accept: true });
    expect(answered?.statusCode).toBe(204);
    expect(await sees('priya', 'daniel:health')).toBe(true);
  });
});

describe('a safeguarding override not told to the parent', () => {
  it('is hidden from Marie until reviewed and released, and is in the review queue at once', async () => {
    const started = await c.daniel?.post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: orgOf.education,
      lawfulBasis: 'prevent_serious_harm',
      justification: 'The school must know to watch for signs today, before the strategy meeting.',
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      tellParent: false,
      notTellingReason: 'Telling Marie tonight could put the children at risk before the visit tomorrow.',
    });
    expect(started?.statusCode).toBe(201);
    const id = started?.json().id;
    const hidden = (await c.marie?.get('/api/portal/sharing'))?.json();
    expect(JSON.stringify(hidden)).not.toContain('watch for signs today');
    const school = hidden.whoCanSee.find((w: { organisationName: string }) => w.organisationName === 'Northfield Academy');
    expect(school.categories.map((x: { category: string }) => x.category)).not.toContain('mental_health');
    const queue = (await c.ruth?.get('/api/governance/queue'))?.json();
    expect(queue.overrides.find((o: { id: string }) => o.id === id)).toMatchObject({
      parentTold: false,
      reviewed: false,
      reviewDueAt: expect.any(String),
    });
    expect((await c.priya?.get('/api/governance/queue'))?.statusCode).toBe(403);
    const tooLong = await c.daniel?.post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: orgOf.education,
      lawfulBasis: 'prevent_serious_harm',
      justification: 'A long override that goes past the thirty day limit.',
      endsAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      tellParent: true,
    });
    expect(tooLong?.statusCode).toBe(400);

    expect(
      (await c.ruth?.post(`/api/governance/overrides/${F}/${id}/review`, { release: true, note: 'Visit done; Marie can be told.' }))
        ?.statusCode,
    ).toBe(204);
    const told = (await c.marie?.get('/api/portal/sharing'))?.json();
    expect(told.shares.some((s: { purpose: string }) => s.purpose.includes('watch for signs today'))).toBe(true);
    // She is told in a message she reads in her own language (issue 16 §3).
    const note = (await c.marie?.get('/api/notifications'))
      ?.json()
      .notifications.find((n: { kind: string }) => n.kind === 'information_shared');
    expect(note).toMatchObject({ messageId: 'notify-family.sharedWithoutAgreementReleased' });
  });
});

describe('emergency access', () => {
  it('is refused without a reason, without the second factor, for two families or an ineligible role; granted read-only for one family; ends after its window', async () => {
    const ask = (who: string, body: Record<string, unknown>) => c[who]?.post('/api/emergency-access', body);
    const code = () => currentTotp(secret('mark'));
    expect((await ask('mark', { familyIds: [F], reason: '', code: code() }))?.statusCode).toBe(400);
    expect((await ask('mark', { familyIds: [F], reason: 'Marie was found unwell at the clinic.', code: '000000' }))?.statusCode).toBe(401);
    expect((await ask('mark', { familyIds: [F, H], reason: 'Marie was found unwell at the clinic.', code: code() }))?.statusCode).toBe(400);
    expect(
      (await ask('alex', { familyIds: [F], reason: 'Marie was found unwell at the clinic.', code: currentTotp(secret('alex')) }))
        ?.statusCode,
    ).toBe(403);
    const refusals = await t.database.asOwner(
      "SELECT details->>'reason' AS reason FROM audit_events WHERE action = 'emergency_access.refused'",
    );
    expect(refusals.rows.map((r) => r.reason).sort()).toEqual(['more_than_one_family', 'no_reason', 'second_factor_failed']);
    // An administrator does not hold the permission at all: refused and audited by the choke point.
    const denied = await t.database.asOwner(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'access.denied' AND details->>'route' = 'POST /api/emergency-access'",
    );
    expect(denied.rows[0].n).toBe(1);

    expect((await c.mark?.get(`/api/families/${F}`))?.statusCode).toBe(404);
    const granted = await ask('mark', { familyIds: [F], reason: 'Marie was found unwell at the clinic.', code: code() });
    expect(granted?.statusCode).toBe(201);
    expect((await c.mark?.get(`/api/families/${F}`))?.statusCode).toBe(200);
    expect((await c.mark?.get(`/api/families/${F}/entries/${entryIds['daniel:mental_health']}`))?.statusCode).toBe(200);
    const write = await c.mark?.post(`/api/families/${F}/entries`, {
      kind: 'observation',
      occurredAt: new Date().toISOString(),
      category: 'health',
      text: 'x',
    });
    expect(write?.statusCode).toBe(404);
    expect((await c.mark?.get(`/api/families/${H}/entries`))?.statusCode).toBe(200); // his own team's family, unchanged

    const queue = (await c.ruth?.get('/api/governance/queue'))?.json();
    expect(queue.emergencyAccesses[0]).toMatchObject({ who: 'Mark Ellis', reason: 'Marie was found unwell at the clinic.' });
    const marieNotes = (await c.marie?.get('/api/notifications'))?.json();
    expect(marieNotes.notifications.find((n: { kind: string }) => n.kind === 'emergency_access_started')).toMatchObject({
      messageId: 'notify-family.emergencyAccess',
      messageValues: { name: 'Mark Ellis', hasOrganisation: 'yes', organisation: 'Riverside Health', hours: 4 },
    });

    // The clock moves past the window: access stops, and the job records the end once.
    await t.database.asOwner(
      "UPDATE emergency_accesses SET started_at = started_at - interval '5 hours', ends_at = ends_at - interval '5 hours'",
    );
    expect((await c.mark?.get(`/api/families/${F}`))?.statusCode).toBe(404);
    expect(await closeLapsedEmergencyAccesses(t.database.db, createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }))).toBe(1);
    const steps = await t.database.asOwner("SELECT action FROM audit_events WHERE action LIKE 'emergency_access.%' ORDER BY occurred_at");
    expect(steps.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['emergency_access.started', 'emergency_access.ended']));
  });
});

describe('subject access export', () => {
  it('contains every item Marie may see, withheld items without content, and nothing about other families', async () => {
    await c.daniel?.post(`/api/families/${F}/entries`, {
      kind: 'phone_call',
      occurredAt: new Date().toISOString(),
      category: 'general',
      text: 'SECRET-THIRD-PARTY detail',
      withholding: { scope: 'whole', reason: 'third_party', reviewOn: '2030-03-01' },
    });
    const asked = await c.marie?.post('/api/portal/exports');
    expect(asked?.statusCode).toBe(202);
    const got = await exportWhenReady(t.database.db, c.marie as TestClient, asked?.json().id);
    const body = got.body;
    const record = (await c.marie?.get('/api/portal/record'))?.json();
    for (const e of record.entries) expect(body).toContain(e.id);
    expect(body).not.toContain('SECRET-THIRD-PARTY');
    expect(body).toContain('"withheld":true');
    expect(body).not.toContain('Dawn');
    expect(body).not.toContain(H);
    const doc = await c.marie?.get(`/api/exports/${asked?.json().id}/document`);
    expect(doc?.headers['content-type']).toMatch(/text\/html/);
    expect(doc?.body).toContain('Everything Umbrella holds about Marie Dubois');
    // Her plans are in it as she sees them; a child's words she was not given are not.
    expect(doc?.body).toContain('Medication with breakfast');
    expect(doc?.body).toContain('dog called Biscuit');
    expect(body).not.toContain('school play');
    expect((await c.priya?.get(`/api/exports/${asked?.json().id}`))?.statusCode).toBe(404);
  });
});

describe('the governance console', () => {
  it('searches the audit log, exports it as safe CSV and verifies the chain', async () => {
    const rows = (await c.ruth?.get(`/api/governance/audit?familyId=${F}&limit=50`))?.json().rows;
    expect(rows.length).toBeGreaterThan(0);
    const csv = await c.ruth?.get(`/api/governance/audit.csv?familyId=${F}`);
    expect(csv?.headers['content-type']).toMatch(/text\/csv/);
    expect(csv?.body.split('\r\n')[0]).toBe(
      '"when","action","outcome","actor kind","actor","family","subject type","subject","address","details"',
    );
    const chain = (await c.ruth?.get('/api/governance/audit-chain'))?.json();
    expect(chain).toMatchObject({ ok: true, problems: [] });
    expect((await c.daniel?.get('/api/governance/audit-chain'))?.statusCode).toBe(403);
  });
});

describe('a young person’s consent for their own information', () => {
  it('Jamie shares his own health information with school: it covers entries about him only, and only he can withdraw it', async () => {
    const JAMIE = '00000000-0000-7000-8000-000000000102';
    const aboutJamie = await c.daniel?.post(`/api/families/${F}/entries`, {
      kind: 'observation',
      occurredAt: new Date().toISOString(),
      category: 'health',
      text: 'JAMIE-HEALTH note',
      aboutPersonIds: [JAMIE],
    });
    const key = 'daniel:jamie-health';
    entryIds[key] = aboutJamie?.json().id;
    expect(await sees('helen', key)).toBe(false);
    const jamie = await t.signIn('jamie');
    const granted = await jamie.post('/api/portal/consents', {
      category: 'health',
      recipientOrganisationId: orgOf.education,
      purpose: 'So school knows about my appointments',
    });
    expect(granted.statusCode).toBe(201);
    expect(await sees('helen', key)).toBe(true);
    // It does not reach health information about Marie.
    expect(await sees('helen', 'daniel:health')).toBe(false);
    const mine = (await jamie.get('/api/portal/sharing')).json().consents.find((x: { id: string }) => x.id === granted.json().id);
    expect(mine).toMatchObject({ aboutSomeone: true, youCanChange: true });
    // Marie cannot withdraw Jamie's own consent; Jamie can.
    expect((await c.marie?.post(`/api/portal/consents/${granted.json().id}/withdraw`))?.statusCode).toBe(404);
    expect((await jamie.post(`/api/portal/consents/${granted.json().id}/withdraw`)).statusCode).toBe(204);
    expect(await sees('helen', key)).toBe(false);
  });
});

describe('the sharing page in the family’s own language (issue 16 §3)', () => {
  it('keeps a purpose with the language it was written in, and says why and who decided by key', async () => {
    expect((await c.marie?.put('/api/portal/language', { language: 'pl' }))?.statusCode).toBe(200);
    try {
      const granted = await c.marie?.post('/api/portal/consents', {
        category: 'education',
        recipientOrganisationId: orgOf.education,
        purpose: 'Żeby szkoła wiedziała o wizytach',
        endsOn: '2099-12-31',
      });
      expect(granted?.statusCode, granted?.body).toBe(201);
      const mine = (await c.marie?.get('/api/portal/sharing'))?.json();
      expect(mine.consents.find((x: { id: string }) => x.id === granted?.json().id)).toMatchObject({
        purpose: 'Żeby szkoła wiedziała o wizytach',
        purposeWrittenIn: 'pl',
      });
      const share = mine.shares.find((s: { purpose: string }) => s.purpose === 'Żeby szkoła wiedziała o wizytach');
      expect(share).toMatchObject({
        purposeWrittenIn: 'pl',
        categoryKeys: ['education'],
        lawfulBasisKey: 'consent',
        decider: { name: 'Marie', as: 'parent', organisation: null, agreedHow: null },
      });
      // Why the school can see it: her agreement, until its end, in her words; the fixed reasons by key.
      const school = mine.whoCanSee.find((o: { organisationId: string }) => o.organisationId === orgOf.education);
      expect(school.categories).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ category: 'general', reason: 'general', until: null, purpose: null }),
          expect.objectContaining({ category: 'own_notes', reason: 'own_notes' }),
          expect.objectContaining({
            category: 'education',
            reason: 'consent',
            until: '2099-12-31',
            purpose: 'Żeby szkoła wiedziała o wizytach',
            purposeWrittenIn: 'pl',
          }),
        ]),
      );
      // A worker's request she accepts: the purpose is the worker's reason, in English.
      const asked = await c.helen?.post(`/api/families/${F}/consent-requests`, {
        category: 'general',
        reason: 'To plan a quiet space for Jamie at school',
      });
      expect(asked?.statusCode).toBe(201);
      await c.marie?.post(`/api/portal/consent-requests/${asked?.json().id}/answer`, { accept: true });
      const after = (await c.marie?.get('/api/portal/sharing'))?.json();
      expect(
        after.consents.find((x: { purpose: string }) => x.purpose === 'To plan a quiet space for Jamie at school').purposeWrittenIn,
      ).toBe('en');
      // The request reached her as a message she reads in Polish; the answer reached the worker in English.
      const told = (
        await t.database.asOwner(
          `SELECT n.kind, n.message, n.message_id, n.recipient_account_id IS NOT NULL AS to_family FROM notifications n
           WHERE n.family_id = $1 AND n.kind IN ('consent_requested', 'consent_answered') ORDER BY n.created_at DESC LIMIT 2`,
          [F],
        )
      ).rows;
      expect(told).toEqual(
        expect.arrayContaining([
          {
            kind: 'consent_requested',
            to_family: true,
            message_id: 'notify-family.consentRequested',
            message: 'Helen Carter asks if their service may see your general notes information. You can say yes or no.',
          },
          expect.objectContaining({ kind: 'consent_answered', to_family: false, message_id: null }),
        ]),
      );
    } finally {
      await c.marie?.put('/api/portal/language', { language: 'en' });
    }
  });

  it('names a worker who made a referral with the parent’s agreement, and how she agreed', async () => {
    const share = (await c.marie?.get('/api/portal/sharing'))?.json().shares.find((s: { via: string }) => s.via === 'referral');
    expect(share).toMatchObject({
      recipient: 'Parents Who’ve Been There',
      purposeWrittenIn: 'en',
      decider: {
        name: 'Daniel Okafor',
        organisation: 'Northfield Mental Health Trust',
        as: 'worker',
        agreedHow: 'in_person',
        agreedBy: 'Marie',
      },
    });
  });

  it('tells the parent a consent ended in a message she reads in her own language', async () => {
    const granted = await c.marie?.post('/api/portal/consents', {
      category: 'childrens_social_care',
      recipientOrganisationId: orgOf.education,
      purpose: 'For the school to know',
    });
    await t.database.asOwner("UPDATE consents SET starts_on = '2026-01-01', ends_on = '2026-01-31' WHERE id = $1", [granted?.json().id]);
    const noted = await t.database.db.transaction().execute((tx) => noteExpiredConsents(tx, systemScope('consent expiry'), '2026-02-01'));
    expect(noted.length).toBeGreaterThan(0);
    const row = (
      await t.database.asOwner('SELECT message, message_id, message_values FROM notifications WHERE dedupe_key LIKE $1', [
        `consent-expired:${granted?.json().id}:%`,
      ])
    ).rows[0];
    expect(row.message).toBe(
      "Your agreement to share children's social care information ended on 2026-01-31. Nothing more is shared under it.",
    );
    expect(row.message_id).toBe('notify-family.consentEnded');
  });
});
