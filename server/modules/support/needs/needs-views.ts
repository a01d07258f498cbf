// Shapes needs, support, referrals and barriers for the contracts (shared/contracts/needs.ts), with the gap
// (shared/domain/need-gap.ts) and what the caller may do (access/need-policy.ts): the one place a Need is built, for
// the worker's page, the family's page, every write's answer and the subject access export.
import type { Barriers, FamilyNeeds, Need, PersonNeeds, Support } from '../../../../shared/contracts/needs.ts';
import { type GapSupport, needGap } from '../../../../shared/domain/need-gap.ts';
import type { ConsentCategory } from '../../../../shared/domain/sharing.ts';
import type { Actor } from '../../../access/actor.ts';
import { mayOnNeed, type NeedAction, type NeedFacts, NO_FACTS } from '../../../access/need-policy.ts';
import type { BarriersRow, NeedRow, PersonRow, StepRow, SupportRow } from './needs.repo.ts';

/** Who is looking, with the one fact about them the policy needs beyond their actor. */
export type Caller = { actor: Actor; keyWorker: boolean };

export const personName = (p: { preferred_name: string | null; full_name: string }) => p.preferred_name ?? p.full_name;
const day = (d: Date) => d.toISOString().slice(0, 10);
export const today = () => day(new Date());

/** The policy's facts for this caller, this person, and (when given) the need and one of its supports. */
export function factsFor(
  caller: Caller,
  person: Pick<PersonRow, 'id' | 'kind'>,
  need?: Pick<NeedRow, 'written_by_staff_id' | 'author_organisation_id'>,
  support?: Pick<SupportRow, 'offered_by_staff_id' | 'offered_by_organisation_id'>,
): NeedFacts {
  const a = caller.actor;
  const facts: NeedFacts = {
    ...NO_FACTS,
    personIsNetworkMember: person.kind === 'network_member',
    needByWorker: need ? need.written_by_staff_id !== null : false,
    supportByFamily: support ? support.offered_by_staff_id === null : false,
  };
  switch (a.kind) {
    case 'professional':
      return {
        ...facts,
        actor: 'professional',
        keyWorker: caller.keyWorker,
        needOwnAgency: need?.author_organisation_id === a.organisationId,
        supportOwnAgency: support !== undefined && support.offered_by_organisation_id === a.organisationId,
      };
    case 'parent':
      return { ...facts, actor: 'parent', self: person.id === a.personId, parentOf: person.kind === 'child' };
    case 'other_parent':
      return { ...facts, actor: 'other_parent', self: person.id === a.personId, otherParentOf: a.childPersonIds.includes(person.id) };
    case 'young_person':
    case 'network_member':
      return { ...facts, actor: a.kind, self: person.id === a.personId };
    default:
      return facts;
  }
}

export const may = (action: NeedAction, facts: NeedFacts) => mayOnNeed(action, facts);

export function barriersView(row: BarriersRow | undefined): Barriers {
  return {
    childcare: row?.childcare ?? null,
    travelCost: row?.travel_cost ?? null,
    times: row?.times ?? null,
    language: row?.language ?? null,
    access: row?.access ?? null,
    caring: row?.caring ?? null,
    writtenIn: row?.written_in ?? 'en',
    version: row?.version ?? 0,
  };
}

function writtenBy(n: NeedRow): string {
  if (n.writer_staff_name) return n.writer_job_title ? `${n.writer_staff_name}, ${n.writer_job_title.toLowerCase()}` : n.writer_staff_name;
  return n.writer_preferred_name ?? n.writer_person_name ?? 'Someone in the family';
}

const asGapSupport = (s: SupportRow): GapSupport => ({
  kind: s.kind,
  offeredOn: s.offered_on,
  receivedFrom: s.received_from,
  receivedUntil: s.received_until,
  helped: s.helped,
  helpedOn: s.helped_at ? day(s.helped_at) : null,
  referralStatus: s.referral_status,
  referralStatusOn: s.referral_status_on,
});

function supportView(s: SupportRow, steps: StepRow[], mayUpdateReferral: boolean): Support {
  const own = steps.filter((x) => x.support_id === s.id);
  return {
    id: s.id,
    kind: s.kind,
    description: s.description,
    writtenIn: s.written_in,
    serviceId: s.service_id,
    serviceName: s.service_name,
    offeredBy: s.offered_by_description,
    offeredByWorker: s.offered_by_staff_id !== null,
    offeredOn: s.offered_on,
    receivedFrom: s.received_from,
    receivedUntil: s.received_until,
    helped: s.helped,
    helpedWords: s.helped_words,
    helpedWrittenIn: s.helped_written_in,
    referral:
      s.kind === 'referral' && s.referral_status && s.referral_status_on && s.lawful_basis && s.sent_text !== null
        ? {
            status: s.referral_status,
            statusOn: s.referral_status_on,
            declinedReason: s.declined_reason,
            // The reason is the one given with the step that declined it.
            declinedReasonWrittenIn: own.findLast((x) => x.status === 'declined')?.written_in ?? 'en',
            sharedCategories: (s.shared_categories ?? []) as ConsentCategory[],
            sentText: s.sent_text,
            lawfulBasis: s.lawful_basis,
            agreedHow: s.agreed_how,
            history: own.map((x) => ({
              status: x.status,
              statusOn: x.status_on,
              reason: x.reason,
              writtenIn: x.written_in,
              by: x.changed_by_description,
              byWorker: x.by_worker,
            })),
            mayUpdate: mayUpdateReferral,
          }
        : null,
    version: s.version,
  };
}

/** One need as the caller reads it: its support, where it stands, and what they may do. */
export function needView(n: NeedRow, person: PersonRow, supports: SupportRow[], steps: StepRow[], caller: Caller, on = today()): Need {
  const own = supports.filter((s) => s.need_id === n.id);
  const facts = factsFor(caller, person, n);
  const gap = needGap(
    { status: n.status, createdOn: day(n.created_at), closedOn: n.closed_at ? day(n.closed_at) : null },
    own.map(asGapSupport),
    on,
  );
  return {
    id: n.id,
    personId: n.person_id,
    personName: personName(person),
    domain: n.domain,
    words: n.words,
    writtenIn: n.written_in,
    importance: n.importance,
    raisedBy: n.raised_by,
    writtenBy: writtenBy(n),
    writer: n.writer_staff_name ? { name: n.writer_staff_name, teamRole: n.writer_team_role, jobTitle: n.writer_job_title } : null,
    supportWanted: n.support_wanted,
    status: n.status,
    notRight:
      n.not_right && n.not_right_at ? { words: n.not_right, at: n.not_right_at.toISOString(), writtenIn: n.not_right_written_in } : null,
    createdAt: n.created_at.toISOString(),
    gap: gap.gap,
    gapSince: gap.since,
    supports: own.map((s) => supportView(s, steps, may('update_referral', factsFor(caller, person, n, s)))),
    allowed: {
      edit: may('edit', facts),
      notRight: may('not_right', facts),
      addSupport: may('add_support', facts),
      refer: may('refer', facts),
    },
    version: n.version,
  };
}

const OPEN: readonly string[] = ['not_offered', 'not_received', 'not_helping'];

/** Open gaps first, longest waiting first; then the rest by when they were raised. */
export function byGap(a: Need, b: Need): number {
  const ao = OPEN.includes(a.gap);
  const bo = OPEN.includes(b.gap);
  if (ao !== bo) return ao ? -1 : 1;
  if (ao && a.gapSince !== b.gapSince) return a.gapSince < b.gapSince ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export function gapCounts(needs: Need[]): FamilyNeeds['gaps'] {
  return {
    notOffered: needs.filter((n) => n.gap === 'not_offered').length,
    notReceived: needs.filter((n) => n.gap === 'not_received').length,
    notHelping: needs.filter((n) => n.gap === 'not_helping').length,
  };
}

/** One person's section: their barriers and needs, and whether the caller may add a need or change the barriers. */
export function personSection(person: PersonRow, needs: Need[], barriers: BarriersRow | undefined, caller: Caller): PersonNeeds {
  const facts = factsFor(caller, person);
  return {
    personId: person.id,
    name: personName(person),
    kind: person.kind,
    barriers: barriersView(barriers),
    // Barriers are written by whoever may add a need for the person.
    mayEditBarriers: may('add', facts),
    mayAddNeed: may('add', facts),
    needs: needs.filter((n) => n.personId === person.id).sort(byGap),
  };
}
