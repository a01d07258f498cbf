// English for what crisis services can read: the page where the parent chooses, and its summary on her plan; other languages in shared/i18n/locales/*/crisis-services.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisServices = defineMessages('crisis-services', {
  title: 'What crisis services can read',
  back: 'Back to your wellness and crisis plan',
  startFirst: 'Start your wellness and crisis plan first. Then you can choose what crisis services can read.',
  intro:
    'In an emergency, a crisis team or an out-of-hours social worker who does not know you may need to read your plan. They can read only the parts you tick here, and only for a few hours. You can see each time they look in “Who has looked”. They can also read the children’s plans, so they know who looks after them.',
  conflict: 'Your plan changed on another screen. The parts ticked now are shown: check them and save again.',
  saved:
    'Saved. {count, plural, =0 {Crisis services cannot read any part of your plan.} one {Crisis services can read # part of your plan.} other {Crisis services can read # parts of your plan.}}',
  legend: 'Which parts can crisis services read?',
  hint: 'Tick all that you want them to read.',
  save: 'Save what crisis services can read',
  summaryIntro:
    'In an emergency, a crisis team or an out-of-hours social worker who does not know you may need to read your plan. They read only the parts you choose, and the children’s plans, for a few hours at most. Each time they look shows in “Who has looked”.',
  youChose: 'You chose:',
  noneChosen: 'You have not chosen any part yet, so crisis services cannot read your plan, only the children’s plans.',
  choose: 'Choose what crisis services can read',
});
