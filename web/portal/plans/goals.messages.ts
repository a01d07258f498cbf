// English for "Your goals, in your own words"; other languages in shared/i18n/locales/*/plans-goals.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planGoals = defineMessages('plans-goals', {
  heading: 'Your goals, in your own words',
  intro: 'What you want to be different for you and your children. Your words are kept as you write them.',
  noneYet: 'You have not written any goals yet.',
  goal: 'Goal {number}',
  goalName: 'goal {number}',
  change: 'Change<hidden> goal {number}</hidden>',
  writeGoal: 'Write your goal in your own words',
  yourGoal: 'Your goal',
  addLabel: 'Add a goal, in your own words',
  added: 'Your goal has been added.',
  example: 'For example: “I want to take the children to school every day.”',
  save: 'Save your goal',
  add: 'Add goal',
});
