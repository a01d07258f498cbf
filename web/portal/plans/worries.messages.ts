// English for "What people are worried about, and what needs to be different"; other languages in shared/i18n/locales/*/plans-worries.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planWorries = defineMessages('plans-worries', {
  heading: 'What people are worried about, and what needs to be different',
  intro:
    'Each worry says who is worried and why. Under it is the <b>safety goal</b>: what needs to be different, so that everyone can agree the children are safe.',
  introWithView:
    'Each worry says who is worried and why. Under it is the <b>safety goal</b>: what needs to be different, so that everyone can agree the children are safe. You can add your own view of each worry, and say if you do not agree.',
  noneYet: 'There are no worries written in the plan yet.',
  youWillBeDoing: 'What you will be doing',
  mumOrDadWillBeDoing: 'What your mum or dad will be doing',
  parentWillBeDoing: 'What the parent will be doing',
  worry: 'Worry {number}',
  worryName: 'worry {number}',
  whoIsWorried: 'Who is worried',
  whatIsHappening: 'What is happening',
  ifNothingChanges: 'What could happen to the children if nothing changes',
  safetyGoal: 'Safety goal: what needs to be different',
  childrenWillNotice: 'What the children will notice',
  workersWillSee: 'What the workers will see',
  forHowLong: 'For how long',
  doneAboutIt: 'What will be done about this worry',
  yourRating: 'Your rating',
  ratings: 'Ratings',
  ratingsCaption: 'Everyone’s ratings for worry {number}',
  chartTitle: 'How everyone’s ratings for worry {number} changed, version by version',
});
