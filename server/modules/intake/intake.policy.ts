// Who may start a family, and on which side of the interface they then stand: one pure rule for the service,
// the screen and the policy table test.
import { STARTING_ORGANISATION_KINDS } from '../../../shared/domain/family-words.ts';
import type { Actor } from '../../access/actor.ts';
import type { KeyWorkerSide } from '../../db/schema.ts';

export type StartDecision =
  | { allowed: true; keyWorker: KeyWorkerSide | null }
  | { allowed: false; reason: 'not_a_professional' | 'organisation_kind' | 'role' };

/**
 * Practitioners and team managers of an adult mental health service, children's services, a health service or a
 * school start families. A charity or community group does not (decision, ARCHITECTURE.md "Starting a family"):
 * its lawful basis for holding a family's health and social care information is the family's consent, not a
 * public task, so it asks a statutory service to start the family and add it to the care team. The starter is the
 * key worker of their side when their organisation is one of the two paired services.
 */
export function mayStartFamily(actor: Actor): StartDecision {
  if (actor.kind !== 'professional') return { allowed: false, reason: 'not_a_professional' };
  if (!(STARTING_ORGANISATION_KINDS as readonly string[]).includes(actor.organisationKind)) {
    return { allowed: false, reason: 'organisation_kind' };
  }
  if (actor.role !== 'practitioner' && actor.role !== 'team_manager') return { allowed: false, reason: 'role' };
  const keyWorker =
    actor.organisationKind === 'adult_mental_health' || actor.organisationKind === 'childrens_services' ? actor.organisationKind : null;
  return { allowed: true, keyWorker };
}
