// Issue 19 §2: every exported Bundle is valid FHIR R4 (Medplum's validator over the base StructureDefinitions; errors
// fail, printed in the message) and every reference in it resolves: the demo family as each persona who may export it,
// and a sample of families made by the benchmark generator (bench/generate-family.ts) with varied people and consents.
import type { Bundle } from '@medplum/fhirtypes';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flush, readSchema } from '../../../bench/bulk-load.ts';
import { type Org, type Staff, writeFamily } from '../../../bench/generate-family.ts';
import { newTables } from '../../../bench/generate-tables.ts';
import { Rng, uuidv7 } from '../../../bench/synthetic-data.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app.ts';
import { r4Errors, unresolvedReferences } from './fhir-validator.ts';

const F = DEMO_IDS.mariesFamily;
const MAY = ['priya', 'tom', 'daniel', 'sarah', 'helen', 'angela'] as const;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const query = new URLSearchParams({
  recipient: 'Northshire council case system',
  purpose: 'So the council’s case system holds the same plan',
  lawfulBasis: 'consent',
}).toString();
const GENERATED = 5;

let t: TestApp;
const c: Record<string, TestClient> = {};
const generated: string[] = [];

/** Makes families with the benchmark's generator, written through its own bulk loader into the test database. */
async function generateFamilies(n: number) {
  const client = { query: (text: string, values?: unknown[]) => t.database.asOwner(text, values) } as unknown as pg.ClientBase;
  await readSchema(client);
  const org = (oid: string, kind: Org['kind'], name: string): Org => ({ id: oid, kind, name, teamIds: [] });
  const trust = org(DEMO_IDS.trust, 'adult_mental_health', 'Northfield Mental Health Trust');
  const council = org(DEMO_IDS.council, 'childrens_services', "Northfield Children's Services");
  const school = org(DEMO_IDS.school, 'education', 'Northfield Academy');
  const staff = (n2: number, o: Org, teamRole: string, name: string): Staff => ({
    id: id(n2),
    accountId: id(300 + n2),
    org: o,
    teamRole,
    name,
    families: [],
    familyCount: 0,
  });
  const daniel = staff(21, trust, 'community_psychiatric_nurse', 'Daniel Okafor');
  const priya = staff(23, council, 'childrens_social_worker', 'Priya Shah');
  const all = [
    daniel,
    staff(22, trust, 'mental_health_social_worker', 'Sarah Whitfield'),
    priya,
    staff(25, school, 'school_pastoral_lead', 'Helen'),
  ];
  const tables = newTables();
  const rng = new Rng(19);
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    const made = writeFamily(
      {
        rng,
        index: 90_000 + i,
        createdMs: now - 400 * 86_400_000,
        baseMs: now,
        entries: 12 + i * 4,
        viewsPerEntry: 0,
        passwordHash: 'not-a-password',
        staff: all,
        // Priya is every family's children's services key worker, so she may export each.
        amh: [daniel],
        cs: [priya],
      },
      tables,
      [],
    );
    generated.push(made.familyId);
  }
  for (const [name, batch] of Object.entries(tables)) if (name !== 'audit') await flush(client, batch);
  // Variety the generator does not make: accented names, no dates of birth, many children, a trusted person, consents.
  const [first, second, third] = generated;
  const owner = t.database.asOwner;
  await owner(
    `UPDATE people SET full_name = 'Zoë Ní Bhriain-Müller', preferred_name = 'Zoë', date_of_birth = NULL
     WHERE id = (SELECT id FROM people WHERE family_id = $1 AND kind = 'parent' ORDER BY created_at, id LIMIT 1)`,
    [first],
  );
  const parentOf = async (family: string) =>
    (await owner(`SELECT person_id, id FROM accounts WHERE family_id = $1 AND kind = 'parent'`, [family])).rows[0] as {
      person_id: string;
      id: string;
    };
  const p2 = await parentOf(second as string);
  const kids = ['Søren', 'Aoife', 'José', 'Łucja', 'Nguyễn Thị Hà', 'Émile'];
  for (const [k, name] of kids.entries()) {
    const pid = uuidv7(rng, now);
    await owner(`INSERT INTO people (family_id, id, kind, full_name, preferred_name, date_of_birth) VALUES ($1, $2, 'child', $3, $4, $5)`, [
      second,
      pid,
      `${name} O’Brien`,
      k % 2 ? name : null,
      k % 3 === 0 ? null : `201${k}-0${k + 1}-1${k}`,
    ]);
    await owner(`INSERT INTO relationships (family_id, id, from_person_id, to_person_id, kind) VALUES ($1, $2, $3, $4, 'parent_of')`, [
      second,
      uuidv7(rng, now),
      p2.person_id,
      pid,
    ]);
  }
  const friend = uuidv7(rng, now);
  await owner(`INSERT INTO people (family_id, id, kind, full_name) VALUES ($1, $2, 'network_member', 'Renée d’Arcy')`, [second, friend]);
  await owner(`INSERT INTO relationships (family_id, id, from_person_id, to_person_id, kind) VALUES ($1, $2, $3, $4, 'neighbour')`, [
    second,
    uuidv7(rng, now),
    friend,
    p2.person_id,
  ]);
  for (const family of [second, third] as string[]) {
    const p = await parentOf(family);
    await owner(
      `INSERT INTO consents (family_id, id, category, recipient_organisation_id, purpose, starts_on, ends_on, granted_by_account_id)
       VALUES ($1, $2, 'education', $3, 'So school can help', current_date - 3, NULL, $4),
              ($1, $5, 'health', $6, 'For a month', current_date - 60, current_date - 30, $4)`,
      [family, uuidv7(rng, now), DEMO_IDS.school, p.id, uuidv7(rng, now), DEMO_IDS.riverside],
    );
    await owner(
      `INSERT INTO consents (family_id, id, category, recipient_staff_id, purpose, starts_on, ends_on, granted_by_account_id)
       VALUES ($1, $2, 'mental_health', $3, 'So Priya knows how I am', current_date, current_date + 90, $4)`,
      [family, uuidv7(rng, now), id(23), p.id],
    );
  }
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of MAY) c[u] = await t.signIn(u);
  await generateFamilies(GENERATED);
}, 60_000);
afterAll(() => t?.close());

/** The export, validated: the R4 errors (printed in full when there are any) and the references that resolve nowhere. */
async function exportChecked(who: string, family: string) {
  const res = await (c[who] as TestClient).get(`/api/families/${family}/fhir?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const bundle = res.json() as Bundle;
  const errors = r4Errors(bundle);
  expect(errors, `R4 errors in ${who}'s export of ${family}:\n${errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`).toEqual([]);
  expect(unresolvedReferences(bundle), `references that resolve nowhere in ${who}'s export of ${family}`).toEqual([]);
  return bundle;
}

describe('every exported Bundle is valid FHIR R4 and its references resolve', () => {
  it.each(MAY)('the demo family, exported by %s', async (who) => {
    const bundle = await exportChecked(who, F);
    expect(bundle.entry?.length).toBeGreaterThan(10);
  });

  it('the validator can fail: a Patient with a made-up element and a dangling reference are caught', () => {
    const bad = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ fullUrl: 'http://x/fhir/Patient/1', resource: { resourceType: 'Patient', id: '1', birthDate: '14 March 2012' } }],
    } as Bundle;
    expect(r4Errors(bad).length).toBeGreaterThan(0);
    expect(unresolvedReferences({ ...bad, entry: [{ resource: { resourceType: 'Patient', id: '1', link: [] } }] } as Bundle)).toEqual([]);
    expect(
      unresolvedReferences({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'Consent', id: 'c', patient: { reference: 'Patient/nobody' } } }],
      } as unknown as Bundle),
    ).toEqual(['Patient/nobody']);
  });

  it(`${GENERATED} generated families (accents, no dates of birth, many children, a trusted person, consents, withheld entries)`, async () => {
    expect(generated).toHaveLength(GENERATED);
    for (const family of generated) {
      const bundle = await exportChecked('priya', family);
      const types = new Set<string | undefined>(bundle.entry?.map((e) => e.resource?.resourceType));
      for (const type of ['Patient', 'CareTeam', 'Practitioner', 'Organization', 'AuditEvent']) expect(types.has(type)).toBe(true);
    }
    const second = await exportChecked('priya', generated[1] as string);
    const json = JSON.stringify(second);
    expect(json).toContain('Nguyễn Thị Hà O’Brien');
    expect(json).toContain('Renée d’Arcy');
    // The ended consent is not exported; the two in force are.
    expect(second.entry?.filter((e) => e.resource?.resourceType === 'Consent')).toHaveLength(2);
    expect(JSON.stringify(await exportChecked('priya', generated[0] as string))).toContain('Zoë Ní Bhriain-Müller');
  }, 60_000);
});
