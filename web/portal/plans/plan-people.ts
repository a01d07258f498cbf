// Who is who in the plans: the signed-in person's own person id, first names, and "Patricia Evans — asked on …" sentences.
import type { Person } from '../../api/types.ts';
import { formatDate } from '../../ui/format.ts';
import type { PortalMe } from '../portal.types.ts';
import type { PlanDocument } from './plans.api.ts';

/** The signed-in person's own person id, from the session. */
export function myPersonId(me: PortalMe): string {
  return me.personId;
}

/** "Jamie" from "Jamie Dubois": the first word of a name, for short sentences. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** The people a parent could ask to look after a child: adults in the family and its network, never the child. */
export const possibleCarers = (people: Person[], childId: string, myId: string | null): Person[] =>
  people.filter((p) => p.id !== childId && p.id !== myId && p.kind !== 'child');

/** "Patricia Evans was asked on 3 March 2026 and said yes on 5 March 2026." */
export function carerSentence(carer: NonNullable<PlanDocument['carer']>): string {
  if (!carer.personId || !carer.name) return 'Nobody has been named yet.';
  const asked = carer.askedOn ? ` was asked on ${formatDate(carer.askedOn)}` : ' has not been asked yet';
  if (carer.response === 'agreed')
    return `${carer.name}${asked} and agreed${carer.respondedAt ? ` on ${formatDate(carer.respondedAt)}` : ''}.`;
  if (carer.response === 'declined')
    return `${carer.name}${asked} and said they cannot${carer.respondedAt ? ` (${formatDate(carer.respondedAt)})` : ''}.`;
  return carer.askedOn ? `${carer.name}${asked} and has not answered yet.` : `${carer.name}${asked}.`;
}
