// English for "Who your information was shared with", "Who can see what, and why" and "Get a copy of everything we hold about you"; other languages in shared/i18n/locales/*/sharing-log.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const sharingLog = defineMessages('sharing-log', {
  sharesHeading: 'Who your information was shared with',
  sharesIntro: 'Every time your information is shared, it is written down here, with the reason.',
  noShares: 'Your information has not been shared with anyone yet.',
  caption: 'Every share of your information, newest first',
  when: 'When',
  who: 'Who',
  whatKinds: 'What kinds',
  why: 'Why',
  decidedBy: 'Decided by',
  whoLabel: 'Who: ',
  whatKindsLabel: 'What kinds: ',
  whyLabel: 'Why: ',
  decidedByLabel: 'Decided by: ',
  whatFor: 'What for: {purpose}',
  decider_parent: '{name} (parent)',
  decider_young_person: '{name} (young person, for their own information)',
  decider_worker: '{name}, {organisation}',
  decider_workerAgreed:
    '{name}, {organisation}, with {agreedBy}’s agreement {how, select, in_person {in person} by_phone {by phone} other {in writing or by message}}',
  decider_emergency_access: '{name} (emergency access)',
  whoCanSeeHeading: 'Who can see what, and why',
  nobodyCanSee: 'No service is working with your family through Umbrella at the moment, so nobody can see your information.',
  eachService: 'Each service working with your family can see only some kinds of information. This is what each one can see.',
  whatTheyCanSee: 'What they can see:',
  copyHeading: 'Get a copy of everything we hold about you',
  copyIntro:
    'You have the right to a copy of the information Umbrella holds about you. You can print it or keep it. It shows what was written about you, your own words, and who your information was shared with.',
  making: 'We are making your copy. This can take up to a minute. You can stay on this page.',
  slow: 'Your copy is taking longer than usual. Check again in a few minutes.',
  ready: 'Your copy is ready.',
  openCopy: 'Open your copy (printable)',
  couldNotMake: '<hidden>Error:</hidden> We could not make your copy. {message}',
  checkAgain: 'Check again',
  askForCopy: 'Ask for a copy',
});
