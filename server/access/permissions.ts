// Every permission a route can require, and which kinds of actor hold it: the whole authorisation
// policy in one table, snapshotted by a test so any change shows up for review.
import type { Actor } from './actor.ts';

export const PERMISSIONS = {
  /** Anyone, signed in or not: health checks, the sign-in steps, the API document. */
  public: 'Anyone',
  /** Anyone with a session, including one waiting for its second factor. */
  'session.own': 'The holder of the session',
  'families.list': 'Professionals: list the families whose care team they are on',
  'family.read': 'Read one family’s overview: professionals on its care team, or members of that family',
  'portal.family.read': 'Parents, young people and network members: read their own family',
} as const;

export type Permission = keyof typeof PERMISSIONS;

const PROFESSIONAL_PERMISSIONS: readonly Permission[] = ['families.list', 'family.read'];
const FAMILY_MEMBER_PERMISSIONS: readonly Permission[] = ['family.read', 'portal.family.read'];

/** Whether this actor may use a route needing `permission` at all; which family is checked by the scope. */
export function holdsPermission(actor: Actor, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (actor.kind === 'anonymous') return false;
  if (permission === 'session.own') return true;
  switch (actor.kind) {
    case 'professional':
      return PROFESSIONAL_PERMISSIONS.includes(permission);
    case 'parent':
    case 'young_person':
    case 'network_member':
      return FAMILY_MEMBER_PERMISSIONS.includes(permission);
    case 'system':
      return true;
  }
}
