// One synthetic family's needs and support for the generator (issue 15): needs in the family's words, support offered
// for about half, referrals with their steps and disclosure rows, "did it help" answers, and barriers for a third of
// parents. The shape follows seed 004: families ask most for money, housing, childcare and travel; what is offered
// most is for mental and physical health (therapy and medication).
import { NEED_DOMAIN_CATEGORY, type NeedDomain } from '../shared/domain/needs.ts';
import { uuidArray, wordArray } from './bulk-load.ts';
import type { NeedTables } from './generate-needs-tables.ts';
import type { Rng } from './synthetic-data.ts';
import { uuidv7 } from './synthetic-data.ts';

export type Worker = { staffId: string; accountId: string; organisationId: string; description: string };
export type NeedFamily = {
  id: string;
  createdMs: number;
  /** Parents first (the first is the one with an account), then children. */
  parents: string[];
  children: string[];
  parentAccountId: string | null;
  team: Worker[];
};
export type Service = { id: string; domains: NeedDomain[] };

const NEED_COUNT = [
  [0, 10],
  [1, 15],
  [2, 20],
  [3, 20],
  [4, 15],
  [5, 12],
  [6, 8],
] as const;
/** What parents ask for (seed 004): practical and financial most. */
const PARENT_DOMAINS: readonly (readonly [NeedDomain, number])[] = [
  ['money', 20],
  ['housing', 14],
  ['childcare_school', 12],
  ['travel', 10],
  ['food', 8],
  ['practical_help', 8],
  ['parenting', 7],
  ['mental_health', 7],
  ['physical_health', 3],
  ['relationships_safety', 3],
  ['work_learning', 3],
  ['legal', 2],
  ['alcohol_drugs', 1],
  ['peer_support', 2],
  ['other', 1],
];
const CHILD_DOMAINS: readonly (readonly [NeedDomain, number])[] = [
  ['child_own', 70],
  ['childcare_school', 20],
  ['physical_health', 5],
  ['mental_health', 5],
];
/** How often something is offered for a need in each area: therapy and medication far more than practical help. */
const OFFERED: Partial<Record<NeedDomain, number>> = {
  mental_health: 0.9,
  physical_health: 0.8,
  alcohol_drugs: 0.75,
  parenting: 0.65,
  child_own: 0.6,
  peer_support: 0.55,
  relationships_safety: 0.5,
};
const TWO_OFFERS: Partial<Record<NeedDomain, number>> = { mental_health: 0.45, physical_health: 0.35, alcohol_drugs: 0.3 };
const WORDS: Partial<Record<NeedDomain, readonly string[]>> = {
  money: ['The money runs out before the end of the month.', 'I am behind on the council tax and the letters scare me.'],
  housing: ['The flat is damp and the children keep getting ill.', 'We are four in one bedroom.'],
  childcare_school: ['No one to have the little one when I have appointments.', 'Getting everyone to school on time is hard.'],
  travel: ['The bus fares to the hospital add up.', 'I cannot get to the clinic without a lift.'],
  food: ['Some weeks there is not enough food in.', 'The electric is on the emergency credit.'],
  practical_help: ['The forms pile up and I do not know where to start.', 'I cannot keep on top of the washing.'],
  parenting: ['Bedtimes are a battle every night.', 'I want to be calmer with the children.'],
  mental_health: ['I want to sleep and feel like myself again.', 'When it gets bad at night I need someone who knows me.'],
  physical_health: ['My back pain stops me doing the school run.', 'I have not seen a GP in a long time.'],
  child_own: ['Someone to talk to at school.', 'I want to go to football club like my friends.'],
};
const WANTED = [
  'Someone to help me sort it out.',
  'Help with the forms.',
  'Somewhere near home, in the mornings.',
  'Advice, and someone to come with me.',
];
const BARRIERS = {
  childcare: 'No one to have the children on weekdays.',
  travel_cost: 'No car, and the bus costs too much.',
  times: 'Not before 10, school run.',
  language: 'Polish, with an interpreter please.',
  access: 'I cannot manage stairs.',
  caring: 'I look after my mum in the afternoons.',
} as const;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

/** Adds one family's needs and support to `t`; returns how many needs it has. */
export function writeNeeds(rng: Rng, f: NeedFamily, baseMs: number, services: readonly Service[], t: NeedTables): number {
  const parent = f.parents[0];
  if (!parent || f.team.length === 0) return 0;
  const count = rng.weighted(NEED_COUNT);
  const earliest = Math.max(f.createdMs, baseMs - 540 * DAY);
  for (let i = 0; i < count; i++) {
    const person = rng.chance(0.7) ? parent : f.children.length && rng.chance(0.6) ? rng.pick(f.children) : (f.parents[1] ?? parent);
    const domain = rng.weighted(f.children.includes(person) ? CHILD_DOMAINS : PARENT_DOMAINS);
    const createdMs = earliest + Math.floor(rng.next() * Math.max(DAY, baseMs - DAY - earliest));
    const raised = rng.weighted([
      ['person', 55],
      ['worker', 40],
      ['network_member', 5],
    ] as const);
    // Only the first parent signs in; anything else is written down by a worker.
    const byParent = raised === 'person' && person === parent && f.parentAccountId !== null;
    const worker = rng.pick(f.team);
    const needId = uuidv7(rng, createdMs);
    const words = WORDS[domain] ?? ['Something is getting in the way and I would like some help with it.'];
    let status: 'open' | 'met' | 'no_longer_needed' = 'open';
    let closedMs: number | null = null;
    let updatedMs = createdMs;
    if (rng.next() < (OFFERED[domain] ?? 0.3)) {
      // Health needs often get two things at once (a talking therapy and a medication review).
      for (let s = rng.chance(TWO_OFFERS[domain] ?? 0.1) ? 2 : 1; s > 0; s--) {
        const r = writeSupport(rng, f, needId, domain, createdMs, baseMs, services, t);
        if (r.helpedMs !== null && r.helped === 'yes' && rng.chance(0.5)) {
          status = 'met';
          closedMs = r.helpedMs;
        }
        updatedMs = Math.max(updatedMs, r.updatedMs);
      }
    }
    if (status === 'open' && rng.chance(0.05)) {
      status = 'no_longer_needed';
      closedMs = Math.min(baseMs, createdMs + rng.int(7, 90) * DAY);
    }
    t.needs.add(
      f.id,
      needId,
      person,
      domain,
      rng.pick(words),
      rng.weighted([
        ['a_little', 15],
        ['quite_a_lot', 45],
        ['a_lot', 40],
      ] as const),
      byParent ? 'person' : raised === 'person' ? 'worker' : raised,
      byParent ? f.parentAccountId : worker.accountId,
      byParent ? null : worker.staffId,
      rng.chance(0.7) ? rng.pick(WANTED) : null,
      NEED_DOMAIN_CATEGORY[domain],
      byParent ? null : worker.organisationId,
      uuidArray([person]),
      status,
      closedMs === null ? null : iso(closedMs),
      iso(createdMs),
      iso(Math.max(updatedMs, closedMs ?? 0)),
    );
  }
  for (const p of f.parents) {
    if (!rng.chance(1 / 3)) continue;
    const keys = Object.keys(BARRIERS) as (keyof typeof BARRIERS)[];
    const chosen = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(keys)));
    const value = (k: keyof typeof BARRIERS) => (chosen.has(k) ? BARRIERS[k] : null);
    t.barriers.add(
      f.id,
      p,
      value('childcare'),
      value('travel_cost'),
      value('times'),
      value('language'),
      value('access'),
      value('caring'),
      f.parentAccountId && p === parent ? f.parentAccountId : (f.team[0]?.accountId ?? null),
      iso(baseMs - rng.int(1, 300) * DAY),
    );
  }
  return count;
}

type Step = 'sent' | 'accepted' | 'waiting' | 'started' | 'declined' | 'ended';
const PATHS: readonly (readonly [readonly Step[], number])[] = [
  [['sent'], 5],
  [['sent', 'accepted'], 5],
  [['sent', 'waiting'], 10],
  [['sent', 'declined'], 10],
  [['sent', 'accepted', 'started'], 30],
  [['sent', 'accepted', 'started', 'ended'], 40],
];

function writeSupport(
  rng: Rng,
  f: NeedFamily,
  needId: string,
  domain: NeedDomain,
  createdMs: number,
  baseMs: number,
  services: readonly Service[],
  t: NeedTables,
) {
  const kind = rng.weighted([
    ['offer', 55],
    ['referral', 35],
    ['self_found', 10],
  ] as const);
  const by = rng.pick(f.team);
  const selfFound = kind === 'self_found' && f.parentAccountId !== null;
  const offeredMs = Math.min(baseMs, createdMs + rng.int(0, 60) * DAY);
  const id = uuidv7(rng, offeredMs);
  const fitting = services.filter((s) => s.domains.includes(domain));
  const service = kind === 'offer' ? null : rng.pick(fitting.length ? fitting : services);
  let receivedFrom: number | null = null;
  let receivedUntil: number | null = null;
  let status: Step | null = null;
  let statusMs: number | null = null;
  let disclosureId: string | null = null;
  let declinedReason: string | null = null;
  let helped: [string | null, string | null, string | null] = [null, null, null];
  if (kind === 'referral') {
    const path = rng.weighted(PATHS);
    let at = offeredMs;
    const shared = rng.chance(0.3) ? ['general', NEED_DOMAIN_CATEGORY[domain]] : ['general'];
    disclosureId = uuidv7(rng, offeredMs);
    t.disclosures.add(
      f.id,
      disclosureId,
      'referral',
      'A community service',
      'A referral the parent agreed to.',
      wordArray([...new Set(shared)]),
      'consent',
      by.accountId,
      by.description,
      id,
      iso(offeredMs),
    );
    for (const [i, step] of path.entries()) {
      if (i > 0) at += rng.int(3, 30) * DAY;
      if (at > baseMs) break;
      status = step;
      statusMs = at;
      if (step === 'started') receivedFrom = at;
      if (step === 'ended') receivedUntil = at;
      if (step === 'declined') declinedReason = 'The service is full for now.';
      t.steps.add(
        f.id,
        uuidv7(rng, at),
        id,
        step,
        day(at),
        step === 'declined' ? declinedReason : null,
        by.accountId,
        by.description,
        iso(at),
      );
    }
    helped = helpedColumns(rng, receivedUntil, baseMs);
    t.supports.add(
      f.id,
      id,
      needId,
      kind,
      'A referral to a community service.',
      service?.id ?? null,
      by.accountId,
      by.staffId,
      by.description,
      day(offeredMs),
      receivedFrom === null ? null : day(receivedFrom),
      receivedUntil === null ? null : day(receivedUntil),
      ...helped,
      status,
      statusMs === null ? null : day(statusMs),
      declinedReason,
      wordArray([...new Set(shared)]),
      'Parent would like support with this. Mornings suit best.',
      'consent',
      rng.pick(['in_person', 'by_phone', 'in_writing', 'in_umbrella']),
      disclosureId,
      iso(offeredMs),
      iso(statusMs ?? offeredMs),
    );
  } else {
    if (rng.chance(0.65)) {
      receivedFrom = Math.min(baseMs, offeredMs + rng.int(0, 30) * DAY);
      if (rng.chance(0.4)) receivedUntil = receivedFrom + rng.int(14, 120) * DAY;
      if (receivedUntil !== null && receivedUntil > baseMs) receivedUntil = null;
    }
    helped = helpedColumns(rng, receivedUntil, baseMs);
    t.supports.add(
      f.id,
      id,
      needId,
      selfFound ? 'self_found' : 'offer',
      selfFound ? 'Something the family found themselves.' : 'Support from the care team.',
      selfFound ? (service?.id ?? null) : null,
      selfFound ? f.parentAccountId : by.accountId,
      selfFound ? null : by.staffId,
      selfFound ? 'The family' : by.description,
      day(offeredMs),
      receivedFrom === null ? null : day(receivedFrom),
      receivedUntil === null ? null : day(receivedUntil),
      ...helped,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      iso(offeredMs),
      iso(receivedUntil ?? receivedFrom ?? offeredMs),
    );
  }
  return {
    helped: helped[0],
    helpedMs: helped[2] ? Date.parse(helped[2]) : null,
    updatedMs: Math.max(offeredMs, receivedFrom ?? 0, receivedUntil ?? 0),
  };
}

/** helped, helped_words, helped_at: asked when support ends, answered by most. */
function helpedColumns(rng: Rng, endedMs: number | null, baseMs: number): [string | null, string | null, string | null] {
  if (endedMs === null || !rng.chance(0.7)) return [null, null, null];
  const helped = rng.weighted([
    ['yes', 50],
    ['a_bit', 30],
    ['no', 20],
  ] as const);
  const at = Math.min(baseMs, endedMs + rng.int(0, 14) * DAY);
  return [helped, rng.chance(0.4) ? 'It made a difference to have someone to talk to.' : null, iso(at)];
}
