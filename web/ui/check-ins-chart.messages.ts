// English for the parts of a check-ins chart that are not the person's own words: the scale's words until she writes her
// own, and someone she showed a check-in to who has since left her care team; other languages in
// shared/i18n/locales/*/ui-check-ins.json. The defaults are shared/domain/check-ins.ts's (sharing-words.test.ts).
import { defineMessages } from '../../shared/i18n/messages.ts';

export const checkInWords = defineMessages('ui-check-ins', {
  defaultLow: 'Things are really hard',
  defaultHigh: 'Things are going well',
  someoneWhoLeft: 'Someone no longer on your care team',
});
