// Who reads and who does what with a meeting (issue 17 §2): the one place this rule lives, as pure functions of facts. A
// meeting is an appointment, so a worker's facts are appointments.policy.ts's with one more, `chair`; the family is decided
// first by familyVisible() (VisibleFamily), as everywhere. The repository's SQL condition (meetings.repo.ts#meetingReadableBy)
// is built from the same facts.
import type { MeetingKind } from '../../../shared/domain/meetings.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';
import { type WorkerFacts, workerChanges, workerReads } from '../appointments/index.ts';

/** appointments.policy.ts's facts, and whether the worker chairs the meeting. */
export type MeetingFacts = WorkerFacts & { chair: boolean };

/** A worker reads a meeting by the appointments' rule (arranged it, coming, key worker, same agency) or as its chair. */
export const workerReadsMeeting = (f: MeetingFacts): boolean => workerReads(f) || f.chair;

/** Writing a family member's view down for them: whoever may change the appointment, or the chair. */
export const mayWriteViewFor = (f: MeetingFacts): boolean => workerChanges(f) || f.chair;

/** A worker writes and shares only their own report, and only if they are coming, chair it or arranged it. */
export const mayWriteReport = (f: MeetingFacts): boolean => f.coming || f.chair || f.arranger;

/** A draft is read by its author only; a shared report by everyone who reads the meeting. */
export const workerReadsReport = (r: { mine: boolean; shared: boolean }, f: MeetingFacts): boolean =>
  r.mine || (r.shared && workerReadsMeeting(f));

/** Recording (attendance, decisions, actions): the chair or the arranger, once the meeting's time has come. */
export const mayRecord = (f: MeetingFacts, timeHasCome: boolean): boolean => (f.chair || f.arranger) && timeHasCome;

/** The minutes: the chair; the arranger when the chair is no longer on the care team. */
export const mayWriteMinutes = (f: MeetingFacts, chairOnTeam: boolean): boolean => f.chair || (f.arranger && !chairOnTeam);

/** Keeping a professionals' meeting from the parent: the chair or the arranger, and only for that kind. */
export const mayWithhold = (f: MeetingFacts, kind: MeetingKind): boolean => (f.chair || f.arranger) && kind === 'professionals';

/** What a family member reads of one meeting: all of it (invited), only that it happened (a professionals' meeting), or nothing. */
export type FamilyReading = 'full' | 'fact' | 'none';

/**
 * The parent reads every meeting the family is invited to, as in her calendar; a professionals' meeting only as a fact once
 * it has happened and is not withheld. Everyone else in the family reads none here (a young person has their own list).
 */
export function familyReadsMeeting(
  kind: FamilyMemberActor['kind'],
  m: { familyInvited: boolean; happened: boolean; withheld: boolean },
): FamilyReading {
  if (kind !== 'parent') return 'none';
  if (m.familyInvited) return 'full';
  return m.happened && !m.withheld ? 'fact' : 'none';
}

/** A young person reads a meeting the family is invited to when it is about them (among its people). */
export const youngPersonReads = (m: { familyInvited: boolean; aboutThem: boolean }): boolean => m.familyInvited && m.aboutThem;

/** The family writes their own views, and asks for help to get there, until the meeting has happened (and not if cancelled). */
export const familyMayPrepare = (m: { happened: boolean; cancelled: boolean }): boolean => !m.happened && !m.cancelled;
