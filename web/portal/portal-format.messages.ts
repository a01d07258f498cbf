// English for the portal's shared date and review wording; other languages in shared/i18n/locales/*/portal-format.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const portalFormat = defineMessages('portal-format', {
  dateAtTime: '{date} at {time}',
  reviewOverdue: 'It should have been looked at again by {when}. You can ask your key worker why this has not happened yet.',
  reviewBy: 'It will be looked at again by {when}.',
});
