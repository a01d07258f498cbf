// Who may manage which organisation's staff, and which changes to one worker an administrator may make: pure rules,
// read by the service and tested as a table (admin.policy.test.ts).

import { STAFF_ROLES, type StaffRole } from '../../../shared/domain/accounts.ts';
import type { Actor } from '../../access/actor.ts';

export type AdminRole = 'administrator' | 'platform_administrator';
export const ADMIN_ROLES: readonly StaffRole[] = ['administrator', 'platform_administrator'];

/** The organisations an actor manages: every one (null) for a platform administrator, their own for an administrator. */
export function managedOrganisation(actor: Actor): { all: true } | { all: false; organisationId: string } | null {
  if (actor.kind === 'system') return { all: true };
  if (actor.kind !== 'professional') return null;
  if (actor.role === 'platform_administrator') return { all: true };
  if (actor.role === 'administrator') return { all: false, organisationId: actor.organisationId };
  return null;
}

/** Whether the actor manages this organisation's teams and staff. Anything else is answered as not found. */
export function managesOrganisation(actor: Actor, organisationId: string): boolean {
  const reach = managedOrganisation(actor);
  return reach !== null && (reach.all || reach.organisationId === organisationId);
}

export const mayAddOrganisations = (actor: Actor): boolean =>
  actor.kind === 'system' || (actor.kind === 'professional' && actor.role === 'platform_administrator');

/** Only a platform administrator makes (or unmakes) another one. */
export function assignableRoles(actor: Actor): StaffRole[] {
  return STAFF_ROLES.filter((r) => mayAddOrganisations(actor) || r !== 'platform_administrator');
}

export type WorkerFacts = { staffId: string; organisationId: string; role: StaffRole };

/**
 * Whether the actor may change this worker at all (their details, account and second factor). A worker of an
 * organisation the actor does not manage is "not found" (the caller answers 404, never revealing them); a platform
 * administrator in the actor's own organisation is seen but changed only by another platform administrator.
 */
export function mayChangeWorker(actor: Actor, worker: WorkerFacts): 'yes' | 'not_found' | 'platform_only' {
  if (!managesOrganisation(actor, worker.organisationId)) return 'not_found';
  if (worker.role === 'platform_administrator' && !mayAddOrganisations(actor)) return 'platform_only';
  return 'yes';
}

/** Whether this is the actor's own staff record: nobody deactivates themselves or resets their own second factor. */
export const isSelf = (actor: Actor, worker: WorkerFacts): boolean => actor.kind === 'professional' && actor.staffId === worker.staffId;
