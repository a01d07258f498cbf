// Who is who in the plans: the signed-in person's own person id, first names, and "Patricia Evans — asked on …" sentences.
import type { Person } from '../../api/types.ts';
import { translate } from '../../i18n/i18n.ts';
import { formatDate } from '../../ui/format.ts';
import type { PortalMe } from '../portal.types.ts';
import { planPeople as m } from './plan-people.messages.ts';
import type { PlanDocument } from './plans.api.ts';

/** The signed-in person's own person id, from the session. */
export function myPersonId(me: PortalMe): string {
  return me.personId;
}

/** "Jamie" from "Jamie Dubois": the first word of a name, for short sentences. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/**
 * The people who could be asked to look after a child while the parent is unwell: adults in the family and its network,
 * never the child and never the parent the plan is about. The signed-in person is one of them when they are not that
 * parent: a dad who lives elsewhere is often the first choice.
 */
export const possibleCarers = (people: Person[], childId: string, unwellParentId: string | null): Person[] =>
  people.filter((p) => p.id !== childId && p.id !== unwellParentId && p.kind !== 'child');

type FamilyPeople = { people: Person[]; relationships: { fromPersonId: string; toPersonId: string; kind: string }[] };

/** The children a person is recorded as a parent of (a parent who lives elsewhere sees these children's plans). */
export const childrenOfPerson = (family: FamilyPeople, personId: string): Person[] =>
  family.people.filter(
    (p) =>
      p.kind === 'child' &&
      family.relationships.some((r) => r.kind === 'parent_of' && r.fromPersonId === personId && r.toPersonId === p.id),
  );

/**
 * The parent whose being unwell a child's plan is about, seen by the child's other parent: another parent of that child.
 * For the parent herself it is her own id.
 */
export function unwellParentOf(family: FamilyPeople, me: PortalMe, childId: string): Person | null {
  if (me.kind !== 'other_parent') return family.people.find((p) => p.id === me.personId) ?? null;
  const parentIds = family.relationships.filter((r) => r.kind === 'parent_of' && r.toPersonId === childId).map((r) => r.fromPersonId);
  const others = family.people.filter((p) => p.kind === 'parent' && p.id !== me.personId);
  return others.find((p) => parentIds.includes(p.id)) ?? others[0] ?? null;
}

/**
 * "Patricia Evans was asked on 3 March 2026 and agreed on 5 March 2026.", in the language shown: one whole sentence for
 * each case, so each language can order it its own way.
 */
export function carerSentence(carer: NonNullable<PlanDocument['carer']>): string {
  if (!carer.personId || !carer.name) return translate(m.nobodyNamed);
  const values = {
    name: carer.name,
    asked: carer.askedOn ? formatDate(carer.askedOn) : null,
    answered: carer.respondedAt ? formatDate(carer.respondedAt) : null,
  };
  const asked = values.asked !== null;
  const answered = values.answered !== null;
  if (carer.response === 'agreed')
    return translate(asked ? (answered ? m.askedAgreedOn : m.askedAgreed) : answered ? m.notAskedAgreedOn : m.notAskedAgreed, values);
  if (carer.response === 'declined')
    return translate(
      asked ? (answered ? m.askedDeclinedOn : m.askedDeclined) : answered ? m.notAskedDeclinedOn : m.notAskedDeclined,
      values,
    );
  return translate(asked ? m.askedNoAnswer : m.notAsked, values);
}
