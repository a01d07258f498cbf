// Who reads and who changes a visit or appointment (issue 17 §1, §3): the one place this rule lives, as pure functions of
// facts; the repository's SQL condition (appointments.repo.ts#appointmentReadableBy) is built from the same facts. The family itself is decided first,
// by familyVisible() (VisibleFamily), as everywhere.
import type { AppointmentStatus } from '../../../shared/domain/appointments.ts';
import type { FamilyMemberActor } from '../../access/actor.ts';

/**
 * What the database says about one worker (already reaching the family) and one appointment:
 * - `arranger`: they arranged it;
 * - `coming`: they are one of the other workers coming to it;
 * - `keyWorker`: they are one of the family's key workers now;
 * - `sameAgency`: their organisation is the one that arranged it.
 */
export type WorkerFacts = { arranger: boolean; coming: boolean; keyWorker: boolean; sameAgency: boolean };
export const WORKER_FACTS = ['arranger', 'coming', 'keyWorker', 'sameAgency'] as const satisfies readonly (keyof WorkerFacts)[];

/**
 * A worker reads an appointment they arranged or are coming to, their own agency's (a colleague may need to cover it), and,
 * as a key worker, every one of the family's. Anyone else on the care team does not: a nurse's visit says something about
 * the parent's health that the school has no need of, so it gets no trace of it (the list says how many are not shared).
 */
export const workerReads = (f: WorkerFacts): boolean => f.arranger || f.coming || f.keyWorker || f.sameAgency;

/** Arranging it further (accept, offer times, cancel, say it happened) is for who arranged it, who is coming, and key workers. */
export const workerChanges = (f: WorkerFacts): boolean => f.arranger || f.coming || f.keyWorker;

/**
 * The family's side: the appointments are arranged with the parent, and her calendar is hers alone (default of issue 17:
 * a young person, a trusted person and the other parent read none of them, by permission too: portal.calendar).
 */
export const familyReads = (kind: FamilyMemberActor['kind']): boolean => kind === 'parent';
export const familyChanges = familyReads;

/** What can still be done to an appointment in each state: answered while open or agreed; nothing once it happened or was cancelled. */
export const isOpen = (status: AppointmentStatus): boolean => status === 'proposed' || status === 'agreed';

/** The facts that alone let a worker read (the rule is an OR of single facts: the policy test holds it so). */
export const factsThatRead = (): (keyof WorkerFacts)[] =>
  WORKER_FACTS.filter((fact) => workerReads({ arranger: false, coming: false, keyWorker: false, sameAgency: false, [fact]: true }));
