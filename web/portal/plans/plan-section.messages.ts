// English for one section of a plan written and saved on its own; other languages in shared/i18n/locales/*/plans-section.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planSection = defineMessages('plans-section', {
  tooLong: 'Keep this under 10,000 characters',
  notSavedYet: 'Not saved yet. What you write is kept on this phone or computer until you save it.',
  lastSavedBy: 'Last saved by {name} on {when}.',
  lastSavedBySomeone: 'Last saved by someone on {when}.',
  nothingYet: 'Nothing written here yet.',
  save: 'Save<hidden> {title}</hidden>',
});
