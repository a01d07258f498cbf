// English for the plan's actions as a family reads them; other languages in shared/i18n/locales/*/plans-actions.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const planActions = defineMessages('plans-actions', {
  who: 'Who',
  byWhen: 'By when',
  support: 'Help that comes with it',
  howItIsGoing: 'How it is going',
  whyAsked: 'Why this is asked',
  ifNotDone: 'What happens if it is not done',
  negotiable: 'Negotiable',
  notNegotiable: 'Not negotiable',
  negotiableForYou: 'This is asked of you. You can talk with the workers about how and when it is done.',
  negotiableForParent: 'This is asked of the parent. They can talk with the workers about how and when it is done.',
  notNegotiableForYou: 'This is asked of you and must happen. The reason, and what happens if it is not done, are below.',
  notNegotiableForParent: 'This is asked of the parent and must happen. The reason, and what happens if it is not done, are below.',
  explainedSummary: 'What “negotiable” and “not negotiable” mean',
  explainedNegotiableForYou: '<b>Negotiable</b> means you can talk with the workers about how or when it is done, and it can change.',
  explainedNegotiableForParent:
    '<b>Negotiable</b> means the parent can talk with the workers about how or when it is done, and it can change.',
  explainedNotNegotiable:
    '<b>Not negotiable</b> means it must happen to keep the children safe. The plan says in plain words why it is asked and what happens if it is not done.',
});
