// The records part of the FHIR export (issue 19 §1) on the demo family, as each professional persona reads it: withheld
// words never leave (attachments decoded), the category and consent rule holds, replies point at their entry,
// authorship resolves, entries in error carry no words of their own, and every resource is valid R4.
import type { Bundle, DocumentReference, Provenance, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamilyOverview } from '../../../shared/contracts/families.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { scopeFor } from '../../access/scope.ts';
import { findFamily } from '../../access/visible-family.ts';
import { DEMO_IDS, readPersonas } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { recordsPart } from './fhir-records.part.ts';
import { FhirRefs } from './fhir-refs.ts';
import { r4Errors, unresolvedReferences } from './fhir-validator.ts';

const F = DEMO_IDS.mariesFamily;
const MARIE = '00000000-0000-7000-8000-000000000101';
const BASE = 'https://umbrella.test/fhir';
// Words each test entry carries, to look for in what leaves.
const WHOLE = 'Kestrel-whole-withheld';
const PART = 'Heron-part-withheld';
const RELEASED = 'Wren-released-part';
const THIRD = 'Plover-third-party';
const IN_ERROR = 'Bittern-in-error';
const OLD = 'Curlew-earlier-wording';
const REPLY = 'Avocet-family-reply';
// The demo's mental health phone call (Daniel, Northfield Mental Health Trust): helen's school has no consent for it.
const MENTAL_HEALTH = 'the voices are back';
const MENTAL_HEALTH_ENTRY = '00000000-0000-7000-8000-000000000150';
const JOINT_VISIT_ENTRY = '00000000-0000-7000-8000-000000000151';

let t: TestApp;
let daniel: TestClient;
let priya: TestClient;
let marie: TestClient;
const ids = { whole: '', part: '', third: '', inError: '', edited: '' };

const entry = (over: Record<string, unknown>) => ({
  kind: 'home_visit',
  occurredAt: new Date().toISOString(),
  category: 'general',
  presentPersonIds: [MARIE],
  aboutPersonIds: [MARIE],
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  [daniel, priya, marie] = await Promise.all([t.signIn('daniel'), t.signIn('priya'), t.signIn('marie')]);
  const made = async (who: TestClient, body: Record<string, unknown>) => {
    const res = await who.post(`/api/families/${F}/entries`, entry(body));
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; version: number };
  };
  ids.whole = (
    await made(daniel, {
      text: `We talked about ${WHOLE} and the next steps.`,
      withholding: { scope: 'whole', reason: 'serious_risk', reviewOn: '2030-06-01' },
    })
  ).id;
  ids.part = (
    await made(priya, {
      text: `Marie and I talked about ${RELEASED}, sleep and the school run.`,
      restrictedText: `A neighbour told us about ${PART}.`,
      withholding: { scope: 'part', reason: 'third_party', reviewOn: '2030-06-01' },
    })
  ).id;
  // Third-party information, kept back by default, then released by its author: it still reaches only his agency.
  const third = await made(daniel, { kind: 'phone_call', category: 'third_party', text: `Patricia told me about ${THIRD}.` });
  ids.third = third.id;
  const released = await daniel.post(`/api/families/${F}/entries/${third.id}/withholding`, { version: third.version, withholding: null });
  expect(released.statusCode).toBe(200);
  const wrong = await made(priya, { text: `Visited about ${IN_ERROR}.` });
  ids.inError = wrong.id;
  const marked = await priya.post(`/api/families/${F}/entries/${wrong.id}/entered-in-error`, {
    version: wrong.version,
    reason: 'Written in the wrong family record.',
  });
  expect(marked.statusCode).toBe(200);
  const edited = await made(priya, { text: `First words: ${OLD}.` });
  ids.edited = edited.id;
  const edit = await priya.put(`/api/families/${F}/entries/${edited.id}`, {
    version: edited.version,
    text: 'Visited Marie; we talked about the week ahead.',
    category: 'general',
    occurredAt: new Date().toISOString(),
    changeNote: 'Clearer words',
  });
  expect(edit.statusCode).toBe(200);
  const reply = await marie.post(`/api/portal/entries/${JOINT_VISIT_ENTRY}/replies`, { kind: 'reply', text: `Thank you. ${REPLY}.` });
  expect(reply.statusCode).toBe(200);
});
afterAll(() => t?.close());

/** A persona's actor as the request context would build it, from their account, staff row and organisation. */
async function actorOf(username: string): Promise<ProfessionalActor | null> {
  const { rows } = await t.database.asOwner(
    `SELECT a.id AS account_id, s.id AS staff_id, s.organisation_id, o.kind, s.role, s.full_name
       FROM accounts a JOIN staff s ON s.id = a.staff_id JOIN organisations o ON o.id = s.organisation_id WHERE a.username = $1`,
    [username],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    kind: 'professional',
    accountId: r.account_id,
    staffId: r.staff_id,
    organisationId: r.organisation_id,
    organisationKind: r.kind,
    role: r.role,
    name: r.full_name,
  };
}

type Export = { resources: Resource[]; refs: FhirRefs; bundle: Bundle };

/** The records part for a persona, run as the export service will: people registered first, through the persona's scope. */
async function exportFor(username: string): Promise<Export | null> {
  const actor = await actorOf(username);
  if (!actor) return null;
  const scope = scopeFor(actor, 'read');
  const { rows: people } = await t.database.asOwner('SELECT id, kind, full_name FROM people WHERE family_id = $1', [F]);
  return t.database.db.transaction().execute(async (tx) => {
    const family = await findFamily(tx, scope, F);
    if (!family) return null;
    const refs = new FhirRefs(BASE);
    const persons: Resource[] = [];
    for (const p of people) {
      const type = p.kind === 'network_member' ? 'RelatedPerson' : 'Patient';
      refs.addPerson(p.id, type, p.full_name);
      persons.push(
        type === 'Patient'
          ? { resourceType: 'Patient', id: p.id, name: [{ text: p.full_name }] }
          : { resourceType: 'RelatedPerson', id: p.id, patient: { reference: `Patient/${MARIE}` }, name: [{ text: p.full_name }] },
      );
    }
    // The records part reads neither the overview nor anything but its own input's tx, scope, family, refs and parentId.
    const resources = await recordsPart({ tx, scope, family, refs, now: new Date(), overview: {} as FamilyOverview, parentId: MARIE });
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [...persons, ...resources, ...refs.workerResources()].map((r) => refs.entry(r)),
    };
    return { resources, refs, bundle };
  });
}

/** Everything that leaves, with every attachment decoded: what a receiving system could read. */
function readable(resources: Resource[]): string {
  const decoded = resources
    .filter((r): r is DocumentReference => r.resourceType === 'DocumentReference')
    .flatMap((d) => d.content.map((c) => Buffer.from(c.attachment.data ?? '', 'base64').toString('utf8')));
  return [JSON.stringify(resources), ...decoded].join('\n');
}

const docs = (x: Export) => x.resources.filter((r): r is DocumentReference => r.resourceType === 'DocumentReference');
const doc = (x: Export, id: string) => docs(x).find((d) => d.id === id);
const textOf = (d: DocumentReference | undefined) => Buffer.from(d?.content[0]?.attachment.data ?? '', 'base64').toString('utf8');

const PROFESSIONALS = readPersonas()
  .filter((p) => !['parent', 'young_person', 'other_parent', 'network_member'].includes(p.kind))
  .map((p) => p.username);
const ON_TEAM = ['daniel', 'sarah', 'priya', 'tom', 'helen', 'angela'];

describe('withheld information never leaves in the records part', () => {
  it.each(PROFESSIONALS)('%s: no withheld entry, no withheld part, no earlier wording; the released part does leave', async (who) => {
    const x = await exportFor(who);
    if (!ON_TEAM.includes(who)) {
      expect(x).toBeNull();
      return;
    }
    if (!x) throw new Error(`${who} is on Marie's care team`);
    const out = readable(x.resources);
    for (const secret of [WHOLE, PART, OLD, 'Patricia also told me about her own health']) expect(out).not.toContain(secret);
    expect(doc(x, ids.whole)).toBeUndefined();
    // Priya's general entry with a part withheld: every agency reads its released part, and only that.
    expect(textOf(doc(x, ids.part))).toBe(`Marie and I talked about ${RELEASED}, sleep and the school run.`);
    // Only the current wording of an edited entry.
    expect(textOf(doc(x, ids.edited))).toBe('Visited Marie; we talked about the week ahead.');
  });
});

describe('the category and consent rule', () => {
  it('the mental health entry never reaches helen (no consent for her school) but reaches its own agency', async () => {
    const helen = (await exportFor('helen')) as Export;
    expect(doc(helen, MENTAL_HEALTH_ENTRY)).toBeUndefined();
    expect(readable(helen.resources)).not.toContain(MENTAL_HEALTH);
    for (const who of ['daniel', 'sarah']) {
      const x = (await exportFor(who)) as Export;
      const d = doc(x, MENTAL_HEALTH_ENTRY);
      expect(textOf(d)).toContain(MENTAL_HEALTH);
      expect(d?.securityLabel?.[0]?.coding).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'PSY' }), expect.objectContaining({ code: 'R' })]),
      );
      expect(d?.custodian).toEqual({ reference: `Organization/${DEMO_IDS.trust}`, display: 'Northfield Mental Health Trust' });
    }
  });

  it('a released third-party entry reaches its own agency only, never another', async () => {
    for (const who of ['daniel', 'sarah']) {
      const x = (await exportFor(who)) as Export;
      expect(textOf(doc(x, ids.third))).toBe(`Patricia told me about ${THIRD}.`);
    }
    for (const who of ['priya', 'tom', 'helen', 'angela']) {
      const x = (await exportFor(who)) as Export;
      expect(doc(x, ids.third)).toBeUndefined();
      expect(readable(x.resources)).not.toContain(THIRD);
    }
  });

  it('once Marie shares her mental health information with the school, helen’s export carries the entry, and not once she withdraws it', async () => {
    const consent = await marie.post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.school,
      purpose: 'So school knows how I am',
    });
    expect(consent.statusCode).toBe(201);
    const helen = (await exportFor('helen')) as Export;
    expect(textOf(doc(helen, MENTAL_HEALTH_ENTRY))).toContain(MENTAL_HEALTH);
    // Third-party information is never the parent's to share: still not there.
    expect(doc(helen, ids.third)).toBeUndefined();
    await marie.post(`/api/portal/consents/${consent.json().id}/withdraw`);
    expect(doc((await exportFor('helen')) as Export, MENTAL_HEALTH_ENTRY)).toBeUndefined();
  });
});

describe('replies, authorship and entries in error', () => {
  it('the family reply is a DocumentReference appended to its entry, written by Marie, with its Provenance', async () => {
    const x = (await exportFor('priya')) as Export;
    const reply = docs(x).find((d) => d.relatesTo?.[0]?.target.reference === `DocumentReference/${JOINT_VISIT_ENTRY}`);
    expect(reply).toMatchObject({ relatesTo: [{ code: 'appends' }], author: [{ reference: `Patient/${MARIE}` }] });
    expect(textOf(reply)).toBe(`Thank you. ${REPLY}.`);
    expect(doc(x, JOINT_VISIT_ENTRY)).toBeDefined();
    const prov = x.resources.find(
      (r): r is Provenance => r.resourceType === 'Provenance' && r.target[0]?.reference === `DocumentReference/${reply?.id}`,
    );
    expect(prov?.agent[0]?.who).toEqual({ reference: `Patient/${MARIE}`, display: expect.any(String) });
  });

  it('every entry has one Provenance naming its author for their agency, and every reference in the Bundle resolves', async () => {
    for (const who of ON_TEAM) {
      const x = (await exportFor(who)) as Export;
      const provenances = x.resources.filter((r): r is Provenance => r.resourceType === 'Provenance');
      expect(provenances).toHaveLength(docs(x).length);
      for (const d of docs(x)) {
        const p = provenances.filter((r) => r.target[0]?.reference === `DocumentReference/${d.id}`);
        expect(p).toHaveLength(1);
        if (!d.relatesTo) expect(p[0]?.agent[0]).toMatchObject({ who: d.author?.[0], onBehalfOf: d.custodian });
      }
      expect(unresolvedReferences(x.bundle)).toEqual([]);
    }
  });

  it('an entry marked in error leaves as entered-in-error with only the reason, never its words', async () => {
    const x = (await exportFor('tom')) as Export;
    const d = doc(x, ids.inError);
    expect(d).toMatchObject({ status: 'entered-in-error', docStatus: 'entered-in-error' });
    expect(textOf(d)).toBe('This entry was marked as entered in error. The reason given: Written in the wrong family record.');
    expect(readable(x.resources)).not.toContain(IN_ERROR);
    expect(doc(x, ids.part)).toMatchObject({ status: 'current', docStatus: 'final' });
  });

  it('every resource of the part is valid R4 for every persona on the team', async () => {
    for (const who of ON_TEAM) {
      const x = (await exportFor(who)) as Export;
      expect(x.resources.length).toBeGreaterThan(0);
      for (const r of x.resources) expect({ id: r.id, errors: r4Errors(r) }).toEqual({ id: r.id, errors: [] });
      expect(r4Errors(x.bundle)).toEqual([]);
    }
  });
});

describe('the records in the exported Bundle (GET /api/families/:familyId/fhir)', () => {
  const url = `/api/families/${F}/fhir?${new URLSearchParams({
    recipient: 'Northshire council case system',
    purpose: 'So the council’s case system holds the same record',
    lawfulBasis: 'consent',
  })}`;
  const bundleOf = async (who: string) => {
    const res = await (await t.signIn(who)).get(url);
    expect(res.statusCode, res.body).toBe(200);
    const bundle = res.json() as Bundle;
    return { bundle, resources: (bundle.entry ?? []).map((e) => e.resource as Resource), refs: new FhirRefs(BASE) };
  };

  it.each(ON_TEAM)('%s: withheld words, earlier wording and words in error never leave; the Bundle is valid and resolves', async (who) => {
    const x = await bundleOf(who);
    const out = readable(x.resources);
    for (const secret of [WHOLE, PART, OLD, IN_ERROR, 'Patricia also told me about her own health']) expect(out).not.toContain(secret);
    expect(textOf(doc(x, ids.part))).toBe(`Marie and I talked about ${RELEASED}, sleep and the school run.`);
    expect(doc(x, ids.inError)?.status).toBe('entered-in-error');
    const reply = docs(x).find((d) => d.relatesTo?.[0]?.target.reference === `DocumentReference/${JOINT_VISIT_ENTRY}`);
    expect(textOf(reply)).toBe(`Thank you. ${REPLY}.`);
    expect(reply?.author?.[0]?.reference).toBe(`Patient/${MARIE}`);
    expect(unresolvedReferences(x.bundle)).toEqual([]);
    expect(r4Errors(x.bundle)).toEqual([]);
    // The mental health note reaches its own agency only (Marie has not shared it); the released third-party note too.
    const trust = who === 'daniel' || who === 'sarah';
    expect(doc(x, MENTAL_HEALTH_ENTRY) !== undefined).toBe(trust);
    expect(out.includes(MENTAL_HEALTH)).toBe(trust);
    expect(out.includes(THIRD)).toBe(trust);
  });
});
