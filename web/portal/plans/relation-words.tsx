// Who someone is to the family, in the language shown (issue 16 §3): the server sends codes (shared/contracts/plans.ts
// Relation) and the page words them; a worker's job title and organisation are their own words, shown as written.
import type { Relation } from '../../../shared/contracts/plans.ts';
import type { Translate } from '../../i18n/i18n.ts';
import type { SelectOption } from '../../ui/select.tsx';
import { PROFESSIONALS_WRITE_IN, Written } from '../../ui/written.tsx';
import { namesInLanguage } from '../family-names.ts';
import { planPeople as m } from './plan-people.messages.ts';

/** A worker's job title and organisation, as the worker's organisation wrote them. */
const workerRole = (r: Extract<Relation, { kind: 'worker' }>) => `${r.jobTitle}, ${r.organisation}`;

/** Who they are, in words of the language shown; a worker's job title and organisation as written. */
export function relationWords(t: Translate, relation: Relation): string {
  switch (relation.kind) {
    case 'young_person':
      return t(m.relation_young_person);
    case 'parent':
      return t(m.relation_parent);
    case 'other_parent':
      return relation.children.length
        ? t(m.relation_other_parent, { children: namesInLanguage(t, relation.children), word: relation.word })
        : t(m.relation_other_parent_none, { word: relation.word });
    case 'trusted':
      return t(m.relation_trusted);
    case 'worker':
      return workerRole(relation);
    case 'former_worker':
      return t(m.relation_former_worker);
    default:
      return '';
  }
}

/** Who they are, as a part of a page: a worker's job title marked as the words they are. */
export function RelationText({ t, relation }: { t: Translate; relation: Relation }) {
  if (relation.kind === 'worker')
    return (
      <Written lang={PROFESSIONALS_WRITE_IN} as="span" note={false}>
        {workerRole(relation)}
      </Written>
    );
  return <>{relationWords(t, relation)}</>;
}

/** "Patricia (someone you trust)" for a list to choose from; a worker's whole option is marked as the workers' words. */
export function personOption(t: Translate, value: string, person: { name: string; relation: Relation }): SelectOption {
  if (person.relation.kind === 'worker')
    return { value, label: `${person.name} (${workerRole(person.relation)})`, lang: PROFESSIONALS_WRITE_IN };
  const relation = relationWords(t, person.relation);
  return { value, label: relation ? t(m.nameWithRelation, { name: person.name, relation }) : person.name };
}
