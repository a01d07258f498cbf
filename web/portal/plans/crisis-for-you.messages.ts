// English for a young person's "What happens now" while a parent's crisis plan is in use; other languages in shared/i18n/locales/*/crisis-for-you.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const crisisForYou = defineMessages('crisis-for-you', {
  heading: 'What happens now',
  opening:
    '{word, select, dad {Your dad} mum {Your mum} other {{parent}}} is not very well at the moment and is getting help. This is nobody’s fault, and it is not your fault. The grown-ups made a plan together so that you are looked after, and this is what happens now.',
  askWorker: 'Your worker will tell you who is looking after you. You can ask them anything.',
  childline: 'You can talk to your worker, or call Childline free on 0800 1111, any time.',
});
