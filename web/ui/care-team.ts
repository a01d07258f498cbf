// Splits a care team into its paired key workers (adult mental health first) and everyone else.
import { KEY_WORKER_SIDE_KEYS, type KeyWorkerSide } from '../../shared/domain/care-team-roles.ts';
import type { CareTeamMember } from '../api/types.ts';

export type { KeyWorkerSide };

export function splitCareTeam(careTeam: CareTeamMember[]): { keyWorkers: CareTeamMember[]; others: CareTeamMember[] } {
  const keyWorkers = KEY_WORKER_SIDE_KEYS.flatMap((side) => careTeam.filter((member) => member.keyWorker === side));
  const others = careTeam
    .filter((member) => member.keyWorker === null)
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.name.localeCompare(b.name));
  return { keyWorkers, others };
}

export const missingKeyWorkerSides = (keyWorkers: CareTeamMember[]): KeyWorkerSide[] =>
  KEY_WORKER_SIDE_KEYS.filter((side) => !keyWorkers.some((member) => member.keyWorker === side));
