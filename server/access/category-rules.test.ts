// The category rule (access/scope.ts#entryVisible for professionals) as one table, against a real database:
// viewer's kind of agency × entry category × written by their agency or not × the family's consent × a
// safeguarding override × emergency access × who the entry is about -> sees it or not. Each row is one family
// made for it (direct inserts), so no row's consent or override can reach another's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISATION_KIND_KEYS } from '../../shared/domain/care-team-roles.ts';
import { INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../shared/domain/records.ts';
import { CONSENT_CATEGORY_KEYS } from '../../shared/domain/sharing.ts';
import { isOneOf } from '../../shared/domain/vocabularies.ts';
import { newId } from '../db/ids.ts';
import type { OrganisationKind } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import type { ProfessionalActor } from './actor.ts';
import { entryVisible, scopeFor } from './scope.ts';

// consent: none; agency (active, to the viewer's agency); staff (active, to the viewer by name); withdrawn;
//   expired; young (a young person's consent about himself, to the viewer's agency). A consent is for the entry's
//   category; for third party, which no consent can cover, the family has consented every category it can.
// override: an active safeguarding override sharing the entry's category with the viewer's agency.
// emergency: the viewer holds active emergency access to the family. about: who the entry is about.
const TABLE = `
# viewer               category               author  consent    override emergency about   sees
# Nothing shared: general and the agency's own field (HOME_CATEGORIES).
adult_mental_health    general                other   none       no       no        parent  yes
adult_mental_health    mental_health          other   none       no       no        parent  yes
adult_mental_health    childrens_social_care  other   none       no       no        parent  no
adult_mental_health    health                 other   none       no       no        parent  no
adult_mental_health    education              other   none       no       no        parent  no
adult_mental_health    third_party            other   none       no       no        parent  no
childrens_services     general                other   none       no       no        parent  yes
childrens_services     mental_health          other   none       no       no        parent  no
childrens_services     childrens_social_care  other   none       no       no        parent  yes
childrens_services     health                 other   none       no       no        parent  no
childrens_services     education              other   none       no       no        parent  no
childrens_services     third_party            other   none       no       no        parent  no
health                 general                other   none       no       no        parent  yes
health                 mental_health          other   none       no       no        parent  no
health                 childrens_social_care  other   none       no       no        parent  no
health                 health                 other   none       no       no        parent  yes
health                 education              other   none       no       no        parent  no
health                 third_party            other   none       no       no        parent  no
education              general                other   none       no       no        parent  yes
education              mental_health          other   none       no       no        parent  no
education              childrens_social_care  other   none       no       no        parent  no
education              health                 other   none       no       no        parent  no
education              education              other   none       no       no        parent  yes
education              third_party            other   none       no       no        parent  no
voluntary              general                other   none       no       no        parent  yes
voluntary              mental_health          other   none       no       no        parent  no
voluntary              childrens_social_care  other   none       no       no        parent  no
voluntary              health                 other   none       no       no        parent  no
voluntary              education              other   none       no       no        parent  no
voluntary              third_party            other   none       no       no        parent  no
# What the viewer's own agency wrote, in any category, third party included.
adult_mental_health    childrens_social_care  own     none       no       no        parent  yes
adult_mental_health    third_party            own     none       no       no        parent  yes
childrens_services     mental_health          own     none       no       no        parent  yes
childrens_services     third_party            own     none       no       no        parent  yes
health                 education              own     none       no       no        parent  yes
health                 third_party            own     none       no       no        parent  yes
education              mental_health          own     none       no       no        parent  yes
education              third_party            own     none       no       no        parent  yes
voluntary              health                 own     none       no       no        parent  yes
voluntary              third_party            own     none       no       no        parent  yes
# Consent, each state.
childrens_services     mental_health          other   agency     no       no        parent  yes
childrens_services     mental_health          other   staff      no       no        parent  yes
childrens_services     mental_health          other   withdrawn  no       no        parent  no
childrens_services     mental_health          other   expired    no       no        parent  no
childrens_services     mental_health          other   young      no       no        parent  no
childrens_services     mental_health          other   young      no       no        child   yes
education              health                 other   agency     no       no        parent  yes
education              health                 other   staff      no       no        child   yes
education              health                 other   withdrawn  no       no        child   no
education              health                 other   expired    no       no        child   no
education              health                 other   young      no       no        child   yes
education              health                 other   young      no       no        parent  no
voluntary              childrens_social_care  other   agency     no       no        parent  yes
voluntary              education              other   staff      no       no        parent  yes
health                 mental_health          other   expired    no       no        parent  no
adult_mental_health    childrens_social_care  other   withdrawn  no       no        parent  no
# Third-party information is never shared by consent: it is not the family's to give.
childrens_services     third_party            other   agency     no       no        parent  no
education              third_party            other   staff      no       no        parent  no
education              third_party            other   young      no       no        child   no
# A safeguarding override shares its categories with one agency, consent or not, third party included.
childrens_services     mental_health          other   none       yes      no        parent  yes
childrens_services     mental_health          other   withdrawn  yes      no        parent  yes
education              health                 other   expired    yes      no        parent  yes
voluntary              third_party            other   none       yes      no        parent  yes
health                 childrens_social_care  other   none       yes      no        child   yes
# Emergency access reads everything but another agency's third-party notes.
voluntary              mental_health          other   none       no       yes       parent  yes
voluntary              childrens_social_care  other   none       no       yes       parent  yes
education              health                 other   none       no       yes       parent  yes
health                 third_party            other   none       no       yes       parent  no
health                 third_party            own     none       no       yes       parent  yes
childrens_services     third_party            other   agency     no       yes       parent  no
adult_mental_health    third_party            other   none       yes      yes       parent  yes
`;

const CONSENTS = ['none', 'agency', 'staff', 'withdrawn', 'expired', 'young'] as const;
type Consent = (typeof CONSENTS)[number];
type Row = {
  viewer: OrganisationKind;
  category: InformationCategory;
  own: boolean;
  consent: Consent;
  override: boolean;
  emergency: boolean;
  aboutChild: boolean;
  sees: boolean;
  line: string;
};
const yes = (v: string | undefined) => {
  if (v !== 'yes' && v !== 'no') throw new Error(`Expected yes or no, found ${v}`);
  return v === 'yes';
};
const ROWS: Row[] = TABLE.trim()
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [viewer, category, author, consent, override, emergency, about, sees] = line.trim().split(/\s+/);
    if (!viewer || !isOneOf(ORGANISATION_KIND_KEYS, viewer)) throw new Error(`Unknown kind of agency in: ${line}`);
    if (!category || !isOneOf(INFORMATION_CATEGORY_KEYS, category)) throw new Error(`Unknown category in: ${line}`);
    if (!consent || !isOneOf(CONSENTS, consent)) throw new Error(`Unknown consent in: ${line}`);
    return {
      viewer,
      category,
      own: author === 'own',
      consent,
      override: yes(override),
      emergency: yes(emergency),
      aboutChild: about === 'child',
      sees: yes(sees),
      line: line.trim().replace(/\s+/g, ' '),
    };
  });

const KINDS = ORGANISATION_KIND_KEYS;

let t: TestApp;
const viewers = new Map<OrganisationKind, ProfessionalActor>();
const entryOf = new Map<Row, string>();
const seen = new Set<string>();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const account = await db.selectFrom('accounts').select('id').where('username', '=', 'marie').executeTakeFirstOrThrow();
  // One agency of each kind with one practitioner who reads; one more agency whose practitioner writes "other".
  const organisations = [...KINDS, 'voluntary' as const].map((kind, i) => ({ id: newId(), name: `Table agency ${i}`, kind }));
  const staff = organisations.map((o) => ({
    id: newId(),
    organisation_id: o.id,
    full_name: `Reader at ${o.name}`,
    discipline: 'Practitioner',
    role: 'practitioner' as const,
    job_title: 'Practitioner',
  }));
  await db.insertInto('organisations').values(organisations).execute();
  await db.insertInto('staff').values(staff).execute();
  KINDS.forEach((kind, i) => {
    const s = staff[i];
    const o = organisations[i];
    if (!s || !o) throw new Error('fixture');
    viewers.set(kind, {
      kind: 'professional',
      accountId: '',
      staffId: s.id,
      organisationId: o.id,
      organisationKind: kind,
      role: 'practitioner',
      name: s.full_name,
    });
  });
  const elsewhere = staff.at(-1);
  if (!elsewhere) throw new Error('fixture');

  const families = [];
  const people = [];
  const entries = [];
  const consents = [];
  const overrides = [];
  const emergencies = [];
  for (const row of ROWS) {
    const viewer = viewers.get(row.viewer);
    if (!viewer) throw new Error(row.line);
    const family = newId();
    const [parent, child, entry] = [newId(), newId(), newId()];
    families.push({ id: family, display_name: row.line.slice(0, 100), involvement_level: 'none' as const });
    people.push({ family_id: family, id: parent, kind: 'parent' as const, full_name: 'Parent' });
    people.push({ family_id: family, id: child, kind: 'child' as const, full_name: 'Child' });
    const author = row.own ? { id: viewer.staffId, organisation_id: viewer.organisationId } : elsewhere;
    entries.push({
      family_id: family,
      id: entry,
      kind: 'observation' as const,
      occurred_at: new Date(),
      author_staff_id: author.id,
      author_organisation_id: author.organisation_id,
      category: row.category,
      present_person_ids: [],
      present_staff_ids: [],
      about_person_ids: [row.aboutChild ? child : parent],
      text: row.line,
    });
    entryOf.set(row, entry);
    if (row.consent !== 'none') {
      for (const category of row.category === 'third_party' ? CONSENT_CATEGORY_KEYS : [row.category]) {
        consents.push({
          family_id: family,
          id: newId(),
          category,
          recipient_organisation_id: row.consent === 'staff' ? null : viewer.organisationId,
          recipient_staff_id: row.consent === 'staff' ? viewer.staffId : null,
          subject_person_id: row.consent === 'young' ? child : null,
          purpose: 'Table test',
          starts_on: '2020-01-01',
          ends_on: row.consent === 'expired' ? '2020-12-31' : null,
          granted_by_account_id: account.id,
          withdrawn_at: row.consent === 'withdrawn' ? new Date() : null,
        });
      }
    }
    if (row.override) {
      overrides.push({
        family_id: family,
        id: newId(),
        categories: [row.category],
        recipient_organisation_id: viewer.organisationId,
        lawful_basis: 'safeguarding_child' as const,
        justification: 'Table test',
        starts_at: new Date(Date.now() - 60_000),
        ends_at: new Date(Date.now() + 86_400_000),
        created_by_staff_id: elsewhere.id,
        parent_told: true,
      });
    }
    if (row.emergency) {
      emergencies.push({
        id: newId(),
        family_id: family,
        staff_id: viewer.staffId,
        reason: 'Table test',
        started_at: new Date(Date.now() - 60_000),
        ends_at: new Date(Date.now() + 3_600_000),
      });
    }
  }
  await db.insertInto('families').values(families).execute();
  await db.insertInto('people').values(people).execute();
  await db.insertInto('record_entries').values(entries).execute();
  if (consents.length) await db.insertInto('consents').values(consents).execute();
  if (overrides.length) await db.insertInto('safeguarding_overrides').values(overrides).execute();
  if (emergencies.length) await db.insertInto('emergency_accesses').values(emergencies).execute();

  // What each viewer sees of every table entry, through the rule every entry read uses.
  for (const viewer of viewers.values()) {
    const visible = await db
      .selectFrom('record_entries as e')
      .select('e.id')
      .where('e.id', 'in', [...entryOf.values()])
      .where(entryVisible(scopeFor(viewer, 'read'), 'e'))
      .execute();
    for (const { id } of visible) seen.add(`${viewer.staffId}|${id}`);
  }
}, 60_000);
afterAll(() => t?.close());

describe('the category rule, one row per case', () => {
  it('the table has a row for every kind of agency and every category', () => {
    for (const kind of KINDS)
      for (const category of INFORMATION_CATEGORY_KEYS) {
        expect(
          ROWS.some((r) => r.viewer === kind && r.category === category && !r.own),
          `${kind} ${category}`,
        ).toBe(true);
      }
  });

  it.each(ROWS.map((r) => [r.line, r] as const))('%s', (_, row) => {
    const viewer = viewers.get(row.viewer);
    expect(seen.has(`${viewer?.staffId}|${entryOf.get(row)}`)).toBe(row.sees);
  });
});
