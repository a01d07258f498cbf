// Issue 19 §1: GET /api/families/:familyId/fhir as each demo persona: who may export (the care team now), who may not
// (exact statuses, audited), the query's questions, the people, care team and consents in the Bundle, what never leaves
// (searched in the whole JSON, attachments decoded), the disclosure row and the parent's view of it.
import type { Bundle, CareTeam, Consent, Patient, RelatedPerson, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { currentTotp } from '../auth/index.ts';

const F = DEMO_IDS.mariesFamily;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };
const STAFF = { daniel: id(21), sarah: id(22), priya: id(23), tom: id(24), helen: id(25), angela: id(26) };
const secret = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';

const MAY = ['priya', 'tom', 'daniel', 'sarah', 'helen', 'angela'] as const;
const query = (v: Record<string, string> = {}) =>
  new URLSearchParams({
    recipient: 'Northshire council case system',
    purpose: 'So the council’s case system holds the same plan as Umbrella',
    lawfulBasis: 'consent',
    ...v,
  }).toString();
const url = (v: Record<string, string> = {}, family = F) => `/api/families/${family}/fhir?${query(v)}`;

let t: TestApp;
const c: Record<string, TestClient> = {};
const as = (who: string) => c[who] as TestClient;

/** Everything the Bundle says, with every attachment's base64 data decoded beside it: what a leak would be found in. */
function everything(body: string): string {
  const decoded: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'data' && typeof x === 'string') decoded.push(Buffer.from(x, 'base64').toString('utf8'));
      else walk(x);
    }
  };
  walk(JSON.parse(body));
  return `${body}\n${decoded.join('\n')}`;
}
const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource as Resource);
const ofType = <T extends Resource>(b: Bundle, type: T['resourceType']) => resources(b).filter((r): r is T => r.resourceType === type);

async function deniedCount(username: string) {
  const r = await t.database.asOwner(
    `SELECT count(*)::int AS n FROM audit_events e JOIN accounts a ON a.id = e.actor_account_id
     WHERE a.username = $1 AND e.action = 'access.denied'`,
    [username],
  );
  return r.rows[0].n as number;
}
const exportsOf = async () =>
  (await t.database.asOwner(`SELECT * FROM disclosures WHERE family_id = $1 AND via = 'export' ORDER BY created_at`, [F])).rows;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of [...MAY, 'mark', 'olu', 'jordan', 'marie', 'jamie', 'clive', 'patricia']) c[u] = await t.signIn(u);
  // A note of children's social care by Priya: not the school's to read without the parent's consent.
  const note = await as('priya').post(`/api/families/${F}/entries`, {
    kind: 'office_meeting',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    category: 'childrens_social_care',
    text: 'Strategy words for children’s services only: the plan for Clare’s contact with her grandmother.',
    aboutPersonIds: [P.clare],
  });
  expect(note.statusCode, note.body).toBe(201);
  // Marie agrees that the school sees health information; an agreement she withdrew is not in force.
  const health = await as('marie').post('/api/portal/consents', {
    category: 'health',
    recipientOrganisationId: DEMO_IDS.school,
    purpose: 'So school knows about Jamie’s asthma',
  });
  expect(health.statusCode, health.body).toBe(201);
  const withdrawn = await as('marie').post('/api/portal/consents', {
    category: 'general',
    recipientOrganisationId: DEMO_IDS.riverside,
    purpose: 'For the health visitor, for a while',
  });
  expect(withdrawn.statusCode, withdrawn.body).toBe(201);
  const w = await as('marie').post(`/api/portal/consents/${withdrawn.json().id}/withdraw`, {});
  expect(w.statusCode, w.body).toBe(204);
});
afterAll(() => t?.close());

describe('who may export the family', () => {
  it.each(MAY)('%s, on the care team now, gets the family as a FHIR R4 collection Bundle', async (who) => {
    const res = await as(who).get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const b = res.json() as Bundle;
    expect(b).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(b.identifier?.value).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(b.timestamp).toBe(b.meta?.lastUpdated);
    for (const e of b.entry ?? []) expect(e.fullUrl).toBe(`http://localhost:4000/fhir/${e.resource?.resourceType}/${e.resource?.id}`);
    // The AuditEvent of this export: the caller disclosed each Patient, on the basis they chose.
    const [audit] = ofType<import('@medplum/fhirtypes').AuditEvent>(b, 'AuditEvent').filter((a) => a.type?.code === '110106');
    expect(audit?.agent?.[0]?.who?.reference).toBe(`Practitioner/${STAFF[who]}`);
    expect(audit?.agent?.[1]?.who?.display).toBe('Northshire council case system');
    expect(audit?.outcome).toBe('0');
    expect(audit?.purposeOfEvent?.[0]?.coding?.[0]?.code).toBe('consent');
    expect(audit?.entity?.map((e) => e.what?.reference).sort()).toEqual(
      [P.marie, P.jamie, P.clare, P.clive].map((p) => `Patient/${p}`).sort(),
    );
  });

  const refusedBefore: Record<string, number> = {};
  it.each([
    ['mark', 404],
    ['olu', 404],
    ['jordan', 403],
    ['marie', 403],
    ['jamie', 403],
    ['clive', 403],
    ['patricia', 403],
  ] as const)('%s may not: %i, audited as a denial, and nothing is disclosed', async (who, status) => {
    refusedBefore[who] = await deniedCount(who);
    const before = (await exportsOf()).length;
    const res = await as(who).get(url());
    expect(res.statusCode, res.body).toBe(status);
    expect(res.body).not.toContain('Dubois');
    expect(await deniedCount(who)).toBe((refusedBefore[who] ?? 0) + 1);
    expect((await exportsOf()).length).toBe(before);
  });

  it('someone not signed in is asked to sign in (401) and learns nothing', async () => {
    const res = await t.client().get(url());
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('Dubois');
  });

  it.each(['mark', 'olu'])('%s under emergency access reads the family but may not export it: 403, audited', async (who) => {
    const granted = await as(who).post('/api/emergency-access', {
      familyIds: [F],
      reason: 'Out of hours: Marie rang the duty line and the children may need a carer tonight.',
      code: currentTotp(secret(who)),
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await as(who).get(`/api/families/${F}`)).statusCode).toBe(200);
    const before = await deniedCount(who);
    const disclosures = (await exportsOf()).length;
    const res = await as(who).get(url());
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().message).toMatch(/care team/);
    expect(res.body).not.toContain('Dubois');
    expect(await deniedCount(who)).toBe(before + 1);
    const [event] = (
      await t.database.asOwner(
        `SELECT e.details FROM audit_events e JOIN accounts a ON a.id = e.actor_account_id
         WHERE a.username = $1 AND e.action = 'access.denied' ORDER BY e.occurred_at DESC LIMIT 1`,
        [who],
      )
    ).rows;
    expect(event.details).toEqual({ attempted: 'family.fhir_exported', reason: 'not_on_care_team' });
    expect((await exportsOf()).length).toBe(disclosures);
  });

  it.each([
    [{ recipient: '' }, 'recipient'],
    [{ purpose: '' }, 'purpose'],
    [{ lawfulBasis: 'because' }, 'lawfulBasis'],
  ])('a missing or invalid question is a 400 naming it (%j)', async (v, field) => {
    const res = await as('priya').get(url(v));
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().fields ?? {})).toContain(field);
  });

  it('a query without any of the questions is a 400 naming each', async () => {
    const res = await as('priya').get(`/api/families/${F}/fhir`);
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields ?? {}).sort()).toEqual(['lawfulBasis', 'purpose', 'recipient']);
  });

  it('a family that does not exist, or a malformed id, is a 404 like one out of reach', async () => {
    expect((await as('priya').get(url({}, DEMO_IDS.hughesFamily))).statusCode).toBe(404);
    expect((await as('priya').get(url({}, 'not-a-family'))).statusCode).toBe(404);
  });
});

describe('the people, the care team and the consents in the Bundle', () => {
  let b: Bundle;
  beforeAll(async () => {
    b = (await as('helen').get(url())).json() as Bundle;
  });

  it('a Patient for each person of the family, UK Core, with the names and dates of birth the family page holds', () => {
    const patients = ofType<Patient>(b, 'Patient');
    expect(patients.map((p) => p.id).sort()).toEqual([P.marie, P.jamie, P.clare, P.clive].sort());
    const marie = patients.find((p) => p.id === P.marie);
    expect(marie?.meta?.profile).toEqual(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient']);
    expect(marie?.name).toEqual([
      { use: 'official', text: 'Marie Dubois' },
      { use: 'usual', text: 'Marie', given: ['Marie'] },
    ]);
    expect(marie?.birthDate).toBe('1990-05-20');
    // The record holds pronouns, not gender; and no identifier is made up.
    for (const p of patients) {
      expect(p.gender).toBeUndefined();
      expect(p.identifier).toBeUndefined();
    }
  });

  it('Patricia, whom Marie trusts, is a RelatedPerson of Marie; each relationship is a RelatedPerson linked to its person', () => {
    const related = ofType<RelatedPerson>(b, 'RelatedPerson');
    const patricia = related.find((r) => r.id === P.patricia);
    expect(patricia?.patient.reference).toBe(`Patient/${P.marie}`);
    expect(patricia?.meta?.profile).toEqual(['https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson']);
    // Marie is Jamie's mother: a RelatedPerson of Jamie, MTH, that is Marie's own Patient.
    const marieOfJamie = related.find((r) => r.id === id(120));
    expect(marieOfJamie?.patient.reference).toBe(`Patient/${P.jamie}`);
    expect(marieOfJamie?.relationship?.[0]?.coding?.[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
      code: 'MTH',
    });
    expect(marieOfJamie?.extension).toEqual([
      {
        url: 'https://umbrella.example/fhir/StructureDefinition/related-person-is',
        valueReference: { reference: `Patient/${P.marie}`, display: 'Marie' },
      },
    ]);
    expect(related.find((r) => r.id === id(122))?.relationship?.[0]?.coding?.[0]?.code).toBe('FTH');
    expect(related.find((r) => r.id === id(125))?.relationship?.[0]?.coding?.[0]?.code).toBe('SIB');
    // Patricia is Marie's friend: told as Patricia (her own RelatedPerson) being Marie's friend.
    const friend = related.find((r) => r.id === id(126));
    expect(friend?.patient.reference).toBe(`Patient/${P.marie}`);
    expect(friend?.extension?.[0]?.valueReference?.reference).toBe(`RelatedPerson/${P.patricia}`);
    expect(friend?.relationship?.[0]?.coding?.[0]?.code).toBe('FRND');
    expect(related).toHaveLength(1 + 7);
  });

  it('the CareTeam: every member as a Practitioner with their role, the paired key workers, their organisations', () => {
    const [team] = ofType<CareTeam>(b, 'CareTeam');
    expect(team?.subject?.reference).toBe(`Patient/${P.marie}`);
    const members = team?.participant?.map((p) => p.member?.reference).sort();
    expect(members).toEqual(
      Object.values(STAFF)
        .map((s) => `Practitioner/${s}`)
        .sort(),
    );
    const keyWorkers = team?.participant
      ?.filter((p) => p.role?.some((r) => r.coding?.[0]?.system === 'https://umbrella.example/fhir/CodeSystem/key-worker'))
      .map((p) => p.member?.reference)
      .sort();
    expect(keyWorkers).toEqual([`Practitioner/${STAFF.daniel}`, `Practitioner/${STAFF.priya}`].sort());
    const helen = team?.participant?.find((p) => p.member?.reference === `Practitioner/${STAFF.helen}`);
    expect(helen?.role?.[0]).toMatchObject({ text: 'School pastoral lead' });
    expect(helen?.onBehalfOf?.reference).toBe(`Organization/${DEMO_IDS.school}`);
    expect(team?.managingOrganization?.map((o) => o.reference).sort()).toEqual(
      [`Organization/${DEMO_IDS.trust}`, `Organization/${DEMO_IDS.council}`].sort(),
    );
    // Every Practitioner and Organization referenced is in the Bundle.
    const ids = new Set(resources(b).map((r) => `${r.resourceType}/${r.id}`));
    for (const s of Object.values(STAFF)) expect(ids.has(`Practitioner/${s}`)).toBe(true);
  });

  it('a Consent for each agreement in force only: the school’s health agreement, not the one Marie withdrew', () => {
    const consents = ofType<Consent>(b, 'Consent');
    expect(consents).toHaveLength(1);
    const [consent] = consents;
    expect(consent).toMatchObject({
      status: 'active',
      meta: { profile: ['https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent'] },
      scope: { coding: [{ code: 'patient-privacy' }] },
      patient: { reference: `Patient/${P.marie}` },
    });
    expect(consent?.provision?.actor?.[0]?.reference?.reference).toBe(`Organization/${DEMO_IDS.school}`);
    expect(consent?.provision?.code?.[0]?.coding?.[0]?.code).toBe('health');
    expect(consent?.provision?.period?.start).toBe(new Date().toISOString().slice(0, 10));
    expect(JSON.stringify(b)).not.toContain('For the health visitor, for a while');
  });
});

describe('what never leaves the server', () => {
  /** Every entry's words (each version, and any part kept back) and every plan section's words in the database. */
  async function allWords(): Promise<string[]> {
    const entries = await t.database.asOwner(
      `SELECT text AS w FROM record_entry_versions WHERE family_id = $1
       UNION SELECT restricted_text FROM record_entry_versions WHERE family_id = $1 AND restricted_text IS NOT NULL`,
      [F],
    );
    return entries.rows.map((r) => r.w as string).filter((w) => w.length >= 20);
  }
  const fragment = (w: string) => JSON.stringify(w.slice(0, 60)).slice(1, -1);

  it.each(MAY)('%s: no words that their own reads of the record do not return appear anywhere in the Bundle', async (who) => {
    const reads = [
      (await as(who).get(`/api/families/${F}/entries?limit=200`)).body,
      (await as(who).get(`/api/families/${F}`)).body,
      (await as(who).get(`/api/families/${F}/plans`)).body,
    ].join('\n');
    const bundle = everything((await as(who).get(url())).body);
    const hidden = (await allWords()).filter((w) => !reads.includes(fragment(w)));
    for (const w of hidden) expect(bundle, `${who}'s bundle holds words kept from them: ${w.slice(0, 60)}`).not.toContain(fragment(w));
    if (who === 'helen') {
      // The school reads neither the mental health team's note nor children's services' one, nor the third-party note.
      expect(hidden.some((w) => w.includes('the voices are back'))).toBe(true);
      expect(hidden.some((w) => w.includes('Strategy words for children’s services only'))).toBe(true);
      expect(bundle).not.toContain('the voices are back');
      expect(bundle).not.toContain('Strategy words');
      expect(bundle).not.toContain('her own health, which she asked me to keep private');
    }
  });
});

describe('the disclosure and the parent’s view of it', () => {
  it('is asked for deliberately: without the session’s CSRF token, or from another website, it is refused and nothing is written', async () => {
    const before = (await exportsOf()).length;
    const noToken = await as('priya').get(url(), { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    const otherSite = await as('priya').get(url(), { origin: 'https://elsewhere.example' });
    expect(otherSite.statusCode).toBe(403);
    expect(await exportsOf()).toHaveLength(before);
    expect((await as('priya').get(url())).statusCode).toBe(200);
    expect(await exportsOf()).toHaveLength(before + 1);
  });

  it('one disclosures row per export: via export, the recipient, purpose, lawful basis and categories the caller chose', async () => {
    const before = (await exportsOf()).length;
    const res = await as('priya').get(
      url({
        recipient: 'Northfield Hospital children’s ward',
        purpose: 'So the ward knows who to call',
        lawfulBasis: 'safeguarding_child',
      }),
    );
    expect(res.statusCode).toBe(200);
    const rows = await exportsOf();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1);
    const audit = (res.json() as Bundle).entry?.find((e) => e.resource?.resourceType === 'AuditEvent')?.resource;
    expect(row).toMatchObject({
      id: audit?.id,
      via: 'export',
      recipient_description: 'Northfield Hospital children’s ward',
      purpose: 'So the ward knows who to call',
      lawful_basis: 'safeguarding_child',
      decided_by_description: "Priya Shah, Northfield Children's Services",
      hidden_from_parent_until_released: false,
    });
    expect(row.categories).toContain('general');
    expect(row.source_id).toBe((res.json() as Bundle).id);
    const [event] = (
      await t.database.asOwner(
        `SELECT details, subject_id FROM audit_events WHERE action = 'family.fhir_exported' AND family_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
        [F],
      )
    ).rows;
    expect(Object.keys(event.details).sort()).toEqual(['categories', 'lawfulBasis', 'patients', 'resources']);
    expect(event.details).toMatchObject({ patients: 4, lawfulBasis: 'safeguarding_child' });
    expect(JSON.stringify(event.details)).not.toMatch(/Northfield|ward|Marie/);
  });

  it('Marie’s “Who my information was shared with” shows the export in plain words', async () => {
    const res = await as('marie').get('/api/portal/sharing');
    expect(res.statusCode).toBe(200);
    const share = (res.json().shares as Record<string, unknown>[]).find((s) => s.recipient === 'Northfield Hospital children’s ward');
    expect(share).toMatchObject({
      via: 'export',
      purpose: 'So the ward knows who to call',
      lawfulBasisKey: 'safeguarding_child',
      lawfulBasisPlain: 'It was needed to keep a child safe.',
      decider: { name: 'Priya Shah', organisation: "Northfield Children's Services", as: 'worker' },
    });
    expect(share?.categories).toContain('General notes');
  });

  it('Jamie’s sharing page, about his own information only, does not list the family’s export', async () => {
    const res = await as('jamie').get('/api/portal/sharing');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('Northfield Hospital children’s ward');
  });
});

describe('a closed family', () => {
  it('its team may still export it while they may read it; past the window it is a 404 like any read', async () => {
    await t.database.asOwner(`UPDATE families SET closed_at = now(), team_read_until = now() + interval '30 days' WHERE id = $1`, [F]);
    expect((await as('tom').get(url())).statusCode).toBe(200);
    await t.database.asOwner(`UPDATE families SET team_read_until = now() - interval '1 minute' WHERE id = $1`, [F]);
    expect((await as('tom').get(url())).statusCode).toBe(404);
  });
});
