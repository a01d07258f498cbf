// English for the portal's main menu; other languages in shared/i18n/locales/*/record-nav.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const portalNav = defineMessages('record-nav', {
  yourFamily: 'Your family',
  plansSharedWithYou: 'Plans shared with you',
  yourChildrensPlans: 'Your children’s plans',
  sharedWithYou: 'Shared with you',
  yourRecord: 'Your record',
  yourPlans: 'Your plans',
  yourPlan: 'Your plan',
  whoHasLooked: 'Who has looked at your record',
  yourInformation: 'Your information',
  yourCalendar: 'Your calendar',
});
