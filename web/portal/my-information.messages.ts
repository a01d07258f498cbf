// English for "Who can see your information", its messages for the family member, and the new-messages note on "Your family"; other languages in shared/i18n/locales/*/sharing-my-information.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const sharingMyInformation = defineMessages('sharing-my-information', {
  title: 'Who can see your information',
  intro: 'The people who work with your family can only see what they need. Here you can see who sees what, and why.',
  parentCanChange: 'You can agree to share more, or stop sharing, at any time.',
  youngPerson:
    'Your parent decides about the family’s information. You can agree to share information about you, and stop sharing it at any time. If you are worried about who can see your information, talk to your key worker.',
  onThisPage: 'On this page',
  contentsMessages: 'Messages for you',
  contentsWhoCanSee: 'Who can see what, and why',
  contentsConsents: 'What you have agreed to share',
  contentsAgreed: 'What has been agreed',
  contentsRequests: 'Requests to share',
  contentsShareNew: 'Share something new',
  contentsShares: 'Who your information was shared with',
  contentsCopy: 'Get a copy of everything we hold about you',
  messagesHeading: 'Messages for you',
  couldNotLoad: 'We could not load your messages just now. Try again later.',
  loading: 'Loading…',
  noMessages: 'You have no messages.',
  allRead: 'You have read all your messages.',
  unread: 'You have {count} new.',
  newTag: 'New',
  markAsRead: 'Mark as read<hidden>: {message}</hidden>',
  seeWhatWasSaid: 'See what was said',
  sayWhetherItHelped: 'Say whether it helped',
  seeWhatWouldHelp: 'See what would help',
  openCrisisPlanPage: 'Open the crisis plan page',
  goToCrisisPlan: 'Go to the crisis plan',
  bannerNew: '{count, plural, one {You have # new message.} other {You have # new messages.}}',
  readYourMessages: 'Read your messages',
});
