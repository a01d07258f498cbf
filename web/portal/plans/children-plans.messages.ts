// English for "Your children's plans" and what each child is told; other languages in shared/i18n/locales/*/plans-children.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const childrenPlans = defineMessages('plans-children', {
  title: 'Your children’s plans',
  introElsewhereNamed:
    'For each of your children: what happens if their {parent, select, mum {mum} dad {dad} other {parent}}, {name}, is unwell or needs to go to hospital, and what they are told. You can write in these plans as their parent.',
  introElsewhere:
    'For each of your children: what happens if their parent is unwell or needs to go to hospital, and what they are told. You can write in these plans as their parent.',
  introParent: 'For each of your children: what happens if you are unwell or need to go to hospital, and what they are told.',
  eachPart:
    'Each part is saved on its own. The person named to look after a child can read that child’s plan, so they know what they are agreeing to.',
  eachPartElsewhere:
    'Each part is saved on its own. The person named to look after a child can read that child’s plan, so they know what they are agreeing to. Everyone who writes in these plans, and the workers, can see what you write here.',
  notTheirParent:
    'The record does not show you as a parent of any of the children yet. If that is wrong, tell one of the workers on your family’s page.',
  noChildren: 'There are no children in your family’s record.',
  theirParent: 'their parent',
  planIfNamedUnwell: '{child}’s plan if {name} is unwell',
  planIfYouUnwell: '{child}’s plan if you are unwell',
  notStartedAskKeyWorker: '{child}’s plan has not been started yet. Your key worker can start it with you.',
  whatChildIsTold: 'What {child} is told',
  nothingWrittenForChild: 'Nothing has been written for {child} yet. Their worker will write it with you.',
  couldNotStart: 'The plan could not be started. Try again in a few minutes.',
  notStarted: 'This plan has not been started yet.',
  start: 'Start {child}’s plan',
  explanationIntroYou: 'What {child}’s workers have written for {child}, in words for their age. {child} can read it once you agree.',
  explanationIntroNamed: 'What {child}’s workers have written for {child}, in words for their age. {child} can read it once {name} agrees.',
  explanationNothingYet: 'Nothing has been written yet. {child}’s workers will write it with you.',
  agreedYou: 'You agreed on {date} that this is what {child} is told.',
  agreedNamed: '{name} agreed on {date} that this is what {child} is told.',
  talkFirst: 'If you want something changed, talk to {child}’s worker before you agree.',
  agree: 'I agree this is what {child} is told',
  notAgreedYou: 'You have not agreed this yet.',
  notAgreedNamed: '{name} has not agreed this yet.',
  agreementNotSaved: 'Your agreement was not saved. Try again in a few minutes.',
});
