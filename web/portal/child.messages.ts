// English for a child's own page as their parent sees it; other languages in shared/i18n/locales/*/record-child.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const childPage = defineMessages('record-child', {
  notRecorded: 'Nothing written down yet',
  back: 'Back to your family',
  caption: 'Your child’s page',
  wrongOrMissing: 'If something here is wrong or missing, tell your key worker and they will change it.',
  fullName: 'Full name',
  age: 'Age',
  ageYears: '{age, plural, one {# year old} other {# years old}}',
  pronouns: 'Pronouns',
  school: 'School',
  livesWith: 'Who they live with',
  important: 'Who is important to them',
  family: 'Their family',
  relation:
    '{kind, select, parent_of {{name} is {child}’s parent} sibling {{name} is their brother or sister} carer_of {{name} looks after them} grandparent_of {{name} is their grandparent} relative {{name} is a relative} friend {{name} is a friend} neighbour {{name} is a neighbour} partner {{name}: partner} former_partner {{name}: former partner} other {{name}}}',
});
