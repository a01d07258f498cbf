// Who someone is to the family, for the plans' sharing and crisis pages: codes the family's pages word in their own
// language (issue 16 §3), with the English the professionals' screens show beside them.
import type { Relation } from '../../../shared/contracts/plans.ts';
import { parentOfChildrenInWords, parentWord } from '../../../shared/domain/people.ts';
import type { Participants } from './plans.repo.ts';

type Person = Participants['people'][number];
type Worker = Participants['team'][number];
export type Described = { description: string; relation: Relation };

const nameOf = (people: Participants['people'], id: string) => {
  const p = people.find((x) => x.id === id);
  return p ? (p.preferred_name ?? p.full_name) : 'a child';
};

/** Someone in the family with a sign-in, by their account: a young person, a parent, the children's other parent, or someone she trusts. */
export function describePerson(people: Participants['people'], p: Person): Described {
  if (p.account_kind === 'young_person') return { description: 'Young person in your family', relation: { kind: 'young_person' } };
  if (p.account_kind === 'parent') return { description: 'Parent', relation: { kind: 'parent' } };
  if (p.account_kind === 'other_parent') {
    const children = p.child_person_ids.map((id) => nameOf(people, id));
    return {
      description: parentOfChildrenInWords(children, p.pronouns),
      relation: { kind: 'other_parent', children, word: parentWord(p.pronouns) },
    };
  }
  return { description: 'Someone you trust', relation: { kind: 'trusted' } };
}

/** A worker on the care team: their job title and organisation, as written. */
export const describeWorker = (t: Worker): Described => ({
  description: `${t.job_title}, ${t.organisation_name}`,
  relation: { kind: 'worker', jobTitle: t.job_title, organisation: t.organisation_name },
});

/** A worker who has left the care team since. */
export const FORMER_WORKER: Described = { description: 'No longer on the care team', relation: { kind: 'former_worker' } };
/** Nobody we can name (a person removed from the family). */
export const UNKNOWN: Described = { description: '', relation: { kind: 'unknown' } };
