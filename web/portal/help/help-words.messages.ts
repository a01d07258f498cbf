// English for the words of asking for help that come from shared/domain/help.ts (how soon, how to be contacted, the promise, the national numbers); other languages in shared/i18n/locales/*/help-words.json.
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const helpWords = defineMessages('help-words', {
  urgency_today: 'Today',
  urgency_this_week: 'This week',
  urgency_letting_know: 'No rush, I just want you to know',
  contact_call: 'A phone call',
  contact_text: 'A text message',
  contact_visit: 'A visit',
  contact_message: 'A message in Umbrella',
  promise: 'Asking for help is never held against you, and it does not change how worried anyone is about you or your family.',
  youngPersonPrivacy:
    'The adult you choose reads what you write here. If they cannot answer in time, someone in their team will. The one time they would tell anyone else is if you or someone else might be in danger, and they would talk to you about it first if they could.',
  worryExplained:
    'Your worry goes to the family’s key workers. They will usually tell {name} that you raised it, and {name} can then read what you wrote, so that nothing happens behind anyone’s back.',
  helpline_emergency_name: 'Emergency',
  helpline_emergency: 'If someone is in danger now, call 999.',
  helpline_nhs111: 'Call 111 and choose option 2 for mental health help, day or night.',
  helpline_samaritans: 'Call 116 123 to talk to someone. It is free, day or night.',
  helpline_shout: 'Text SHOUT to 85258 to talk by text. It is free, day or night.',
});
