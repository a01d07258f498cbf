// Issue 19, review: what an outside reviewer found in the FHIR routes, each proven here. A referral Bundle too deeply
// nested or with too many entries is refused (400, nothing made, the refusal audited) before the validator runs; the
// parent's "Who has looked" shows the export; a worker's rating or item is theirs in the export by their account, even
// after their job title changed; the plans part names the information categories it carries, so the disclosure does.
import fs from 'node:fs';
import path from 'node:path';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { scopeFor } from '../../access/scope.ts';
import { findFamily } from '../../access/visible-family.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { categoriesIn } from './fhir-bundle.ts';
import { peoplePart } from './fhir-people.part.ts';
import { plansPart, ratingId } from './fhir-plans.part.ts';
import { FhirRefs } from './fhir-refs.ts';

const F = DEMO_IDS.mariesFamily;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const STAFF = { priya: id(23), tom: id(24) };
const ACCOUNT = { priya: id(323) };
const WORRY = id(520);
const GP = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'gp-referral-mother-two-children.json'), 'utf8'),
) as Bundle;
const REFERRAL = '/api/referrals/fhir?teamRole=childrens_social_worker';
const exportUrl = `/api/families/${F}/fhir?${new URLSearchParams({
  recipient: 'Northshire council case system',
  purpose: 'So the council’s case system holds the same plan',
  lawfulBasis: 'consent',
})}`;

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;
const owner = async <R>(text: string, values: unknown[] = []) => (await t.database.asOwner(text, values)).rows as R[];
const count = async (text: string) => (await owner<{ n: number }>(text))[0]?.n;
const made = async () => ({
  families: await count('SELECT count(*)::int AS n FROM families'),
  people: await count('SELECT count(*)::int AS n FROM people'),
});
const invalidReceived = async () =>
  count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'referral.fhir_received' AND details->>'outcome' = 'invalid'`);

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['priya', 'daniel', 'marie', 'helen', 'jamie']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('a referral Bundle that would overwhelm the validator is refused first', () => {
  /** The GP's referral with its mother's Patient carrying extensions nested `depth` deep (valid FHIR in shape). */
  function nested(depth: number): string {
    const inner =
      '{"url":"https://example.org/e","extension":['.repeat(depth) +
      '{"url":"https://example.org/e","valueString":"x"}' +
      ']}'.repeat(depth);
    return JSON.stringify(GP).replace('"resourceType":"Patient",', `"resourceType":"Patient","extension":[${inner}],`);
  }

  it('extensions nested thousands deep: a 400 at Bundle, nothing made, the refusal audited (not a crash)', async () => {
    const before = await made();
    const refused = await invalidReceived();
    const res = await as('priya').post(REFERRAL, nested(8000), { 'content-type': 'application/fhir+json' });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(res.json().fields).toEqual({ Bundle: expect.stringContaining('nested') });
    expect(await made()).toEqual(before);
    expect(await invalidReceived()).toBe((refused ?? 0) + 1);
  });

  it('a Bundle of more entries than any referral needs: a 400 at Bundle.entry, answered quickly', async () => {
    const big = structuredClone(GP) as Bundle & { entry: NonNullable<Bundle['entry']> };
    const patient = big.entry[1];
    for (let i = 0; big.entry.length < 1500; i++) {
      big.entry.push({ ...structuredClone(patient), fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}` });
    }
    const body = JSON.stringify(big);
    expect(body.length).toBeLessThan(1_000_000);
    const before = await made();
    const started = performance.now();
    const res = await as('priya').post(REFERRAL, body, { 'content-type': 'application/fhir+json' });
    const took = performance.now() - started;
    expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
    expect(Object.keys(res.json().fields)).toEqual(['Bundle.entry']);
    expect(took).toBeLessThan(400);
    expect(await made()).toEqual(before);
  });
});

describe('the parent sees the export in “Who has looked”', () => {
  it('Marie’s access log lists the export, by whom, in plain words', async () => {
    expect((await as('priya').get(exportUrl)).statusCode).toBe(200);
    const items = (await as('marie').get('/api/portal/access-log')).json().items as { action: string }[];
    expect(items.filter((i) => i.action === 'family.fhir_exported')).toEqual([
      expect.objectContaining({
        who: 'Priya Shah',
        organisation: "Northfield Children's Services",
        what: 'Sent your family’s information to another service’s computer system',
        by: 'professional',
      }),
    ]);
  });
});

describe('workers in the plans part are found by their account', () => {
  it('Priya’s rating stays hers (her Practitioner) after her job title changed', async () => {
    await owner(`UPDATE staff SET job_title = 'Senior social worker' WHERE id = $1`, [STAFF.priya]);
    try {
      const res = await as('daniel').get(exportUrl);
      expect(res.statusCode).toBe(200);
      const rating = (res.json() as Bundle).entry
        ?.map((e) => e.resource)
        .find((r) => r?.id === ratingId(DEMO_PLAN_IDS.recoveryPlan, WORRY, 1, ACCOUNT.priya)) as Observation | undefined;
      expect(rating?.performer).toEqual([{ reference: `Practitioner/${STAFF.priya}`, display: 'Priya Shah' }]);
    } finally {
      await owner(`UPDATE staff SET job_title = 'Children''s social worker' WHERE id = $1`, [STAFF.priya]);
    }
  });
});

describe('the plans part names the categories it carries', () => {
  it('Daniel’s plans resources carry the mental health worry’s category, so the disclosure would list it', async () => {
    const a = await t.database.db
      .selectFrom('accounts as a')
      .innerJoin('staff as s', 's.id', 'a.staff_id')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select(['a.id', 'a.staff_id', 's.role', 's.full_name', 'o.id as org', 'o.kind as org_kind'])
      .where('a.username', '=', 'daniel')
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      kind: 'professional',
      accountId: a.id,
      staffId: a.staff_id as string,
      organisationId: a.org,
      organisationKind: a.org_kind,
      role: a.role as never,
      name: a.full_name,
    };
    const scope = scopeFor(actor, 'read');
    await t.database.db.transaction().execute(async (tx) => {
      const family = await findFamily(tx, scope, F);
      if (!family) throw new Error('Daniel finds the family');
      const refs = new FhirRefs('https://umbrella.example.org/fhir');
      const input = { tx, scope, family, refs, now: new Date() };
      await peoplePart(input);
      expect(categoriesIn(await plansPart(input))).toContain('mental_health');
    });
  });
});

describe('the export’s questions, as a parent will read them', () => {
  const ask = (v: Record<string, string>) =>
    as('priya').get(
      `/api/families/${F}/fhir?${new URLSearchParams({ recipient: 'Northshire council', purpose: 'For the council', lawfulBasis: 'consent', ...v })}`,
    );
  it('a hidden control character or an over-long answer is a 400 naming the field, and nothing is written', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM disclosures WHERE family_id = '${F}'`);
    const nul = await ask({ recipient: 'Northshire\u0000council' });
    expect(nul.statusCode).toBe(400);
    expect(Object.keys(nul.json().fields ?? {})).toEqual(['recipient']);
    const long = await ask({ purpose: 'x'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(Object.keys(long.json().fields ?? {})).toEqual(['purpose']);
    expect(await count(`SELECT count(*)::int AS n FROM disclosures WHERE family_id = '${F}'`)).toBe(before);
  });
  it('markup or a formula is kept as typed (the screens escape it; no CSV carries it)', async () => {
    const recipient = '<b>=HYPERLINK("http://x")</b> council';
    expect((await ask({ recipient })).statusCode).toBe(200);
    const shares = (await as('marie').get('/api/portal/sharing')).json().shares as { recipient: string }[];
    expect(shares.map((x) => x.recipient)).toContain(recipient);
  });
});

describe('a young person’s own consent', () => {
  it('Jamie’s agreement that school sees his health information sends his health entries, not his mother’s', async () => {
    const P = { marie: id(101), jamie: id(102) };
    const entry = async (text: string, about: string) => {
      const res = await as('priya').post(`/api/families/${F}/entries`, {
        kind: 'phone_call',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        category: 'health',
        text,
        aboutPersonIds: [about],
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    const JAMIE = 'Jamie’s inhaler is kept in the school office from Monday.';
    const MARIE = 'Marie’s medication was changed at her appointment on Tuesday.';
    await entry(JAMIE, P.jamie);
    await entry(MARIE, P.marie);
    const words = async () => {
      const res = await as('helen').get(exportUrl);
      expect(res.statusCode).toBe(200);
      const bundle = res.json() as Bundle;
      return (bundle.entry ?? [])
        .flatMap((e) => (e.resource?.resourceType === 'DocumentReference' ? e.resource.content : []))
        .map((c) => Buffer.from(c.attachment.data ?? '', 'base64').toString('utf8'))
        .join('\n');
    };
    expect(await words()).not.toContain(JAMIE);
    const consent = await as('jamie').post('/api/portal/consents', {
      category: 'health',
      recipientOrganisationId: DEMO_IDS.school,
      purpose: 'So school can help with my asthma',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const after = await words();
    expect(after).toContain(JAMIE);
    expect(after).not.toContain(MARIE);
  });
});

describe('a safeguarding override the parent has not been told of', () => {
  it('while it is in force, the receiving agency may not send the family on: 403, audited, no disclosure', async () => {
    const disclosures = async () => count(`SELECT count(*)::int AS n FROM disclosures WHERE family_id = '${F}' AND via = 'export'`);
    // Helen's school sends the family on before: her export is fine.
    expect((await as('helen').get(exportUrl)).statusCode).toBe(200);
    const override = await as('priya').post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: DEMO_IDS.school,
      lawfulBasis: 'prevent_serious_harm',
      justification: 'The school must know about Marie’s stay in hospital today.',
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      tellParent: false,
      notTellingReason: 'Telling Marie tonight could put the children at risk before the visit tomorrow.',
    });
    expect(override.statusCode, override.body).toBe(201);
    const before = await disclosures();
    const res = await as('helen').get(exportUrl);
    // Sent on, the override's mental health information would leave Umbrella, and the export's line on Marie's sharing
    // page ("Mental health") would tell her of the override before the team may.
    expect(res.statusCode, res.body.slice(0, 300)).toBe(403);
    expect(res.json().message).toMatch(/information governance lead/);
    expect(await disclosures()).toBe(before);
    const denied = await owner<{ details: Record<string, unknown> }>(
      `SELECT e.details FROM audit_events e JOIN accounts a ON a.id = e.actor_account_id
       WHERE a.username = 'helen' AND e.action = 'access.denied' ORDER BY e.occurred_at DESC LIMIT 1`,
    );
    expect(denied[0]?.details).toEqual({ attempted: 'family.fhir_exported', reason: 'safeguarding_override_not_told' });
    // Another agency, not the override's recipient, still may.
    expect((await as('priya').get(exportUrl)).statusCode).toBe(200);
  });
});
