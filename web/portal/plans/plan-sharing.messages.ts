// English for "Who can see your plans" and what one person can see of them; other languages in shared/i18n/locales/*/plans-sharing.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planSharing = defineMessages('plans-sharing', {
  title: 'Who can see your plans',
  familyGroup: 'Your family and people you trust',
  workersGroup: 'Workers helping your family',
  intro: 'You choose who can see each part of your plans. Tick a part to share it, untick it to stop sharing.',
  savedStraightAway:
    'Each change is saved straight away. People only see the parts you tick. Every time someone looks, it is listed in <link>who has looked at your record</link>.',
  crisisPlanNotStarted:
    'You have not started your wellness and crisis plan yet. <link>Start your wellness and crisis plan</link> to share parts of it.',
  nobodyYet: 'There is nobody to share with yet.',
  allOfWellness: 'All of your wellness and crisis plan',
  childPlan: '{child}’s plan if you are unwell',
  part_goals: 'Your goals',
  part_strengths: 'What is working well',
  part_worries: 'What people are worried about, and what needs to be different',
  part_actions: 'Who will do what, and by when',
  allOfFamilyPlan: 'All of your family plan',
  canNowSee: '{name} can now see “{part}”.',
  canNoLongerSee: '{name} can no longer see “{part}”.',
  notSavedBecause: 'That was not saved. {reason}',
  notSaved: 'That was not saved. Try again in a few minutes.',
  canSee: '{name} can see:',
  cannotSee: '{name} cannot see any of your plans.',
  change: 'Change what {name} can see',
  wellnessLegend: 'Your wellness and crisis plan',
  crisisLegend: 'Your crisis plan',
  crisisHint: 'What {name} would need to know to step in if you become unwell.',
  shareAllCrisis: 'Share all of your crisis plan with {name}',
  stayingWellLegend: 'Staying well',
  childrenLegend: 'Your children’s plans',
  familyPlanLegend: 'Your family plan',
  wholePlanHint: '{name} can see every part, including anything added later. Untick this to choose part by part.',
});
