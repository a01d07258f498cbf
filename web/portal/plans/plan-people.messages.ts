// English for who has been asked to look after a child, and how they answered, and who someone is to the family (the
// relation_* words are shared/domain/people.ts's and plans' own, by code); other languages in shared/i18n/locales/*/plans-people.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planPeople = defineMessages('plans-people', {
  nobodyNamed: 'Nobody has been named yet.',
  askedAgreedOn: '{name} was asked on {asked} and agreed on {answered}.',
  askedAgreed: '{name} was asked on {asked} and agreed.',
  notAskedAgreedOn: '{name} has not been asked yet and agreed on {answered}.',
  notAskedAgreed: '{name} has not been asked yet and agreed.',
  askedDeclinedOn: '{name} was asked on {asked} and said they cannot ({answered}).',
  askedDeclined: '{name} was asked on {asked} and said they cannot.',
  notAskedDeclinedOn: '{name} has not been asked yet and said they cannot ({answered}).',
  notAskedDeclined: '{name} has not been asked yet and said they cannot.',
  askedNoAnswer: '{name} was asked on {asked} and has not answered yet.',
  notAsked: '{name} has not been asked yet.',
  relation_young_person: 'Young person in your family',
  relation_parent: 'Parent',
  relation_other_parent: '{children}’s {word, select, dad {dad} mum {mum} other {parent}}',
  relation_other_parent_none: '{word, select, dad {A dad in your family} mum {A mum in your family} other {A parent in your family}}',
  relation_trusted: 'Someone you trust',
  relation_former_worker: 'No longer on the care team',
  nameWithRelation: '{name} ({relation})',
});
