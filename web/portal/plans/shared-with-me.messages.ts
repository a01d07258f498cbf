// English for what a parent shared of her plans with a trusted person or a young person; other languages in shared/i18n/locales/*/plans-shared.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const sharedWithMe = defineMessages('plans-shared', {
  theParent: 'The parent',
  title: 'What {name} has shared with you',
  intro: '{name} chooses which parts of their plans you can see. You only see what they have shared with you.',
  keepPrivate: 'Please keep it private. {name} can see each time you look.',
  childrensPlansElsewhere: 'Your children’s plans, which you can write in as their parent, are on <link>your children’s plans</link>.',
  nothingShared: '{name} has not shared any plans with you yet.',
  childPlan: '{child}’s plan if {name} is unwell',
  wellnessHeading: '{name}’s wellness and crisis plan',
  wellnessIntro: 'The parts {name} has shared with you, in {name}’s own words.',
  familyPlanHeading: 'The family plan',
  familyPlanIntro:
    'The parts of the family plan {name} shared with you: what {name} and the workers are doing so that things get better at home.',
  questions: 'If you have questions about {name}’s plans, ask {name} or one of the workers listed on <link>your family’s page</link>.',
  goalsHeading: '{name}’s goals',
  goalsIntro: 'What {name} wants to be different, in {name}’s own words.',
  nothingWrittenYet: 'Nothing written yet.',
});
