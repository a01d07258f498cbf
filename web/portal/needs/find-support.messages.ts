// English for "Find support" and one service's page (saving it, and keeping a note of asking it for help yourself); other languages in shared/i18n/locales/*/needs-find-support.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const findSupport = defineMessages('needs-find-support', {
  title: 'Find support',
  backToNeeds: 'Back to what would help',
  intro: 'Services near you that can help. Searching here tells nobody: only you see what you look for and what you save.',
  remove: 'Remove from my saved services<hidden> {name}</hidden>',
  saveForLater: 'Save for later<hidden> {name}</hidden>',
  saved: 'Saved',
  failed: 'That did not work. Try again in a moment.',
  aService: 'A service',
  backToFindSupport: 'Back to find support',
  chooseNeed: 'Choose what you would like help with',
  writeWhatAsked: 'Write a few words about what you asked them for',
  bannerTitle: 'Important',
  sent: 'Saved: you asked {service} for help.',
  sentWhere: 'You can see where it is on <link>what would help</link>. It is also listed in who your information was shared with.',
  askYourself: 'If you ask {service} for help yourself',
  askYourselfIntro:
    'Contact them with the details above. Then keep a note here of what you asked and what you told them. Your workers will see it, and can chase it for you if it takes too long.',
  whatHelpWith: 'What would you like help with?',
  whatToldThem: 'What did you tell them about you?',
  whatToldThemHint: 'This is kept in the list of who your information was shared with.',
  whatAsked: 'What did you ask them for?',
  save: 'Save',
});
