// English for the links between the plan pages and "Your plans" on the family's home page; other languages in shared/i18n/locales/*/plans-nav.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const plansNav = defineMessages('plans-nav', {
  yourPlans: 'Your plans',
  familyPlan: 'Your family plan',
  crisisPlan: 'Your wellness and crisis plan',
  childrensPlans: 'Your children’s plans',
  whoCanSee: 'Who can see your plans',
  sharedWithYou: 'Plans shared with you',
  youCanSee: 'Plans you can see',
  yourPlan: 'Your plan',
  familyPlanLine: '<link>Your family plan</link>: your goals, what is going well, the worries and what will happen',
  crisisPlanLine: '<link>Your wellness and crisis plan</link>: in your own words',
  childrensPlansLine: '<link>Your children’s plans</link>: who looks after them if you are unwell, and what they are told',
  youngPersonLink: 'Read what is happening and add your own words',
  otherParentChildrensPlansLine:
    '<link>Your children’s plans</link>: the plans for when their mum or dad is unwell, and what they are told; you can write in them as their parent',
  whatWasShared: 'What has been shared with you',
  seeShared: 'See the plans that have been shared with you',
});
