// Who may change a family's care team, and so who reads the family: one rule for the service and the screen.
import type { Actor } from '../../access/actor.ts';

type Membership = { id: string; staff_id: string; key_worker: string | null };

/**
 * The family's key workers and the team managers on its care team add and remove members; anyone on the team may
 * end their own membership (leaving narrows who reads the family). Nobody else: not another member, not a
 * professional off the team, not a family member.
 */
export function mayChangeTeam(actor: Actor, members: readonly Membership[], change: 'add' | 'remove', memberId?: string): boolean {
  if (actor.kind !== 'professional') return false;
  const me = members.find((m) => m.staff_id === actor.staffId);
  if (!me) return false;
  if (me.key_worker !== null || actor.role === 'team_manager') return true;
  return change === 'remove' && memberId === me.id;
}
