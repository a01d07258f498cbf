// English for "Your view" beside a worry; other languages in shared/i18n/locales/*/plans-family-view.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const familyView = defineMessages('plans-family-view', {
  choice_agrees: 'Yes, I agree with this worry',
  choice_partly: 'I partly agree',
  choice_disagrees: 'No, I do not agree',
  yourView: 'Your view',
  familysView: 'The family’s view',
  writtenBy: 'Written by {name} on {date}',
  notGivenYet: 'The family has not given their view yet.',
  change: 'Change your view<hidden> of {item}</hidden>',
  chooseAgrees: 'Choose whether you agree with this worry',
  writeView: 'Write your view in your own words',
  formLabel: 'Your view of {item}',
  answerAndView: '{answer}. {view}',
  legend: 'Do you agree with this worry?',
  label: 'Your view, in your own words',
  hint: 'What you think about this worry. Your words are kept beside it, exactly as you write them.',
  save: 'Save your view',
});
