// English for "Your wellness and crisis plan", the parent's own plan page; other languages in shared/i18n/locales/*/crisis-plan.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisPlan = defineMessages('crisis-plan', {
  title: 'Your wellness and crisis plan',
  lead: 'Your plan, in your own words: what keeps you well, and what you want to happen if you become unwell.',
  onlyYourWords:
    'Only your words go in. Your workers can suggest words, but nothing is added unless you choose “Add to my plan”. Each part is saved on its own, so you can write a little at a time.',
  whoCanSee: 'You choose who can see each part. Nobody else can see it until you do: <link>choose who can see your plans</link>.',
  whoToHearFrom: 'Who I want to hear from when I ask for help',
  parts: 'Parts of your plan',
  childrenPlans: 'Who will look after the children is written in <link>your children’s plans</link>.',
  cannotStart: 'Your wellness and crisis plan cannot be started here yet. Ask your key worker to help you start it.',
  notStarted: 'You have not started your plan yet',
  partCount: '{count, plural, one {It has # part.} other {It has # parts.}} You can fill in as many as you like, whenever you like.',
  startError: 'Your plan could not be started. Try again in a few minutes.',
  error: 'Error:',
  start: 'Start your wellness and crisis plan',
});
