// English for small shared parts of forms and pages (a date's boxes, a worker's contact links, a copy's download link);
// other languages in shared/i18n/locales/*/ui-parts.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const partWords = defineMessages('ui-parts', {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  error: 'Error:',
  noContact: 'No contact details recorded',
  phone: 'Phone',
  email: 'Email',
  downloadJson: 'Download as data (JSON)',
  writtenIn: '(written in {language})',
  important: 'Important',
});
