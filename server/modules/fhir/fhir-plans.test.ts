// Issue 19 §1: the plans part of the FHIR export, run directly through a persona's scope (as the export service runs
// it after the people part): what leaves for each professional, every mapping, and every resource valid R4.
import type { Bundle, CarePlan, Goal, Observation, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../access/actor.ts';
import { scopeFor } from '../../access/scope.ts';
import { findFamily } from '../../access/visible-family.ts';
import { DEMO_IDS } from '../../seeds/demo-family.ts';
import { DEMO_PLAN_IDS } from '../../seeds/demo-plans.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { ACTIVITY_STATUS, PLAN_EXTENSIONS, plansPart, ratingId, UK_CORE_CARE_PLAN } from './fhir-plans.part.ts';
import { FhirRefs } from './fhir-refs.ts';
import { r4Errors, unresolvedReferences } from './fhir-validator.ts';

const F = DEMO_IDS.mariesFamily;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };
const STAFF = { daniel: id(21), priya: id(23) };
const ACCOUNT = { marie: id(300), daniel: id(321), priya: id(323) };
const GOAL = id(510);
const WORRY = id(520);

// Words of the demo plans, searched for in the JSON that leaves.
const WELLNESS = {
  daily: 'Walk with Patricia after the school run',
  earlySigns: 'I stop answering the phone',
  crisisSigns: 'I don’t get the children up for school',
};
const JAMIE_CONTINGENCY = 'Jamie gets the 8:05 bus to Northfield Academy';
const WORRY_WORDS = 'When the voices are loud';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The persona's actor as a signed-in session would have it (accounts, staff, organisations). */
async function actorOf(username: string): Promise<Actor> {
  const r = await t.database.db
    .selectFrom('accounts as a')
    .leftJoin('staff as s', 's.id', 'a.staff_id')
    .leftJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.kind', 'a.staff_id', 'a.person_id', 'a.family_id', 's.role', 's.full_name', 'o.id as org', 'o.kind as org_kind'])
    .select(['p.full_name as person_name', 'p.preferred_name'])
    .where('a.username', '=', username)
    .executeTakeFirstOrThrow();
  if (r.kind === 'professional')
    return {
      kind: 'professional',
      accountId: r.id,
      staffId: r.staff_id as string,
      organisationId: r.org as string,
      organisationKind: r.org_kind as never,
      role: r.role as never,
      name: r.full_name ?? '',
    };
  const facts = {
    accountId: r.id,
    personId: r.person_id as string,
    familyId: r.family_id as string,
    name: r.preferred_name ?? r.person_name ?? '',
    language: 'en' as const,
  };
  return r.kind === 'other_parent'
    ? { kind: 'other_parent', ...facts, childPersonIds: [P.jamie, P.clare] }
    : ({ kind: r.kind, ...facts } as Actor);
}

/** The people part's registrations, as it makes them: the family's people as Patient, trusted people as RelatedPerson. */
function refsWithPeople() {
  const refs = new FhirRefs('https://umbrella.example.org/fhir');
  refs.addPerson(P.marie, 'Patient', 'Marie');
  refs.addPerson(P.jamie, 'Patient', 'Jamie');
  refs.addPerson(P.clare, 'Patient', 'Clare');
  refs.addPerson(P.clive, 'Patient', 'Clive');
  refs.addPerson(P.patricia, 'RelatedPerson', 'Patricia');
  return refs;
}

async function exportAs(username: string) {
  const actor = await actorOf(username);
  const scope = scopeFor(actor, 'read');
  const refs = refsWithPeople();
  const resources = await t.database.db.transaction().execute(async (tx) => {
    const family = await findFamily(tx, scope, F);
    if (!family) throw new Error(`${username} cannot see the family`);
    return plansPart({ tx, scope, family, refs, now: new Date() });
  });
  return { resources, refs, json: JSON.stringify(resources) };
}

const ofType = <T extends Resource>(rs: Resource[], type: T['resourceType']) => rs.filter((r): r is T => r.resourceType === type);
const carePlan = (rs: Resource[], planId: string) => ofType<CarePlan>(rs, 'CarePlan').find((c) => c.id === planId);

describe('the plans part of the FHIR export', () => {
  it('every resource it makes is valid R4, for every professional on the team', async () => {
    for (const who of ['daniel', 'priya', 'helen', 'tom', 'sarah']) {
      const { resources, refs } = await exportAs(who);
      expect(resources.length, who).toBeGreaterThan(0);
      for (const r of [...resources, ...refs.workerResources()]) expect(r4Errors(r), `${who}: ${r.resourceType}/${r.id}`).toEqual([]);
    }
  });

  it('the family recovery plan is a UK Core CarePlan about Marie, with its version, review date, author and goals', async () => {
    const { resources } = await exportAs('daniel');
    const plan = carePlan(resources, DEMO_PLAN_IDS.recoveryPlan);
    expect(plan).toMatchObject({
      meta: { profile: [UK_CORE_CARE_PLAN], versionId: '1' },
      status: 'active',
      intent: 'plan',
      title: 'Family recovery plan',
      subject: { reference: `Patient/${P.marie}` },
      created: '2026-10-21T10:00:00.000Z',
      period: { start: '2026-10-21T10:00:00.000Z' },
      author: { reference: `Practitioner/${STAFF.daniel}` },
    });
    expect(plan?.category?.[0]?.coding?.[0]?.code).toBe('family-recovery-plan');
    expect(plan?.extension).toEqual(
      expect.arrayContaining([
        { url: PLAN_EXTENSIONS.planVersion, valuePositiveInt: 1 },
        { url: PLAN_EXTENSIONS.nextReview, valueDate: '2026-12-16' },
      ]),
    );
    expect(plan?.goal?.map((g) => g.reference).sort()).toEqual([`Goal/${GOAL}`, `Goal/${WORRY}`]);
    // Marie wrote her goal and her view, Daniel and Priya the rest and their ratings.
    expect(plan?.contributor?.map((c) => c.reference)).toEqual(
      expect.arrayContaining([`Patient/${P.marie}`, `Practitioner/${STAFF.daniel}`, `Practitioner/${STAFF.priya}`]),
    );
    // Strengths are the plan's notes; "already keeps the children safe" says so.
    expect(plan?.note?.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^What is working well: Jamie and Clare get to school/),
        expect.stringMatching(/^Already keeps the children safe: Patricia and Clive/),
      ]),
    );
  });

  it('actions are activities: status mapped, negotiable and asked-of-the-parent as our extensions, linked to their worry', async () => {
    expect(ACTIVITY_STATUS).toEqual({
      proposed: 'not-started',
      not_started: 'not-started',
      in_progress: 'in-progress',
      done: 'completed',
      stopped: 'stopped',
    });
    const { resources } = await exportAs('daniel');
    const activities = carePlan(resources, DEMO_PLAN_IDS.recoveryPlan)?.activity ?? [];
    const find = (what: RegExp) => activities.find((a) => what.test(a.detail?.description ?? ''))?.detail;
    const together = find(/^Write Marie’s wellness and crisis plan together/);
    const mustTell = find(/^Tell Daniel or the crisis team/);
    expect(together).toMatchObject({
      status: 'in-progress',
      scheduledPeriod: { end: '2026-12-02' },
      performer: [{ display: 'Marie, with Daniel' }],
    });
    expect(together?.statusReason?.coding?.[0]?.code).toBe('in_progress');
    expect(together?.extension).toEqual([
      { url: PLAN_EXTENSIONS.negotiable, valueBoolean: true },
      { url: PLAN_EXTENSIONS.askedOfParent, valueBoolean: true },
    ]);
    expect(mustTell?.extension).toEqual([
      { url: PLAN_EXTENSIONS.negotiable, valueBoolean: false },
      { url: PLAN_EXTENSIONS.askedOfParent, valueBoolean: true },
      { url: PLAN_EXTENSIONS.whyAsked, valueString: expect.stringMatching(/^The voices have told Marie/) },
      { url: PLAN_EXTENSIONS.ifNotMet, valueString: expect.stringMatching(/^If we cannot be sure the children are safe/) },
    ]);
    // The action a meeting proposed (issue 17) has not started, and says it was only suggested.
    const proposed = find(/^Agree with Jamie a quiet time each week/);
    expect(proposed).toMatchObject({ status: 'not-started', statusReason: { coding: [{ code: 'proposed' }] } });
    expect(activities).toHaveLength(3);
  });

  it('goals and safety goals are Goals, told apart by their category', async () => {
    const { resources } = await exportAs('daniel');
    const goals = ofType<Goal>(resources, 'Goal');
    const goal = goals.find((g) => g.id === GOAL);
    const safety = goals.find((g) => g.id === WORRY);
    expect(goal).toMatchObject({
      lifecycleStatus: 'active',
      subject: { reference: `Patient/${P.marie}` },
      expressedBy: { reference: `Patient/${P.marie}` },
      description: { text: expect.stringMatching(/^I want to feel like myself again/) },
    });
    expect(goal?.category?.[0]?.coding?.[0]?.code).toBe('parent-goal');
    expect(safety?.category?.[0]?.coding?.[0]?.code).toBe('safety-goal');
    expect(safety?.description.text).toMatch(/^What the parent will be doing: Marie tells Daniel/);
    expect(safety?.description.text).toContain('For how long: Six months');
    // The worry and Marie's view of it go with the safety goal.
    expect(safety?.note?.map((n) => n.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(WORRY_WORDS),
        expect.stringMatching(/^The family’s view \(agrees: partly\): I would never want/),
      ]),
    );
    expect(goals.every((g) => g.target === undefined)).toBe(true);
  });

  it('each 0–10 rating is an Observation: the rater as performer, the plan version, the goal it rates', async () => {
    const { resources } = await exportAs('daniel');
    const ratings = ofType<Observation>(resources, 'Observation');
    expect(ratings).toHaveLength(3);
    const by = (account: string) => ratings.find((o) => o.id === ratingId(DEMO_PLAN_IDS.recoveryPlan, WORRY, 1, account));
    expect(by(ACCOUNT.daniel)).toMatchObject({
      status: 'final',
      valueInteger: 4,
      performer: [{ reference: `Practitioner/${STAFF.daniel}` }],
      subject: { reference: `Patient/${P.marie}` },
      focus: [{ reference: `Goal/${WORRY}` }],
      basedOn: [{ reference: `CarePlan/${DEMO_PLAN_IDS.recoveryPlan}` }],
      effectiveDateTime: '2026-10-21T11:00:00.000Z',
      extension: [{ url: PLAN_EXTENSIONS.planVersion, valuePositiveInt: 1 }],
      category: [{ coding: [{ code: 'survey' }] }],
      code: { coding: [{ code: 'worry-rating' }] },
    });
    expect(by(ACCOUNT.priya)).toMatchObject({ valueInteger: 3, performer: [{ reference: `Practitioner/${STAFF.priya}` }] });
    expect(by(ACCOUNT.marie)).toMatchObject({ valueInteger: 6, performer: [{ reference: `Patient/${P.marie}` }] });
  });

  it('the school reads no mental health item: no worry, no rating, no action about Marie’s illness leaves for Helen', async () => {
    const { resources, json } = await exportAs('helen');
    expect(json).not.toContain(WORRY_WORDS);
    expect(json).not.toContain(WORRY);
    expect(ofType<Observation>(resources, 'Observation')).toEqual([]);
    // Only the general action (a meeting's proposal about Jamie's quiet time at school) is hers to read.
    const activities = carePlan(resources, DEMO_PLAN_IDS.recoveryPlan)?.activity ?? [];
    expect(activities.map((a) => a.detail?.description?.split('\n')[0])).toEqual([expect.stringMatching(/^Agree with Jamie a quiet time/)]);
    expect(json).not.toContain('Write Marie’s wellness and crisis plan together');
    expect(json).not.toContain('Tell Daniel or the crisis team');
    expect(carePlan(resources, DEMO_PLAN_IDS.recoveryPlan)?.goal).toEqual([{ reference: `Goal/${GOAL}` }]);
  });

  it('the wellness plan leaves only with the sections Marie shared with the caller', async () => {
    // Daniel: she shared all of it with him. Priya, Helen and Tom: none of it.
    const daniel = await exportAs('daniel');
    const wellness = carePlan(daniel.resources, DEMO_PLAN_IDS.marieWellness);
    expect(wellness).toMatchObject({ subject: { reference: `Patient/${P.marie}` }, author: { reference: `Patient/${P.marie}` } });
    expect(wellness?.category?.[0]?.coding?.[0]?.code).toBe('wellness-and-crisis-plan');
    // Her own mental health information: the export's disclosure must name it (fhir-bundle.ts#categoriesIn).
    expect(wellness?.meta?.tag?.map((t) => t.code)).toEqual(['mental_health']);
    expect(wellness?.note?.map((n) => n.extension?.[0]?.valueCode)).toEqual([
      'when_well',
      'daily',
      'early_signs',
      'crisis_signs',
      'crisis_others_do',
    ]);
    for (const words of Object.values(WELLNESS)) expect(daniel.json).toContain(words);
    for (const who of ['priya', 'helen', 'tom']) {
      const { json } = await exportAs(who);
      expect(json, who).not.toContain(DEMO_PLAN_IDS.marieWellness);
      for (const words of Object.values(WELLNESS)) expect(json, who).not.toContain(words);
    }
    // Marie shares one section with Priya: that section leaves for her, and no other.
    const marie = await t.signIn('marie');
    const share = {
      documentKind: 'wellness',
      documentId: DEMO_PLAN_IDS.marieWellness,
      sectionKey: 'daily',
      recipientStaffId: STAFF.priya,
      shared: true,
    };
    expect((await marie.put(`/api/families/${F}/plan-shares`, share)).statusCode).toBe(200);
    try {
      const priya = await exportAs('priya');
      expect(carePlan(priya.resources, DEMO_PLAN_IDS.marieWellness)?.note?.map((n) => n.extension?.[0]?.valueCode)).toEqual(['daily']);
      expect(priya.json).toContain(WELLNESS.daily);
      expect(priya.json).not.toContain(WELLNESS.earlySigns);
      expect(priya.json).not.toContain(WELLNESS.crisisSigns);
      for (const r of priya.resources) expect(r4Errors(r)).toEqual([]);
      expect((await exportAs('helen')).json).not.toContain(WELLNESS.daily);
    } finally {
      await marie.put(`/api/families/${F}/plan-shares`, { ...share, shared: false });
    }
    expect((await exportAs('priya')).json).not.toContain(WELLNESS.daily);
  });

  it('each child’s contingency plan is a CarePlan about the child, for those who may read it', async () => {
    const priya = await exportAs('priya');
    const jamie = carePlan(priya.resources, DEMO_PLAN_IDS.jamieContingency);
    expect(jamie).toMatchObject({
      subject: { reference: `Patient/${P.jamie}` },
      meta: { profile: [UK_CORE_CARE_PLAN] },
      status: 'active',
      intent: 'plan',
    });
    expect(jamie?.category?.[0]?.coding?.[0]?.code).toBe('contingency-plan');
    expect(jamie?.meta?.tag?.map((t) => t.code)).toEqual(['childrens_social_care']);
    expect(jamie?.note?.map((n) => n.extension?.[0]?.valueCode)).toEqual(['carer', 'routine', 'keeping_in_touch', 'what_told']);
    expect(priya.json).toContain(JAMIE_CONTINGENCY);
    // Patricia was asked to look after him and has not answered.
    expect(jamie?.activity?.[0]?.detail).toMatchObject({
      status: 'not-started',
      performer: [{ reference: `RelatedPerson/${P.patricia}` }],
      statusReason: { text: 'Asked on 2026-11-20, not answered yet' },
    });
    expect(carePlan(priya.resources, DEMO_PLAN_IDS.clareContingency)?.subject).toEqual({
      reference: `Patient/${P.clare}`,
      display: 'Clare',
    });
    // Daniel is a key worker too; the school and family support, not key workers, never read them.
    expect((await exportAs('daniel')).json).toContain(JAMIE_CONTINGENCY);
    for (const who of ['helen', 'tom']) {
      const { json } = await exportAs(who);
      expect(json, who).not.toContain(JAMIE_CONTINGENCY);
      expect(json, who).not.toContain(DEMO_PLAN_IDS.jamieContingency);
    }
  });
});

describe('the plans in the exported Bundle (GET /api/families/:id/fhir)', () => {
  const query = new URLSearchParams({
    recipient: 'Northfield Mental Health Trust record',
    purpose: 'So the trust’s record holds the same plans as Umbrella',
    lawfulBasis: 'consent',
  }).toString();
  const bundleOf = async (who: string) => {
    const res = await (await t.signIn(who)).get(`/api/families/${F}/fhir?${query}`);
    expect(res.statusCode, who).toBe(200);
    return { bundle: res.json() as Bundle, body: res.body };
  };
  const resourcesOf = (b: Bundle) => (b.entry ?? []).map((e) => e.resource as Resource);

  it('the plans leave in a valid Bundle whose references resolve: the raters are its Practitioners and Patients', async () => {
    const { bundle, body } = await bundleOf('daniel');
    expect(r4Errors(bundle)).toEqual([]);
    expect(unresolvedReferences(bundle)).toEqual([]);
    const rs = resourcesOf(bundle);
    expect(carePlan(rs, DEMO_PLAN_IDS.recoveryPlan)?.subject?.reference).toBe(`Patient/${P.marie}`);
    const performers = ofType<Observation>(rs, 'Observation')
      .filter((o) => o.focus?.[0]?.reference === `Goal/${WORRY}`)
      .map((o) => o.performer?.[0]?.reference)
      .sort();
    expect(performers).toEqual([`Patient/${P.marie}`, `Practitioner/${STAFF.daniel}`, `Practitioner/${STAFF.priya}`].sort());
    expect(rs.some((r) => r.resourceType === 'Practitioner' && r.id === STAFF.priya)).toBe(true);
    expect(body).toContain(WELLNESS.earlySigns);
    expect(body).toContain(JAMIE_CONTINGENCY);
  });

  it('for the school: no unshared wellness section, no contingency plan, no mental health item in the whole Bundle', async () => {
    const { bundle, body } = await bundleOf('helen');
    expect(unresolvedReferences(bundle)).toEqual([]);
    for (const words of [...Object.values(WELLNESS), JAMIE_CONTINGENCY, WORRY_WORDS]) expect(body).not.toContain(words);
    expect(carePlan(resourcesOf(bundle), DEMO_PLAN_IDS.recoveryPlan)?.goal).toEqual([{ reference: `Goal/${GOAL}` }]);
  });

  it('for the children’s key worker: the children’s plans, but none of the wellness plan Marie has not shared with her', async () => {
    const { bundle, body } = await bundleOf('priya');
    expect(unresolvedReferences(bundle)).toEqual([]);
    expect(body).toContain(JAMIE_CONTINGENCY);
    for (const words of Object.values(WELLNESS)) expect(body).not.toContain(words);
    expect(carePlan(resourcesOf(bundle), DEMO_PLAN_IDS.marieWellness)).toBeUndefined();
  });
});
