// English for "Your rating" on the 0 to 10 scale and everyone's ratings; other languages in shared/i18n/locales/*/plans-rating.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planRating = defineMessages('plans-rating', {
  scaleHint: '0 means: {zero}. 10 means: {ten}.',
  chooseNumber: 'Choose a number from 0 to 10',
  formLabel: 'Your rating for {item}',
  now: 'Your rating now is <b>{score}</b>, given on {date}.',
  savedNow: 'Saved. Your rating now is <b>{score}</b>, given on {date}.',
  legend: 'Your rating, from 0 to 10',
  save: 'Save your rating<hidden> for {item}</hidden>',
  nobodyYet: 'Nobody has given a rating yet.',
  who: 'Who',
  version: 'Version',
  rating: 'Rating',
  role_parent: 'Parent',
  role_young_person: 'Young person',
  role_network_member: 'Someone the family trusts',
});
