// English for a worker's suggested words for one section of the parent's own plan; other languages in shared/i18n/locales/*/plans-suggestions.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planSuggestions = defineMessages('plans-suggestions', {
  added: 'The suggestion has been added to your plan. You can change the words.',
  declined: 'You said no thanks. Nothing was added.',
  didNotWork: 'That did not work. Try again in a few minutes.',
  suggestedOn: '<b>{name} suggested</b> on {date}:',
  notInPlan: 'This is not in your plan. It only goes in if you choose “Add to my plan”.',
  add: 'Add to my plan<hidden> (the suggestion from {name} for “{section}”)</hidden>',
  noThanks: 'No thanks<hidden> (the suggestion from {name} for “{section}”)</hidden>',
});
