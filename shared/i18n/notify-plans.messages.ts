// English for the notifications the plans send to a family member (issue 16 §3): kept as a message id and values, so they
// read them in their own language; other languages in shared/i18n/locales/*/notify-plans.json. Names are values; a list
// of children is `count`, `names` (all but the last, joined by commas) and `last` (childNamesValues in shared/domain/
// crisis.ts); a date is a number (noon UTC of the day) worded by the language; a section of her plan is chosen by its key.
import { defineMessages } from './messages.ts';

export const notifyPlans = defineMessages('notify-plans', {
  planChanged:
    '{name} {what, select, added {added something} other {changed something}} in your family plan. Have a look and add your view if you want to.',
  planReviewed: 'Your family plan was reviewed and version {version} was kept as it stood. The next review is on {date, date, long}.',
  planReviewDue:
    'Your family plan will be looked at again together on {date, date, long}. Think about what has changed and how you would rate things now.',
  suggestion:
    '{name} suggested some words for “{section, select, when_well {What I am like when I am well} daily {What I do every day to stay well} triggers {Things that can upset me, and what I will do} early_signs {Early signs that I am not so well, and what I will do} breaking_down {When things are getting much harder, and what I need} crisis_signs {Crisis plan: signs that others should take over} crisis_supporters {Crisis plan: who I want to support me, and who must not be involved} crisis_treatments {Crisis plan: treatments and places I prefer, and ones I want to avoid} crisis_alternatives {Crisis plan: alternatives to hospital} crisis_others_do {Crisis plan: what I want others to do} after_crisis {After a crisis} other {a part of your plan}}” in your wellness and crisis plan. Nothing goes in unless you say so.',
  carerAsked:
    'You have been asked whether you would look after {child} if their parent is unwell. Please read the plan and give your answer.',
  carerAnswered:
    '{name} {response, select, agreed {agreed to look after {child}} other {said they cannot look after {child}}} if you are unwell.',
  planShared: '{name} shared part of a plan with you.',
  crisisStartedForRecipient:
    '{parent}’s crisis plan is now in use. {parent} asked us to tell you something. Open “{parent}’s crisis plan is in use” to read it.',
  crisisStartedForCarer:
    '{parent}’s crisis plan is now in use. You are named to look after {count, plural, =1 {{last}} other {{names} and {last}}}. Please say as soon as you can whether you can do this.',
  crisisStartedForParent:
    '{name} started your crisis plan, so the people you chose are being told what you asked. You can see who has been told on your crisis plan page.',
  crisisEnded: '{parent}’s crisis plan is no longer in use. Thank you for your help.',
  crisisEndedForParent:
    '{name} said your crisis plan is no longer needed. When you feel ready, you can look back at what helped, on your crisis plan page.',
  crisisReviewDue:
    'It has been two weeks since your crisis plan was last used. When you feel ready, you can write what helped and what you would change.',
});
