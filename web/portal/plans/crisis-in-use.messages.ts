// English for "Marie's crisis plan is in use", the page for someone she chose to tell; other languages in shared/i18n/locales/*/crisis-in-use.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

// `count` is how many children `kids` names: English needs only `other`, but a language that changes "child"/"children"
// around a list of names (Polish "dzieckiem"/"dziećmi") chooses by it.
export const crisisInUse = defineMessages('crisis-in-use', {
  title: '{parent}’s crisis plan is in use',
  nothingTitle: 'Nothing is asked of you now',
  nothingBody:
    'No crisis plan you are part of is in use at the moment. If one starts, you will get a message, and what you were asked will be here.',
  intro: '{parent} made a plan for when things get very hard, and it is in use now. {parent} chose to tell you this.',
  askedHeading: 'What {parent} asked us to tell you',
  lookingAfterHeading: '{count, plural, other {Looking after {kids}}}',
  namedAsCarer: 'You are named in the children’s plans as the person who looks after them if {parent} is unwell.',
  childPlan: '{child}’s plan',
  errorChoose: '{count, plural, other {Say whether you can look after {kids} now}}',
  sentCan: '{count, plural, other {Thank you. You said you can look after {kids}. The children’s worker has been told.}}',
  sentCannot:
    '{count, plural, other {Thank you. You said you can’t look after {kids}. The children’s worker has been told and will make other arrangements.}}',
  answeredBefore: 'You answered “{answer}” on {when}. You can change your answer.',
  answer_can: 'I can do this',
  answer_cannot: 'I can’t do this',
  question: '{count, plural, other {Can you look after {kids} now?}}',
  questionHint: 'If you can’t, that is all right: say so as soon as you can, and the children’s worker will arrange someone else.',
  noteLabel: 'Anything you want to say (optional)',
  noteHint: 'For example, when you can get there, or what you would need.',
  send: 'Send my answer',
});
