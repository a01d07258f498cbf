// English for starting and ending the crisis plan on the parent's own page, and who has been told; other languages in shared/i18n/locales/*/crisis-use.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisUse = defineMessages('crisis-use', {
  headingInUse: 'Your crisis plan is in use',
  headingReady: 'When you need your crisis plan',
  failed: 'That did not work. Try again in a few minutes, or phone your key worker.',
  error: 'Error:',
  startedByYou: 'You started it on {when}.',
  startedBy: '{name} started it on {when}.',
  why: 'Why {name} started it:',
  end: 'My crisis plan is no longer needed',
  confirm: 'Are you sure you want to start your crisis plan now?',
  willBeTold: 'These people will be told what you asked, and nothing more:',
  noneWritten: 'You have not written what to tell anyone yet. Your key workers will still be told.',
  carersAsked: 'Whoever looks after the children in their plans will be asked to say whether they can do it now.',
  yesStart: 'Yes, start my crisis plan',
  cancel: 'Cancel',
  intro:
    'If things get very hard, you can say your crisis plan is now in use. The people you chose below are told what you asked, your key workers are told, and the people who would look after the children are asked to confirm. Your key workers can also start it if they need to, and you will be told why.',
  start: 'Start my crisis plan',
  onlyKeyWorkers: 'Your key workers have been told. You did not ask for anyone else to be told.',
  whoTold: 'Who has been told',
  toldOnUmbrella: 'Told on Umbrella.',
  noAccount: '{name} has no Umbrella account, so please tell them yourself, or ask your key worker to.',
  carerAnswer:
    'Asked to look after {kids}: {answer, select, can {<b>said they can</b>} cannot {<b>said they can’t</b>} other {has not answered yet}}{timed, select, yes { ({when})} other {}}{noted, select, yes {. “{note}”} other {}}',
});
