// Groups a family's people by the household they live in, keeping people with no household in a group of their own.
import type { Household, Person } from '../api/types.ts';

export type HouseholdGroup = { household: Household | null; people: Person[] };

const KIND_ORDER: Record<Person['kind'], number> = { parent: 0, other_adult: 1, child: 2, network_member: 3 };

/** Adults before children, then oldest first, so each household reads naturally. */
function byKindThenAge(a: Person, b: Person): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.age ?? -1) - (a.age ?? -1);
}

export function groupByHousehold(households: Household[], people: Person[]): HouseholdGroup[] {
  const known = new Set(households.map((household) => household.id));
  const groups: HouseholdGroup[] = households.map((household) => ({
    household,
    people: people.filter((person) => person.householdId === household.id).sort(byKindThenAge),
  }));
  const elsewhere = people.filter((person) => !person.householdId || !known.has(person.householdId)).sort(byKindThenAge);
  if (elsewhere.length > 0) groups.push({ household: null, people: elsewhere });
  return groups.filter((group) => group.people.length > 0 || group.household !== null);
}

/** "Address confidential" when the address is hidden from this viewer, so nobody mistakes it for missing. */
export function addressText(household: Household): string {
  if (household.address) return household.address;
  return household.addressConfidential ? 'Address confidential' : 'No address recorded';
}
