// English for "What would help", the family's own needs page; other languages in shared/i18n/locales/*/needs-page.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const needsPage = defineMessages('needs-page', {
  title: 'What would help',
  backToFamily: 'Back to your family',
  bannerTitle: 'Important',
  added: 'Thank you. It is written down, and your workers can see it.',
  introYoungPerson:
    'Tell us what would make things easier for you, in your own words: at school, at home, with friends, or anything else. The people who work with your family read this so they can help.',
  introParent:
    'Tell us what would make life easier, in your own words: money, housing, childcare, getting to appointments, or anything else. Your workers read this so they can help find support. They will not judge you for asking.',
  addSomething: 'Add something that would help',
  findYourself: 'Find support yourself',
  me: 'Me',
  save: 'Save',
  forYou: 'For you',
  forPerson: 'For {name}',
  nothingYet: 'Nothing written down yet.',
  harderForYou: 'Things that make getting help harder',
  harderForPerson: 'Things that make getting help harder for {name}',
  barriersIntro:
    'Childcare, travel, times, language, access or caring for someone: say once, and workers see it whenever they arrange support or a visit.',
  nothingWritten: 'Nothing written down.',
});
