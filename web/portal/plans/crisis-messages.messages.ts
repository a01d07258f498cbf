// English for "What to tell whom", the parent's messages for when her crisis plan is in use; other languages in shared/i18n/locales/*/crisis-messages.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisMessages = defineMessages('crisis-messages', {
  heading: 'What to tell whom',
  intro:
    'When your crisis plan is in use, each person you choose here is told exactly what you write for them, and nothing else from your plan. For example: “Please collect Clare from school and stay with the children.”',
  savedTold: 'Saved. {name} will be told this when your crisis plan is in use.',
  savedCleared: '{name} will not be told anything.',
  conflict: 'You changed what {name} will be told on another screen: “{current}”. Your words are still here: save again to keep them.',
  conflictNothing: 'You changed what {name} will be told on another screen: “nothing”. Your words are still here: save again to keep them.',
  errorWho: 'Choose who should be told',
  errorText: 'Write what {name} should be told',
  change: 'Change<hidden> what {name} will be told</hidden>',
  nobody: 'You have not chosen anyone yet.',
  whoLabel: 'Who should be told?',
  whoHint: 'Someone you trust, the children’s other parent, or a worker who helps your family.',
  chooseSomeone: 'Choose someone',
  textLabel: 'What should they be told?',
  textHint: 'Only these words are shown to them. To stop telling someone, clear the box and save.',
  save: 'Save what to tell them',
});
