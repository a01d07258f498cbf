// The plan access policy as tables: who (actor kind and role) in which relationship to the family reads and writes
// which plan, part and category. Each row is one cell, allow or deny; the pure rules are called directly, the SQL
// ones (children's words, categories) are run against a test database with the demo family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTINGENCY_SECTIONS, WELLNESS_SECTIONS } from '../../shared/domain/plans.ts';
import type { InformationCategory } from '../../shared/domain/records.ts';
import type { OrganisationKind } from '../db/schema.ts';
import { currentTotp } from '../modules/auth/index.ts';
import { categoryLens, planFacts } from '../modules/plans/index.ts';
import { DEMO_IDS, readPersonas } from '../seeds/demo-family.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/test-app.ts';
import type { Actor, ProfessionalActor } from './actor.ts';
import {
  type ActiveShare,
  type CategoryLens,
  categoryChange,
  childWordsVisible,
  type DocumentFacts,
  lensOf,
  mayRateAndAgree,
  mayShare,
  mayStartDocument,
  mayWriteDocument,
  NO_PLAN_FACTS,
  type PlanFacts,
  recoveryItemKindsFor,
  SEES_EVERY_CATEGORY,
  visibleRecoveryParts,
  visibleSectionKeys,
} from './plan-access.ts';
import { familyVisible, scopeFor } from './scope.ts';
import type { VisibleFamily } from './visible-family.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = DEMO_IDS.mariesFamily;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105), other: id(106), friend: id(107) };
const ORG: Record<OrganisationKind, string> = {
  adult_mental_health: DEMO_IDS.trust,
  childrens_services: DEMO_IDS.council,
  education: DEMO_IDS.school,
  health: DEMO_IDS.riverside,
  voluntary: id(9),
};

const pro = (n: number, organisationKind: OrganisationKind, role: ProfessionalActor['role'] = 'practitioner'): ProfessionalActor => ({
  kind: 'professional',
  accountId: id(300 + n),
  staffId: id(n),
  organisationId: ORG[organisationKind],
  organisationKind,
  role,
  name: `Staff ${n}`,
});
const member = (kind: 'parent' | 'young_person' | 'network_member', person: string, account: number): Actor => ({
  kind,
  accountId: id(account),
  personId: person,
  familyId: F,
  name: kind,
  language: 'en',
});
/** A parent who is not the parent the record is about (issue 13 §6), with the children he is a parent of. */
const otherParent = (person: string, account: number, children: string[]): Actor => ({
  kind: 'other_parent',
  accountId: id(account),
  personId: person,
  familyId: F,
  language: 'en',
  name: 'other parent',
  childPersonIds: children,
});

// ---- Pure rules: documents and parts ----------------------------------------------------------------------

const noMarks = { crisis_service_keys: [] };
const DOCS: Record<string, DocumentFacts> = {
  // The parent marked section 'three' of her wellness plan for crisis services.
  wellness: {
    id: id(540),
    kind: 'wellness',
    person_id: P.marie,
    carer_person_id: null,
    parent_agreed_at: null,
    crisis_service_keys: ['three'],
  },
  contingency: { id: id(550), kind: 'contingency', person_id: P.jamie, carer_person_id: P.patricia, parent_agreed_at: null, ...noMarks },
  explanation: {
    id: id(560),
    kind: 'explanation',
    person_id: P.jamie,
    carer_person_id: null,
    parent_agreed_at: new Date('2026-11-02'),
    ...noMarks,
  },
  'explanation not agreed': {
    id: id(561),
    kind: 'explanation',
    person_id: P.jamie,
    carer_person_id: null,
    parent_agreed_at: null,
    ...noMarks,
  },
};
const KEYS = ['one', 'two', 'three'];
/** "With share": the parent shared section 'two' of every document, and the recovery plan's goals, with them. */
const sharesFor = (actor: Actor): ActiveShare[] => {
  const to =
    actor.kind === 'professional'
      ? { recipient_staff_id: actor.staffId, recipient_person_id: null }
      : { recipient_staff_id: null, recipient_person_id: 'personId' in actor ? actor.personId : null };
  return [
    // An explanation is never shared (plan_shares' CHECK): it is read by the parents, the team and the agreed child.
    ...Object.values(DOCS).flatMap((d) =>
      d.kind === 'explanation' ? [] : [{ document_kind: d.kind, document_id: d.id, section_key: 'two', ...to }],
    ),
    { document_kind: 'recovery' as const, document_id: id(500), section_key: 'goals', ...to },
  ];
};

/** `emergency`: reading under an active emergency access, not on the team; `crisis`: a parent's crisis plan is in use. */
type Who = { actor: Actor; keyWorker: boolean; shared: boolean; emergency?: boolean; crisis?: boolean };
const factsOf = (who: Who): PlanFacts => ({
  isKeyWorker: who.keyWorker,
  underEmergencyAccess: who.emergency ?? false,
  crisisActive: who.crisis ?? false,
});
const WHO: Record<string, Who> = {
  'key worker, adult mental health': { actor: pro(21, 'adult_mental_health'), keyWorker: true, shared: false },
  'key worker, children’s services': { actor: pro(23, 'childrens_services'), keyWorker: true, shared: false },
  'on team, not key worker (school)': { actor: pro(25, 'education'), keyWorker: false, shared: false },
  'on team, not key worker, with share': { actor: pro(24, 'childrens_services'), keyWorker: false, shared: true },
  'team manager on team': { actor: pro(26, 'childrens_services', 'team_manager'), keyWorker: false, shared: false },
  'emergency access (health visitor)': { actor: pro(29, 'health'), keyWorker: false, shared: false, emergency: true },
  'not on team, no emergency access': { actor: pro(29, 'health'), keyWorker: false, shared: false },
  'key worker, crisis plan in use': { actor: pro(23, 'childrens_services'), keyWorker: true, shared: false, crisis: true },
  'on team, not key worker, crisis plan in use': { actor: pro(25, 'education'), keyWorker: false, shared: false, crisis: true },
  'parent (Marie)': { actor: member('parent', P.marie, 300), keyWorker: false, shared: false },
  'second parent account': { actor: member('parent', P.other, 310), keyWorker: false, shared: false },
  'other parent of the children (Clive)': { actor: otherParent(P.clive, 304, [P.jamie, P.clare]), keyWorker: false, shared: false },
  'other parent, with share': { actor: otherParent(P.clive, 304, [P.jamie, P.clare]), keyWorker: false, shared: true },
  'other parent of another child only': { actor: otherParent(P.other, 312, [P.clare]), keyWorker: false, shared: false },
  'young person, the child, with share': { actor: member('young_person', P.jamie, 301), keyWorker: false, shared: true },
  'young person, the child, without share': { actor: member('young_person', P.jamie, 301), keyWorker: false, shared: false },
  'young person, another child': { actor: member('young_person', P.clare, 311), keyWorker: false, shared: false },
  'young person, the child, crisis plan in use': {
    actor: member('young_person', P.jamie, 301),
    keyWorker: false,
    shared: false,
    crisis: true,
  },
  'young person, another child, crisis plan in use': {
    actor: member('young_person', P.clare, 311),
    keyWorker: false,
    shared: false,
    crisis: true,
  },
  'network member with share': { actor: member('network_member', P.friend, 302), keyWorker: false, shared: true },
  'network member without share': { actor: member('network_member', P.friend, 302), keyWorker: false, shared: false },
  'network member, carer named': { actor: member('network_member', P.patricia, 303), keyWorker: false, shared: false },
  'network member without share, crisis plan in use': {
    actor: member('network_member', P.friend, 302),
    keyWorker: false,
    shared: false,
    crisis: true,
  },
};

type Read = 'all' | 'shared' | 'none';
type Cell = [who: keyof typeof WHO, doc: keyof typeof DOCS | 'recovery', read: Read, write: boolean, start: boolean | null, share: boolean];
const TABLE: Cell[] = [
  // [who, document, read (all / shared / none), write, start (null: not a document), share]
  ['key worker, adult mental health', 'recovery', 'all', true, null, false],
  ['key worker, adult mental health', 'wellness', 'none', false, false, false],
  ['key worker, adult mental health', 'contingency', 'all', true, true, false],
  ['key worker, adult mental health', 'explanation', 'all', true, true, false],
  ['key worker, children’s services', 'contingency', 'all', true, true, false],
  ['on team, not key worker (school)', 'recovery', 'all', true, null, false],
  ['on team, not key worker (school)', 'wellness', 'none', false, false, false],
  ['on team, not key worker (school)', 'contingency', 'none', false, false, false],
  ['on team, not key worker (school)', 'explanation', 'all', true, true, false],
  ['on team, not key worker, with share', 'wellness', 'shared', false, false, false],
  ['on team, not key worker, with share', 'contingency', 'shared', false, false, false],
  ['team manager on team', 'contingency', 'none', false, false, false],
  // Crisis services under emergency access (issue 14 §3): the children's contingency plans, and of the parent's wellness
  // plan only the sections she marked for crisis services ('three'); reading only, writing nothing.
  ['emergency access (health visitor)', 'contingency', 'all', false, false, false],
  ['emergency access (health visitor)', 'wellness', 'shared', false, false, false],
  ['not on team, no emergency access', 'contingency', 'none', false, false, false],
  ['not on team, no emergency access', 'wellness', 'none', false, false, false],
  // A crisis plan in use changes nothing for the adults: the care team and the network read what they read before.
  ['key worker, crisis plan in use', 'wellness', 'none', false, false, false],
  ['key worker, crisis plan in use', 'contingency', 'all', true, true, false],
  ['on team, not key worker, crisis plan in use', 'contingency', 'none', false, false, false],
  ['on team, not key worker, crisis plan in use', 'wellness', 'none', false, false, false],
  ['network member without share, crisis plan in use', 'contingency', 'none', false, false, false],
  ['network member without share, crisis plan in use', 'wellness', 'none', false, false, false],
  // The child: his own contingency plan's two sections (which, exactly: below), never to write; nothing of another's.
  ['young person, the child, crisis plan in use', 'contingency', 'none', false, false, false],
  ['young person, the child, crisis plan in use', 'wellness', 'none', false, false, false],
  ['young person, the child, crisis plan in use', 'explanation', 'all', false, false, false],
  ['young person, another child, crisis plan in use', 'contingency', 'none', false, false, false],
  ['parent (Marie)', 'recovery', 'all', true, null, true],
  ['parent (Marie)', 'wellness', 'all', true, true, true],
  ['parent (Marie)', 'contingency', 'all', true, true, true],
  ['parent (Marie)', 'explanation', 'all', true, true, false],
  ['second parent account', 'wellness', 'none', false, false, false],
  ['second parent account', 'contingency', 'all', true, true, true],
  // The children's father who lives elsewhere: the children's plans as a parent, the parent's own plans only as shared,
  // and never the parent's sharing choices.
  ['other parent of the children (Clive)', 'recovery', 'none', false, null, false],
  ['other parent, with share', 'recovery', 'shared', false, null, false],
  ['other parent of the children (Clive)', 'wellness', 'none', false, false, false],
  ['other parent, with share', 'wellness', 'shared', false, false, false],
  ['other parent of the children (Clive)', 'contingency', 'all', true, true, false],
  ['other parent of the children (Clive)', 'explanation', 'all', true, true, false],
  ['other parent of the children (Clive)', 'explanation not agreed', 'all', true, true, false],
  ['other parent of another child only', 'contingency', 'none', false, false, false],
  ['other parent of another child only', 'explanation', 'none', false, false, false],
  ['young person, the child, with share', 'recovery', 'shared', false, null, false],
  ['young person, the child, with share', 'wellness', 'shared', false, false, false],
  ['young person, the child, without share', 'recovery', 'none', false, null, false],
  ['young person, the child, without share', 'contingency', 'none', false, false, false],
  ['young person, the child, without share', 'explanation', 'all', false, false, false],
  ['young person, the child, without share', 'explanation not agreed', 'none', false, false, false],
  ['young person, another child', 'explanation', 'none', false, false, false],
  ['network member with share', 'recovery', 'shared', false, null, false],
  ['network member with share', 'wellness', 'shared', false, false, false],
  ['network member with share', 'contingency', 'shared', false, false, false],
  ['network member without share', 'recovery', 'none', false, null, false],
  ['network member without share', 'wellness', 'none', false, false, false],
  ['network member without share', 'contingency', 'none', false, false, false],
  ['network member without share', 'explanation', 'none', false, false, false],
  ['network member, carer named', 'contingency', 'all', false, false, false],
  ['network member, carer named', 'wellness', 'none', false, false, false],
];

const readOf = (keys: readonly string[], all: readonly string[]): Read =>
  keys.length === 0 ? 'none' : keys.length === all.length ? 'all' : 'shared';

describe('plan access policy: who reads, writes, starts and shares which plan', () => {
  it.each(TABLE)('%s · %s: read %s, write %s, start %s, share %s', (who, doc, read, write, start, share) => {
    const { actor, keyWorker, shared } = WHO[who] as Who;
    const shares = shared ? sharesFor(actor) : [];
    const facts = factsOf(WHO[who] as Who);
    if (doc === 'recovery') {
      const parts = visibleRecoveryParts(actor, shares);
      expect(readOf(parts, ['goals', 'strengths', 'worries', 'actions'])).toBe(read);
      expect(recoveryItemKindsFor(actor).length > 0).toBe(write);
      expect(mayShare(actor, { kind: 'recovery' })).toBe(share);
      return;
    }
    const document = DOCS[doc] as DocumentFacts;
    const keys = visibleSectionKeys(actor, document, KEYS, shares, facts);
    expect(readOf(keys, KEYS)).toBe(read);
    expect(mayWriteDocument(actor, document, keys, keyWorker)).toBe(write);
    expect(mayStartDocument(actor, document.kind, document.person_id, keyWorker)).toBe(start);
    expect(mayShare(actor, document)).toBe(share);
  });

  // Rating and agreement: the team and the parent; others only what they can see, network members when invited.
  const RATE: [who: keyof typeof WHO, invited: boolean, expected: boolean][] = [
    ['on team, not key worker (school)', false, true],
    ['parent (Marie)', false, true],
    ['young person, the child, with share', false, true],
    ['young person, the child, without share', false, false],
    ['other parent of the children (Clive)', false, false],
    ['other parent, with share', false, true],
    ['network member with share', false, false],
    ['network member with share', true, true],
    ['network member without share', true, false],
  ];
  it.each(RATE)('%s (invited: %s) rates and agrees: %s', (who, invited, expected) => {
    const { actor, shared } = WHO[who] as Who;
    const parts = visibleRecoveryParts(actor, shared ? sharesFor(actor) : []);
    const personId = 'personId' in actor ? actor.personId : '';
    expect(mayRateAndAgree(actor, parts, invited ? [personId] : [])).toBe(expected);
  });
});

// ---- Pure rules: the crisis plan in action and emergency access, section by section (issue 14 §3) ------------------

describe('plan access policy: exactly which sections crisis services and a child read', () => {
  const wellnessKeys = WELLNESS_SECTIONS.map((x) => x.key);
  const contingencyKeys = CONTINGENCY_SECTIONS.map((x) => x.key);
  const marked = { ...(DOCS.wellness as DocumentFacts), crisis_service_keys: ['crisis_signs', 'crisis_others_do'] };
  const contingency = DOCS.contingency as DocumentFacts;
  const clares = { ...contingency, id: id(551), person_id: P.clare };
  const keysOf = (who: keyof typeof WHO, doc: DocumentFacts, all: readonly string[], shares: ActiveShare[] = []) =>
    visibleSectionKeys((WHO[who] as Who).actor, doc, all, shares, factsOf(WHO[who] as Who));

  type SectionCell = [who: keyof typeof WHO, doc: string, expected: string[]];
  const SECTIONS: SectionCell[] = [
    ['emergency access (health visitor)', 'wellness, two parts marked', ['crisis_signs', 'crisis_others_do']],
    ['emergency access (health visitor)', 'wellness, nothing marked', []],
    ['not on team, no emergency access', 'wellness, two parts marked', []],
    ['on team, not key worker (school)', 'wellness, two parts marked', []],
    ['emergency access (health visitor)', 'Jamie’s contingency plan', contingencyKeys],
    ['not on team, no emergency access', 'Jamie’s contingency plan', []],
    ['young person, the child, crisis plan in use', 'Jamie’s contingency plan', ['carer', 'what_told']],
    ['young person, the child, without share', 'Jamie’s contingency plan', []],
    ['young person, the child, crisis plan in use', 'Clare’s contingency plan', []],
    ['young person, another child, crisis plan in use', 'Jamie’s contingency plan', []],
    ['young person, the child, crisis plan in use', 'wellness, two parts marked', []],
    ['network member without share, crisis plan in use', 'Jamie’s contingency plan', []],
  ];
  const DOC_OF: Record<string, [DocumentFacts, readonly string[]]> = {
    'wellness, two parts marked': [marked, wellnessKeys],
    'wellness, nothing marked': [{ ...marked, crisis_service_keys: [] }, wellnessKeys],
    'Jamie’s contingency plan': [contingency, contingencyKeys],
    'Clare’s contingency plan': [clares, contingencyKeys],
  };
  it.each(SECTIONS)('%s reads of %s: %j', (who, doc, expected) => {
    const [facts, all] = DOC_OF[doc] as [DocumentFacts, readonly string[]];
    expect(keysOf(who, facts, all)).toEqual(expected);
  });

  it('a share still counts beside the marks, and the marks never let crisis services write, start or share', () => {
    const visitor = (WHO['emergency access (health visitor)'] as Who).actor as ProfessionalActor;
    const share: ActiveShare = {
      document_kind: 'wellness',
      document_id: marked.id,
      section_key: 'daily',
      recipient_person_id: null,
      recipient_staff_id: visitor.staffId,
    };
    expect(keysOf('emergency access (health visitor)', marked, wellnessKeys, [share])).toEqual([
      'daily',
      'crisis_signs',
      'crisis_others_do',
    ]);
    const keys = keysOf('emergency access (health visitor)', contingency, contingencyKeys);
    expect(mayWriteDocument(visitor, contingency, keys, false)).toBe(false);
    expect(mayStartDocument(visitor, 'contingency', P.jamie, false)).toBe(false);
    expect(mayShare(visitor, marked)).toBe(false);
  });

  it('a child reads his two sections while the crisis plan is in use, and writes none of them', () => {
    const jamie = (WHO['young person, the child, crisis plan in use'] as Who).actor;
    const keys = keysOf('young person, the child, crisis plan in use', contingency, contingencyKeys);
    expect(mayWriteDocument(jamie, contingency, keys, false)).toBe(false);
  });
});

// ---- Pure rules: categories ------------------------------------------------------------------------------

describe('plan access policy: categories of items and explanation sections', () => {
  const school = pro(25, 'education');
  const amh = pro(21, 'adult_mental_health');
  const lens: CategoryLens = lensOf([
    { category: 'general', author_organisation_id: null },
    { category: 'education', author_organisation_id: ORG.adult_mental_health },
  ]);
  const explanationKeys = (actor: Actor, l: CategoryLens) =>
    visibleSectionKeys(
      actor,
      DOCS.explanation as DocumentFacts,
      KEYS,
      [],
      NO_PLAN_FACTS,
      (k) =>
        k === 'two'
          ? { category: 'education', authorOrganisationId: ORG.adult_mental_health }
          : { category: k === 'one' ? 'general' : 'mental_health', authorOrganisationId: null },
      l,
    );
  it('a professional reads an explanation’s sections only in the categories the lens allows; the family is not filtered', () => {
    expect(explanationKeys(school, lens)).toEqual(['one', 'two']);
    expect(explanationKeys(amh, SEES_EVERY_CATEGORY)).toEqual(KEYS);
    expect(explanationKeys(member('parent', P.marie, 300), lens)).toEqual(KEYS);
    expect(explanationKeys(member('young_person', P.jamie, 301), lens)).toEqual(KEYS);
  });

  const CHANGE: [who: string, actor: Actor, from: InformationCategory, author: string | null, to: InformationCategory, expected: string][] =
    [
      ['writing agency narrows general', amh, 'general', ORG.adult_mental_health, 'mental_health', 'allowed'],
      ['writing agency narrows to third party', amh, 'mental_health', ORG.adult_mental_health, 'third_party', 'allowed'],
      ['writing agency widens to general', amh, 'mental_health', ORG.adult_mental_health, 'general', 'widens'],
      ['writing agency moves to another field', amh, 'mental_health', ORG.adult_mental_health, 'education', 'widens'],
      ['another agency narrows', school, 'general', ORG.adult_mental_health, 'education', 'not_writing_agency'],
      ['a worker changes what the family wrote', amh, 'general', null, 'mental_health', 'not_writing_agency'],
      ['the parent changes what the family wrote', member('parent', P.marie, 300), 'mental_health', null, 'general', 'allowed'],
      [
        'the parent changes what a worker wrote',
        member('parent', P.marie, 300),
        'general',
        ORG.adult_mental_health,
        'mental_health',
        'not_writing_agency',
      ],
      ['a young person changes anything', member('young_person', P.jamie, 301), 'general', null, 'mental_health', 'not_writing_agency'],
      ['no change is always allowed', school, 'mental_health', ORG.adult_mental_health, 'mental_health', 'allowed'],
    ];
  it.each(CHANGE)('category change: %s → %s', (_label, actor, from, author, to, expected) => {
    expect(categoryChange(actor, { category: from, authorOrganisationId: author }, to)).toBe(expected);
  });
});

// ---- SQL rules against a database: categories and children's words ------------------------------------------

let t: TestApp;
const c: Record<string, TestClient> = {};
const secret = (u: string) => readPersonas().find((p) => p.username === u)?.totpSecret ?? '';
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['marie', 'daniel', 'mark']) c[u] = await t.signIn(u);
});
afterAll(() => t?.close());

// The table asks the category rule alone, for any actor, so the family is given as seen (only server/access may say so).
const family = { id: F } as VisibleFamily;
const readsCategory = async (actor: Actor, category: InformationCategory, author: string | null) => {
  const lens = await t.database.db.transaction().execute((tx) => categoryLens(tx, scopeFor(actor, 'read'), family, [author]));
  return lens.sees({ category, authorOrganisationId: author });
};

type CategoryCell = [
  who: string,
  actor: Actor,
  category: InformationCategory,
  author: 'own agency' | 'other agency' | 'family',
  expected: boolean,
];
const authorOf = (actor: Actor, author: CategoryCell[3]) =>
  author === 'family' ? null : author === 'own agency' && actor.kind === 'professional' ? actor.organisationId : ORG.voluntary;
const school = pro(25, 'education');
const social = pro(23, 'childrens_services');
const nurse = pro(21, 'adult_mental_health');
const visitor = pro(29, 'health');
const ON_TEAM: CategoryCell[] = [
  ['school', school, 'general', 'other agency', true],
  ['school', school, 'education', 'other agency', true],
  ['school', school, 'mental_health', 'other agency', false],
  ['school', school, 'mental_health', 'family', false],
  ['school', school, 'mental_health', 'own agency', true],
  ['school', school, 'childrens_social_care', 'other agency', false],
  ['school', school, 'third_party', 'other agency', false],
  ['school', school, 'third_party', 'own agency', true],
  ['children’s services', social, 'childrens_social_care', 'other agency', true],
  ['children’s services', social, 'mental_health', 'other agency', false],
  ['adult mental health', nurse, 'mental_health', 'other agency', true],
  ['adult mental health', nurse, 'childrens_social_care', 'other agency', false],
  ['health visitor, no access', visitor, 'health', 'other agency', true],
  ['health visitor, no access', visitor, 'mental_health', 'other agency', false],
];

describe('plan access policy: categories in SQL (professionalSeesEntry, as for record entries)', () => {
  it.each(ON_TEAM)('%s reads %s written by %s: %s', async (_who, actor, category, author, expected) => {
    expect(await readsCategory(actor, category, authorOf(actor, author))).toBe(expected);
  });

  it('consent to an agency, a safeguarding override and emergency access widen it; withdrawal and the end narrow it again', async () => {
    const other = ORG.voluntary;
    expect(await readsCategory(social, 'mental_health', other)).toBe(false);
    const consent = await c.marie?.post('/api/portal/consents', {
      category: 'mental_health',
      recipientOrganisationId: DEMO_IDS.council,
      purpose: 'Policy table',
    });
    expect(consent?.statusCode).toBe(201);
    expect(await readsCategory(social, 'mental_health', other)).toBe(true);
    expect(await readsCategory(school, 'mental_health', other)).toBe(false);
    await c.marie?.post(`/api/portal/consents/${consent?.json().id}/withdraw`);
    expect(await readsCategory(social, 'mental_health', other)).toBe(false);

    const override = await c.daniel?.post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: DEMO_IDS.school,
      lawfulBasis: 'safeguarding_child',
      justification: 'Policy table: the school must know today.',
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      tellParent: true,
    });
    expect(override?.statusCode).toBe(201);
    expect(await readsCategory(school, 'mental_health', other)).toBe(true);
    expect(await readsCategory(school, 'third_party', other)).toBe(false);
    await c.daniel?.post(`/api/families/${F}/overrides/${override?.json().id}/end`);
    expect(await readsCategory(school, 'mental_health', other)).toBe(false);

    const glass = await c.mark?.post('/api/emergency-access', {
      familyIds: [F],
      reason: 'Policy table.',
      code: currentTotp(secret('mark')),
    });
    expect(glass?.statusCode).toBe(201);
    expect(await readsCategory(visitor, 'mental_health', other)).toBe(true);
    expect(await readsCategory(visitor, 'third_party', other)).toBe(false);
  });

  // Children's words (run after the emergency access above started: Mark holds it now).
  const WORDS: [who: string, actor: Actor, expected: string[]][] = [
    ['a worker on the team who wrote two down', pro(23, 'childrens_services'), [id(590), id(591), id(592)]],
    ['a worker on the team', pro(21, 'adult_mental_health'), [id(590), id(591)]],
    ['emergency access, not on the team', visitor, []],
    ['the parent', member('parent', P.marie, 300), [id(591)]],
    ['the child who said them', member('young_person', P.jamie, 301), [id(590)]],
    ['the children’s other parent', otherParent(P.clive, 304, [P.jamie, P.clare]), [id(591)]],
    ['the other parent of Clare only', otherParent(P.other, 312, [P.clare]), [id(591)]],
    ['the other parent of Jamie only', otherParent(P.other, 313, [P.jamie]), []],
    ['a network member', member('network_member', P.friend, 302), []],
    ['the carer named', member('network_member', P.patricia, 303), []],
  ];
  it.each(WORDS)('children’s words: %s reads %j', async (_who, actor, expected) => {
    const scope = scopeFor(actor, 'read');
    const rows = await t.database.db
      .selectFrom('child_words as w')
      .select('w.id')
      .where('w.family_id', '=', F)
      .where(familyVisible(scope, 'w.family_id'))
      .where(childWordsVisible(scope, 'w'))
      .orderBy('w.id')
      .execute();
    expect(rows.map((r) => r.id)).toEqual(expected);
  });
});

// ---- SQL: the facts the rules read (issue 14 §3), computed where the family's plans are loaded --------------------------

describe('plan access policy: the facts in SQL (key worker, emergency access, a crisis plan in use)', () => {
  const factsFor = (actor: Actor, intent: 'read' | 'write') =>
    t.database.db.transaction().execute((tx) => planFacts(tx, scopeFor(actor, intent), family));
  const none = { isKeyWorker: false, underEmergencyAccess: false, crisisActive: false };

  // Run after the emergency access above started: Mark, not on the team, holds it now.
  it.each([
    ['a key worker on the team', social, 'read', { ...none, isKeyWorker: true }],
    ['a worker on the team, not a key worker', school, 'read', none],
    ['emergency access, reading', visitor, 'read', { ...none, underEmergencyAccess: true }],
    ['emergency access, asking to change something', visitor, 'write', none],
    ['the parent', member('parent', P.marie, 300), 'read', none],
  ] as const)('%s: %j', async (_who, actor, intent, expected) => {
    expect(await factsFor(actor, intent)).toEqual(expected);
  });

  it('emergency access ended: the fact is gone at once', async () => {
    const access = await t.database.db
      .selectFrom('emergency_accesses')
      .select('id')
      .where('staff_id', '=', visitor.staffId)
      .where('ended_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect((await c.mark?.post(`/api/emergency-access/${access.id}/end`))?.statusCode).toBe(204);
    expect(await factsFor(visitor, 'read')).toEqual(none);
  });

  it('a young person’s crisis fact follows a parent’s crisis plan in use, and nobody else’s facts change with it', async () => {
    const jamie = member('young_person', P.jamie, 301);
    expect(await factsFor(jamie, 'read')).toEqual(none);
    expect((await c.marie?.post(`/api/families/${F}/plans/${id(540)}/crisis/start`, {}))?.statusCode).toBe(201);
    expect(await factsFor(jamie, 'read')).toEqual({ ...none, crisisActive: true });
    expect(await factsFor(school, 'read')).toEqual(none);
    expect(await factsFor(member('network_member', P.patricia, 303), 'read')).toEqual(none);
    expect((await c.marie?.post(`/api/families/${F}/plans/${id(540)}/crisis/end`, {}))?.statusCode).toBe(200);
    expect(await factsFor(jamie, 'read')).toEqual(none);
  });
});
