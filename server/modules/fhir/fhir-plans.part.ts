// The plans part of a family's FHIR export: the family recovery plan (CarePlan, its goals and safety goals as Goal, its
// 0–10 ratings as Observation), each child's contingency plan and the parent's wellness plan (CarePlan), read through the
// plans module's own scoped reads (loadRecoveryPlan/recoveryPlanView, documentsAsSeenBy), so access/plan-access.ts
// decides what leaves: an item, section or rating the caller may not read is never in the export.
import { createHash } from 'node:crypto';
import type {
  Annotation,
  CarePlan,
  CarePlanActivity,
  Extension,
  Goal,
  Observation,
  Patient,
  Practitioner,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import type { PlanDocument, PlanItem, RecoveryPlanView } from '../../../shared/contracts/plans.ts';
import { ACTION_STATUSES, type ActionStatus, WORKER_RATING_SCALE } from '../../../shared/domain/plans.ts';
import { INFORMATION_CATEGORIES, INFORMATION_CATEGORY_KEYS, type InformationCategory } from '../../../shared/domain/records.ts';
import { documentsAsSeenBy, loadRecoveryPlan, recoveryPlanView } from '../plans/index.ts';
import type { FhirPart, FhirPartInput } from './fhir-part.ts';
import { INFORMATION_CATEGORY_SYSTEM, ukCore, umbrellaCodeSystem, umbrellaExtension } from './fhir-refs.ts';

/**
 * Umbrella's own extensions of the plans (documented in ARCHITECTURE.md's mapping table): action-negotiable (boolean),
 * action-asked-of-parent (boolean), action-why-asked (string), action-if-not-met (string) on CarePlan.activity.detail;
 * plan-version (positiveInt) on the recovery plan's CarePlan and each rating's Observation; next-review (date) on the
 * recovery plan's CarePlan; plan-section (code: the section's key) on each note of a wellness or contingency plan.
 */
export const PLAN_EXTENSIONS = {
  negotiable: umbrellaExtension('action-negotiable'),
  askedOfParent: umbrellaExtension('action-asked-of-parent'),
  whyAsked: umbrellaExtension('action-why-asked'),
  ifNotMet: umbrellaExtension('action-if-not-met'),
  planVersion: umbrellaExtension('plan-version'),
  nextReview: umbrellaExtension('next-review'),
  section: umbrellaExtension('plan-section'),
} as const;
export const PLAN_CODE_SYSTEMS = {
  carePlanCategory: umbrellaCodeSystem('care-plan-category'),
  goalCategory: umbrellaCodeSystem('goal-category'),
  rating: umbrellaCodeSystem('plan-rating'),
  actionStatus: umbrellaCodeSystem('action-status'),
} as const;
export const UK_CORE_CARE_PLAN = ukCore('CarePlan');

/** An action's status as a CarePlan activity's (a proposed action has not started; its statusReason says why). */
export const ACTIVITY_STATUS = {
  proposed: 'not-started',
  not_started: 'not-started',
  in_progress: 'in-progress',
  done: 'completed',
  stopped: 'stopped',
} as const satisfies Record<ActionStatus, NonNullable<CarePlanActivity['detail']>['status']>;

const concept = (system: string, code: string, display: string) => ({ coding: [{ system, code, display }], text: display });
const CATEGORY = {
  recovery: concept(PLAN_CODE_SYSTEMS.carePlanCategory, 'family-recovery-plan', 'Family recovery plan'),
  wellness: concept(PLAN_CODE_SYSTEMS.carePlanCategory, 'wellness-and-crisis-plan', 'Wellness and crisis plan'),
  contingency: concept(PLAN_CODE_SYSTEMS.carePlanCategory, 'contingency-plan', 'Plan for the child if their parent is unwell'),
};
const GOAL_CATEGORY = {
  safety: concept(PLAN_CODE_SYSTEMS.goalCategory, 'safety-goal', 'Safety goal'),
  parent: concept(PLAN_CODE_SYSTEMS.goalCategory, 'parent-goal', 'The parent’s goal'),
};
const scale = `0 = ${WORKER_RATING_SCALE[0]}; 10 = ${WORKER_RATING_SCALE[10]}`;
const RATING_CODE = {
  worry: concept(PLAN_CODE_SYSTEMS.rating, 'worry-rating', 'Rating of a worry in the family recovery plan, 0 to 10'),
  parent_goal: concept(PLAN_CODE_SYSTEMS.rating, 'goal-rating', 'Rating of a goal in the family recovery plan, 0 to 10'),
};
const SURVEY = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' }],
  text: 'Rating in the family recovery plan',
};

/** Someone who wrote, rated or agreed: a person of the family or a worker (or a name only). */
type WhoRef = Reference<Patient | RelatedPerson | Practitioner>;
/** Whom a plan is about: a Patient of the Bundle (CarePlan, Goal and Observation subjects take nothing else of ours). */
type SubjectRef = Reference<Patient>;
const asWho = (r: Reference): WhoRef => r as WhoRef;
const asSubject = (r: Reference): SubjectRef | undefined => (r.reference?.startsWith('Patient/') ? (r as SubjectRef) : undefined);

type Loaded = Awaited<ReturnType<typeof loadRecoveryPlan>>;
type Plan = NonNullable<RecoveryPlanView['plan']>;
type Item<K extends PlanItem['kind']> = Extract<PlanItem, { kind: K }>;

/** A stable id for a rating (one per person, item and plan version): FHIR ids are at most 64 characters. */
export function ratingId(planId: string, itemId: string, planVersion: number, accountId: string): string {
  const h = createHash('sha256').update(`${planId}:${itemId}:${planVersion}:${accountId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/**
 * Who someone is in the Bundle, from the account a rating, agreement or item was recorded against: a family member by
 * their account, a worker on the care team by theirs (participants() gives each member's accounts). Nobody found (a
 * worker who has left the team): a reference by the name and role written beside it, with no link.
 */
function whoResolver(input: FhirPartInput, loaded: Loaded) {
  const { refs } = input;
  const byAccount = new Map<string, WhoRef>();
  for (const p of loaded.people.people) if (p.account_id && refs.hasPerson(p.id)) byAccount.set(p.account_id, asWho(refs.person(p.id)));
  // A worker is registered in refs (their Practitioner in the Bundle) only when something of theirs is referenced.
  const workerOf = new Map(loaded.people.team.flatMap((m) => m.account_ids.map((a) => [a, m] as const)));
  const find = (accountId: string): WhoRef | undefined => {
    const worker = workerOf.get(accountId);
    return byAccount.get(accountId) ?? (worker ? asWho(refs.staff({ id: worker.id, name: worker.full_name })) : undefined);
  };
  return {
    account: (accountId: string | null | undefined): WhoRef | undefined => (accountId ? find(accountId) : undefined),
    rater: (r: { accountId: string; name: string; role: string; roleKind: string }): WhoRef =>
      find(r.accountId) ?? { display: r.roleKind === 'professional' ? `${r.name}, ${r.role}` : r.name },
  };
}

/**
 * The person a family plan is about: the parent the record is about (the export service's parentId, the CareTeam's
 * subject too), else the parent who signs in as the parent, else the first parent.
 */
function parentOf(input: FhirPartInput, loaded: Loaded): SubjectRef | undefined {
  const given = input.parentId && input.refs.hasPerson(input.parentId) ? asSubject(input.refs.person(input.parentId)) : undefined;
  if (given) return given;
  const parents = loaded.people.people.filter((p) => p.kind === 'parent' && input.refs.hasPerson(p.id));
  const parent = parents.find((p) => p.account_kind === 'parent') ?? parents[0];
  return parent ? asSubject(input.refs.person(parent.id)) : undefined;
}

/**
 * The information categories of the items a resource carries, as meta.tag codes of the information-category system:
 * the receiving system sees them, and the export's disclosure lists them (fhir-bundle.ts#categoriesIn), as it does a
 * record entry's. Only the categories a resource holds something of; in the order of the list.
 */
function categoryMeta(categories: readonly InformationCategory[]) {
  const held = INFORMATION_CATEGORY_KEYS.filter((c) => categories.includes(c));
  return held.length
    ? { tag: held.map((c) => ({ system: INFORMATION_CATEGORY_SYSTEM, code: c, display: INFORMATION_CATEGORIES[c] })) }
    : {};
}

const ext = {
  boolean: (url: string, valueBoolean: boolean): Extension => ({ url, valueBoolean }),
  string: (url: string, valueString: string): Extension => ({ url, valueString }),
};
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);
const uniqueRefs = (list: WhoRef[]) => [...new Map(list.map((r) => [r.reference ?? `display:${r.display}`, r])).values()];

function safetyGoal(worry: Item<'worry'>, views: Item<'family_view'>[], subject: SubjectRef): Goal {
  const c = worry.content;
  const g = c.safetyGoal;
  const note: Annotation[] = [
    { text: `Who is worried: ${c.whoIsWorried}`, time: worry.updatedAt, authorString: worry.updatedBy },
    { text: `The worry: ${c.worry}`, time: worry.updatedAt, authorString: worry.updatedBy },
    { text: `What could happen to the children: ${c.impactOnChild}`, time: worry.updatedAt, authorString: worry.updatedBy },
    ...views.map((v) => ({
      text: `The family’s view (agrees: ${v.content.agrees}): ${v.content.view}`,
      time: v.updatedAt,
      authorString: v.updatedBy,
    })),
  ];
  return {
    resourceType: 'Goal',
    id: worry.id,
    meta: categoryMeta([worry.category, ...views.map((v) => v.category)]),
    lifecycleStatus: 'active',
    category: [GOAL_CATEGORY.safety],
    description: {
      text: [
        `What the parent will be doing: ${g.parentWillBeDoing}`,
        `What the children will experience: ${g.childWillExperience}`,
        `What professionals will see: ${g.professionalsWillSee}`,
        `For how long: ${g.forHowLong}`,
      ].join('\n'),
    },
    subject,
    statusDate: worry.updatedAt.slice(0, 10),
    note,
  };
}

function parentGoal(item: Item<'parent_goal'>, subject: SubjectRef): Goal {
  return {
    resourceType: 'Goal',
    id: item.id,
    meta: categoryMeta([item.category]),
    lifecycleStatus: 'active',
    category: [GOAL_CATEGORY.parent],
    description: { text: item.content.words },
    subject,
    // In the parent's own words, whoever typed them.
    expressedBy: subject,
    statusDate: item.updatedAt.slice(0, 10),
  };
}

function activity(item: Item<'action'>, goals: Set<string>): CarePlanActivity {
  const c = item.content;
  const extension: Extension[] = [
    ext.boolean(PLAN_EXTENSIONS.negotiable, c.negotiable),
    ext.boolean(PLAN_EXTENSIONS.askedOfParent, c.onParent),
  ];
  if (c.whyAsked) extension.push(ext.string(PLAN_EXTENSIONS.whyAsked, c.whyAsked));
  if (c.ifNotMet) extension.push(ext.string(PLAN_EXTENSIONS.ifNotMet, c.ifNotMet));
  return {
    detail: {
      extension,
      status: ACTIVITY_STATUS[c.status],
      statusReason: concept(PLAN_CODE_SYSTEMS.actionStatus, c.status, ACTION_STATUSES[c.status]),
      description: c.support ? `${c.what}\nSupport that comes with it: ${c.support}` : c.what,
      // "Who will do it" is the plan's own words (a person, a service, "Marie, with Daniel"): a name, not a reference.
      performer: [{ display: c.who }],
      scheduledPeriod: { end: c.byWhen },
      goal: item.worryId && goals.has(item.worryId) ? [{ reference: `Goal/${item.worryId}` }] : undefined,
    },
  };
}

function recoveryResources(input: FhirPartInput, loaded: Loaded, plan: Plan): Resource[] {
  const subject = parentOf(input, loaded);
  if (!subject) return [];
  const who = whoResolver(input, loaded);
  const of = <K extends PlanItem['kind']>(kind: K) => plan.items.filter((i): i is Item<K> => i.kind === kind);
  const views = of('family_view');
  const goals: Goal[] = [
    ...of('parent_goal').map((i) => parentGoal(i, subject)),
    ...of('worry').map((w) =>
      safetyGoal(
        w,
        views.filter((v) => v.worryId === w.id),
        subject,
      ),
    ),
  ];
  const goalIds = new Set(goals.map((g) => g.id as string));
  const seen = new Set(plan.items.map((i) => i.id));
  // Writers of the items the caller reads (their rows: taken out and unread ones are left out), raters and agreers.
  const writers = loaded.rows
    .filter((r) => seen.has(r.id))
    .map((r) => who.account(r.updated_by_account_id) ?? { display: r.updated_by_name });
  const contributors = uniqueRefs([...writers, ...plan.ratings.map(who.rater), ...plan.agreements.map(who.rater)]);
  const row = loaded.plan;
  const author = who.account(row?.created_by_account_id);
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: plan.id,
    meta: {
      profile: [UK_CORE_CARE_PLAN],
      versionId: String(plan.workingVersion),
      // Its actions and strengths (its goals are Goals, tagged themselves).
      ...categoryMeta([...of('action'), ...of('strength')].map((i) => i.category)),
    },
    extension: [
      { url: PLAN_EXTENSIONS.planVersion, valuePositiveInt: plan.workingVersion },
      ...(plan.reviewOn ? [{ url: PLAN_EXTENSIONS.nextReview, valueDate: plan.reviewOn }] : []),
    ],
    status: 'active',
    intent: 'plan',
    category: [CATEGORY.recovery],
    title: 'Family recovery plan',
    subject,
    period: row ? { start: row.created_at.toISOString() } : undefined,
    created: row?.created_at.toISOString(),
    author,
    contributor: nonEmpty(contributors),
    goal: nonEmpty(goals.map((g) => ({ reference: `Goal/${g.id}` }))),
    activity: nonEmpty(of('action').map((a) => activity(a, goalIds))),
    note: nonEmpty(
      of('strength').map((s) => ({
        text: `${s.content.isSafety ? 'Already keeps the children safe' : 'What is working well'}: ${s.content.text}`,
        time: s.updatedAt,
        authorString: s.updatedBy,
      })),
    ),
  };
  const ratings: Observation[] = plan.ratings
    .filter((r) => goalIds.has(r.itemId))
    .map((r) => {
      const item = plan.items.find((i) => i.id === r.itemId);
      const kind = item?.kind === 'parent_goal' ? 'parent_goal' : 'worry';
      return {
        resourceType: 'Observation',
        id: ratingId(plan.id, r.itemId, r.planVersion, r.accountId),
        ...(item ? { meta: categoryMeta([item.category]) } : {}),
        extension: [{ url: PLAN_EXTENSIONS.planVersion, valuePositiveInt: r.planVersion }],
        status: 'final',
        category: [SURVEY],
        code: RATING_CODE[kind],
        subject,
        focus: [{ reference: `Goal/${r.itemId}` }],
        basedOn: [{ reference: `CarePlan/${plan.id}` }],
        effectiveDateTime: r.ratedAt,
        performer: [who.rater(r)],
        valueInteger: r.score,
        referenceRange: [{ low: { value: 0 }, high: { value: 10 }, text: scale }],
        note: r.note ? [{ text: r.note }] : undefined,
      };
    });
  return [carePlan, ...goals, ...ratings];
}

const CARER_STATUS = { agreed: 'scheduled', declined: 'cancelled' } as const;

/** A wellness or contingency plan as the caller reads it: only written sections they may read, as notes; none, no CarePlan. */
function documentPlan(input: FhirPartInput, doc: PlanDocument): CarePlan | null {
  const { refs } = input;
  const subject = refs.hasPerson(doc.personId) ? asSubject(refs.person(doc.personId)) : undefined;
  if (!subject) return null;
  const sections = doc.sections.filter((s) => s.text.trim() !== '');
  const carer = doc.kind === 'contingency' ? doc.carer : null;
  if (sections.length === 0 && !carer?.personId) return null;
  const wellness = doc.kind === 'wellness';
  const carerActivity: CarePlanActivity[] =
    carer?.personId && refs.hasPerson(carer.personId)
      ? [
          {
            detail: {
              description: `Look after ${doc.personName} if their parent is unwell`,
              status: carer.response ? CARER_STATUS[carer.response] : 'not-started',
              statusReason: {
                text: carer.response
                  ? carer.response === 'agreed'
                    ? 'Said they can look after the child'
                    : 'Said they cannot look after the child'
                  : carer.askedOn
                    ? `Asked on ${carer.askedOn}, not answered yet`
                    : 'Not asked yet',
              },
              performer: [asWho(refs.person(carer.personId))],
            },
            progress: carer.note ? [{ text: carer.note, time: carer.respondedAt ?? undefined }] : undefined,
          },
        ]
      : [];
  return {
    resourceType: 'CarePlan',
    id: doc.id,
    // The wellness and crisis plan is the parent's own mental health information: the disclosure must say so. A child's
    // contingency plan is who looks after the child, and how: children's social care.
    meta: {
      profile: [UK_CORE_CARE_PLAN],
      versionId: String(doc.version),
      ...categoryMeta([wellness ? 'mental_health' : 'childrens_social_care']),
    },
    status: 'active',
    intent: 'plan',
    category: [wellness ? CATEGORY.wellness : CATEGORY.contingency],
    title: wellness ? `${doc.personName}’s wellness and crisis plan` : `${doc.personName}’s plan if their parent is unwell`,
    subject,
    // Only the parent writes her wellness plan; a contingency plan is written by the parents and the key workers.
    author: wellness ? subject : undefined,
    contributor: nonEmpty(uniqueRefs(sections.flatMap((s) => (s.updatedBy ? [{ display: s.updatedBy }] : [])))),
    activity: nonEmpty(carerActivity),
    note: nonEmpty(
      sections.map((s) => ({
        extension: [{ url: PLAN_EXTENSIONS.section, valueCode: s.key }],
        text: `${s.title}\n\n${s.text}`,
        time: s.updatedAt ?? undefined,
        authorString: s.updatedBy ?? undefined,
      })),
    ),
  };
}

export const plansPart: FhirPart = async (input) => {
  const { tx, scope, family } = input;
  const loaded = await loadRecoveryPlan(tx, scope, family);
  const view = await recoveryPlanView(tx, scope, loaded);
  const recovery = view.plan ? recoveryResources(input, loaded, view.plan) : [];
  const documents = (await documentsAsSeenBy(tx, scope, family))
    .filter((d) => d.kind === 'wellness' || d.kind === 'contingency')
    .map((d) => documentPlan(input, d))
    .filter((d): d is CarePlan => d !== null);
  return [...recovery, ...documents];
};
