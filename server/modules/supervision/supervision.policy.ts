// Who may start, read and write reflective supervision (issue 18 §3): one pure function of who the caller is, who the
// worker is now and who held it, so the policy test can walk every role and relationship.
import type { StaffRole } from '../../db/schema.ts';

/** A member of staff as the rule needs them: their role, team and organisation now (read on every request). */
export type StaffFacts = { staffId: string; role: StaffRole; teamId: string | null; organisationId: string };

/** The roles of people whose work is supervised: those who work with families. */
export const SUPERVISED_ROLES: readonly StaffRole[] = ['practitioner', 'team_manager', 'service_manager'];

/**
 * The roles a manager of this role manages: a team manager her team's practitioners, a service manager the
 * organisation's practitioners and team managers. Never a peer: a fellow team manager is not her manager, and would
 * otherwise read her supervision with the service manager and her wellbeing signals.
 */
export function managedRoles(role: StaffRole): readonly StaffRole[] {
  if (role === 'team_manager') return ['practitioner'];
  if (role === 'service_manager') return ['practitioner', 'team_manager'];
  return [];
}

/**
 * Whether `viewer` manages `worker` now: a team manager of the worker's team, or a service manager of the worker's
 * organisation, above the worker in the line (managedRoles). Nobody manages themselves, and only people who work with
 * families are supervised.
 */
export function managesWorker(viewer: StaffFacts, worker: StaffFacts): boolean {
  if (viewer.staffId === worker.staffId || !SUPERVISED_ROLES.includes(worker.role)) return false;
  if (!managedRoles(viewer.role).includes(worker.role)) return false;
  if (viewer.role === 'team_manager') return viewer.teamId !== null && viewer.teamId === worker.teamId;
  if (viewer.role === 'service_manager') return viewer.organisationId === worker.organisationId;
  return false;
}

export type SupervisionAction = 'start' | 'read' | 'write' | 'write_decision_entry' | 'signals';

/**
 * The one rule. `viewer` null is anyone who is not staff (a family member). `supervision` is null for `start` and
 * `signals`, which are about the worker alone.
 * - start: only a manager of the worker now;
 * - read: the worker and the supervisor who held it, always; and whoever manages the worker now (every past one);
 * - write: the worker and the supervisor (a later manager reads only);
 * - write_decision_entry: only the worker (the entry is theirs, written under every rule of the record);
 * - signals: the worker and their managers now, never anyone else, and never more than one worker at a time.
 */
export function maySupervise(
  viewer: StaffFacts | null,
  worker: StaffFacts,
  action: SupervisionAction,
  supervision: { supervisorStaffId: string } | null = null,
): boolean {
  if (!viewer) return false;
  const isWorker = viewer.staffId === worker.staffId;
  const isSupervisor = supervision !== null && viewer.staffId === supervision.supervisorStaffId;
  const manager = managesWorker(viewer, worker);
  switch (action) {
    case 'start':
      return manager;
    case 'signals':
      return isWorker || manager;
    case 'read':
      return supervision !== null && (isWorker || isSupervisor || manager);
    case 'write':
      return supervision !== null && (isWorker || isSupervisor);
    case 'write_decision_entry':
      return supervision !== null && isWorker;
  }
}
