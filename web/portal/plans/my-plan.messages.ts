// English for "Your family plan", the parent's page; other languages in shared/i18n/locales/*/plans-my-plan.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const myPlan = defineMessages('plans-my-plan', {
  title: 'Your family plan',
  notStarted:
    'Your family plan has not been started yet. Your key workers will start it with you, and you will be able to add your own goals and your view.',
  contentsGoals: 'Your goals',
  contentsStrengths: 'What is working well',
  contentsWorries: 'What people are worried about',
  contentsActions: 'Who will do what',
  contentsAgreement: 'Do you agree with this plan?',
  intro:
    'The plan you and your workers make together: what you want, what is going well, what people are worried about and what will happen next.',
  version: 'This is version {version}.',
  versionAndReview: 'This is version {version}. It will be looked at again together on {date}.',
  printLink: 'Print your plan or save it as a PDF',
  onThisPage: 'On this page',
  actionsHeading: 'Who will do what, and by when',
  allUnderWorries: 'Everything that will be done is written under the worry it is about.',
});
