// One synthetic family's recovery plan for the generator (items, frozen versions, ratings, agreements, who opened it) and its audit drafts; the other plans are in generate-plan-documents.ts.
import { uuidArray } from './bulk-load.ts';
import type { AuditDraft, Staff } from './generate-family.ts';
import { writePlanDocuments } from './generate-plan-documents.ts';
import type { Tables } from './generate-tables.ts';
import { type Rng, shortText, uuidv7 } from './synthetic-data.ts';

export type PlanFamily = {
  rng: Rng;
  familyId: string;
  /** When the family's record began, and "now" for the dataset (ms). */
  startMs: number;
  baseMs: number;
  team: Staff[];
  /** The children's services key worker, who starts the plan and writes the children's plans. */
  csKey: Staff;
  parent: { personId: string; accountId: string; name: string };
  children: string[];
  /** Adults the family trusts (network members and other adults): carers, people things are shared with. */
  trusted: string[];
};

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);
const POSITIONS = [
  ['agree', 5],
  ['agree_with_reservations', 3],
  ['disagree', 1],
] as const;
const STATUSES = ['not_started', 'in_progress', 'done', 'stopped'] as const;
const VIEWERS_PER_FAMILY = [4, 16] as const;

/** Writes one audit draft for this family. */
export type Audit = (
  at: number,
  who: Person,
  action: string,
  subjectType: string,
  subjectId: string,
  details?: Record<string, unknown>,
) => void;
export type Person = { accountId: string; name: string; role: string; actorKind: 'professional' | 'parent'; staffId: string | null };
type Item = {
  id: string;
  kind: 'worry' | 'family_view' | 'strength' | 'parent_goal' | 'action';
  worryId: string | null;
  position: number;
  content: Record<string, unknown>;
  by: Person;
};

/** Fisher–Yates with the seeded generator, so the same seed picks the same people. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function contentOf(rng: Rng, kind: Item['kind'], team: Staff[], atMs: number): Record<string, unknown> {
  switch (kind) {
    case 'worry':
      return {
        whoIsWorried: team
          .slice(0, 2)
          .map((s) => s.name)
          .join(' and '),
        worry: shortText(rng),
        impactOnChild: shortText(rng),
        safetyGoal: {
          parentWillBeDoing: shortText(rng),
          childWillExperience: shortText(rng),
          professionalsWillSee: shortText(rng),
          forHowLong: 'Six months, checked at each review',
        },
      };
    case 'family_view':
      return { view: shortText(rng), agrees: rng.pick(['agrees', 'partly', 'disagrees']) };
    case 'strength':
      return { text: shortText(rng), isSafety: rng.chance(0.3) };
    case 'parent_goal':
      return { words: shortText(rng) };
    case 'action': {
      const onParent = rng.chance(0.4);
      const negotiable = !onParent || rng.chance(0.6);
      return {
        what: shortText(rng),
        who: rng.pick(team).name,
        byWhen: day(atMs + rng.int(14, 120) * DAY),
        support: rng.chance(0.7) ? shortText(rng) : '',
        status: rng.pick(STATUSES),
        onParent,
        negotiable,
        // A non-negotiable ask of the parent says why and what happens if not (the API insists on it too).
        whyAsked: negotiable ? '' : shortText(rng),
        ifNotMet: negotiable ? '' : shortText(rng),
      };
    }
  }
}

/** Adds the family's plans to `t` and their audit events to `drafts`. */
export function writePlans(f: PlanFamily, t: Tables, drafts: AuditDraft[]): void {
  const { rng, familyId } = f;
  const staffPerson = (s: Staff): Person => ({
    accountId: s.accountId,
    name: s.name,
    role: `${s.teamRole.replace(/_/g, ' ')}, ${s.org.name}`,
    actorKind: 'professional',
    staffId: s.id,
  });
  const parent: Person = { accountId: f.parent.accountId, name: f.parent.name, role: 'Parent', actorKind: 'parent', staffId: null };
  const cs = staffPerson(f.csKey);
  const team = f.team.map(staffPerson);
  const audit: Audit = (at, who, action, subjectType, subjectId, details = {}) =>
    drafts.push({
      at,
      action,
      outcome: 'allowed',
      actorKind: who.actorKind,
      accountId: who.accountId,
      staffId: who.staffId,
      familyId,
      subjectType,
      subjectId,
      details,
    });

  // The recovery plan: started a month or two into the record, reviewed every three months or so.
  const planId = uuidv7(rng, f.startMs);
  const startedMs = f.startMs + rng.int(20, 60) * DAY;
  const frozen = rng.int(1, 3);
  const reviewEvery = Math.max(7 * DAY, Math.floor((f.baseMs - startedMs) / (frozen + 1)));
  const reviewOn = day(startedMs + (frozen + 1) * reviewEvery + rng.int(0, 60) * DAY);
  const invitees = f.trusted.filter(() => rng.chance(0.3));
  t.plans.add(familyId, planId, frozen + 1, reviewOn, uuidArray(invitees), iso(startedMs), cs.accountId, frozen + 1);
  audit(startedMs, cs, 'recovery_plan.started', 'recovery_plan', planId);

  // 6 to 12 items: goals, strengths, worries (most with the family's view beside them) and actions.
  const items: Item[] = [];
  const add = (kind: Item['kind'], by: Person, worryId: string | null = null) => {
    const item = {
      id: uuidv7(rng, startedMs),
      kind,
      worryId,
      position: items.length + 1,
      content: contentOf(rng, kind, f.team, startedMs),
      by,
    };
    items.push(item);
    return item;
  };
  const target = rng.int(6, 12);
  add('parent_goal', parent);
  const worries = [add('worry', cs)];
  if (rng.chance(0.7)) add('family_view', parent, worries[0]?.id ?? null);
  add('strength', rng.pick(team));
  add('action', cs, worries[0]?.id ?? null);
  while (items.length < target) {
    const kind = rng.weighted([
      ['worry', 2],
      ['strength', 2],
      ['action', 3],
      ['parent_goal', 1],
    ] as const);
    if (kind === 'worry') {
      const worry = add('worry', rng.pick(team));
      worries.push(worry);
      if (items.length < target && rng.chance(0.7)) add('family_view', parent, worry.id);
    } else add(kind, kind === 'parent_goal' ? parent : rng.pick(team), kind === 'action' && rng.chance(0.5) ? rng.pick(worries).id : null);
  }
  const lastChangeMs = startedMs + frozen * reviewEvery + rng.int(1, 20) * DAY;
  for (const item of items) {
    const edits = rng.int(0, frozen);
    t.planItems.add(
      familyId,
      planId,
      item.id,
      item.kind,
      item.worryId,
      item.position,
      JSON.stringify(item.content),
      1 + edits,
      iso(startedMs),
      item.by.accountId,
      iso(edits ? lastChangeMs : startedMs),
      item.by.accountId,
      item.by.name,
      null,
    );
    audit(startedMs + item.position * 60_000, item.by, 'recovery_plan.item_added', 'recovery_plan_item', item.id, { kind: item.kind });
  }

  // Ratings (2 to 5 people per worry) and agreements for every version, frozen or being written.
  const raters = [parent, ...team];
  for (let version = 1; version <= frozen + 1; version++) {
    const atMs = startedMs + (version - 1) * reviewEvery + rng.int(1, 10) * DAY;
    const ratings: Record<string, unknown>[] = [];
    for (const worry of worries) {
      const who = shuffled(rng, raters).slice(0, rng.int(2, Math.min(5, raters.length)));
      for (const r of who) {
        const score = Math.min(10, Math.max(0, rng.int(2, 6) + version - 1));
        const note = rng.chance(0.3) ? shortText(rng) : null;
        t.ratings.add(familyId, planId, worry.id, version, r.accountId, r.name, r.role, score, note, iso(atMs));
        ratings.push({
          itemId: worry.id,
          planVersion: version,
          accountId: r.accountId,
          name: r.name,
          role: r.role,
          score,
          note,
          ratedAt: iso(atMs),
        });
        audit(atMs, r, 'recovery_plan.rated', 'recovery_plan_item', worry.id, { score, version });
      }
    }
    const agreements: Record<string, unknown>[] = [];
    if (version <= frozen || rng.chance(0.5)) {
      for (const r of [parent, ...team.slice(0, rng.int(1, Math.min(3, team.length)))]) {
        const position = rng.weighted(POSITIONS);
        const reasons = position === 'agree' ? null : shortText(rng);
        t.agreements.add(familyId, planId, version, r.accountId, r.name, r.role, position, reasons, iso(atMs + DAY));
        agreements.push({
          planVersion: version,
          accountId: r.accountId,
          name: r.name,
          role: r.role,
          position,
          reasons,
          recordedAt: iso(atMs + DAY),
        });
        audit(atMs + DAY, r, 'recovery_plan.agreement_recorded', 'recovery_plan', planId, { position, version });
      }
    }
    if (version <= frozen) {
      // The review freezes the plan as it stood: the items as the API shows them, that version's ratings and agreements.
      const frozenMs = startedMs + version * reviewEvery;
      const snapshot = {
        items: items.map((i) => ({
          id: i.id,
          kind: i.kind,
          worryId: i.worryId,
          position: i.position,
          version: 1,
          updatedAt: iso(startedMs),
          updatedBy: i.by.name,
          flags: [],
          // The actions had not started at the first review: later versions differ, as real ones do.
          content: i.kind === 'action' && version === 1 ? { ...i.content, status: 'not_started' } : i.content,
        })),
        ratings,
        agreements,
      };
      t.planVersions.add(
        familyId,
        planId,
        version,
        iso(frozenMs),
        cs.accountId,
        cs.name,
        rng.chance(0.6) ? shortText(rng) : null,
        JSON.stringify(snapshot),
      );
      audit(frozenMs, cs, 'recovery_plan.reviewed', 'recovery_plan', planId, { version });
    }
  }

  writePlanDocuments(f, { planId, startedMs, parent, cs, audit }, t);

  // People opening the plan.
  for (let v = rng.int(...VIEWERS_PER_FAMILY); v > 0; v--) {
    const who = rng.chance(0.3) ? parent : rng.pick(team);
    audit(startedMs + Math.floor(rng.next() * (f.baseMs - startedMs)), who, 'recovery_plan.viewed', 'recovery_plan', planId, {
      parts: ['goals', 'strengths', 'worries', 'actions'],
    });
  }
}
