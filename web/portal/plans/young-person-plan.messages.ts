// English for a young person's plan page; other languages in shared/i18n/locales/*/plans-young-person.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const youngPersonPlan = defineMessages('plans-young-person', {
  title: 'Your plan',
  intro: 'What is happening in your family, what the plan says, and your own words.',
  happening: 'What is happening',
  writtenForYou: 'Your workers wrote this for you, and {name} agreed it.',
  nothingYet: 'Nothing has been written here for you yet. You can ask your worker what is happening at any time.',
  yourMumOrDad: 'your mum or dad',
  shared:
    '{name} has shared these parts of the family plan with you. The family plan is what {name} and the workers are doing so that things get better at home.',
  sharedCanRate:
    '{name} has shared these parts of the family plan with you. The family plan is what {name} and the workers are doing so that things get better at home. You can give your own rating from 0 to 10.',
  notShared: '{name} has not shared any of the family plan with you yet.',
});
