// English for "Who I want to hear from when I ask for help"; other languages in shared/i18n/locales/*/help-who.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const helpWho = defineMessages('help-who', {
  title: 'Who I want to hear from when I ask for help',
  aWorker: 'a worker',
  back: 'Back to asking for help',
  saved: 'Saved. Your next request goes to the people you chose.',
  goesTo: 'When you ask for help, it goes to the people you choose here. If you choose nobody, it goes to {names}.',
  goesToKeyWorkers: 'When you ask for help, it goes to the people you choose here. If you choose nobody, it goes to your key workers.',
  whoHearFrom: 'Who would you like to hear from?',
  chooseOne: 'Choose one adult.',
  chooseMany: 'Choose as many as you like.',
  save: 'Save who I want to hear from',
});
