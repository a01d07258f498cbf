// English for "Who has looked at your record"; other languages in shared/i18n/locales/*/record-access-log.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const accessLog = defineMessages('record-access-log', {
  title: 'Who has looked at your record',
  intro:
    'People who work with your family look at your record so they can help you and your children, and every time someone looks, it is written down here.',
  unknownName: 'If you see a name you do not know, ask your key worker who they are.',
  nobody: 'Nobody has looked at your record yet.',
  caption: 'Every look at your record, newest first',
  who: 'Who',
  theirJob: 'Their job',
  when: 'When',
  whatTheyDid: 'What they did',
  theirJobLabel: 'Their job: ',
  whenLabel: 'When: ',
  whatTheyDidLabel: 'What they did: ',
  olderFailed: 'We could not load older looks. Try again.',
  olderFailedBecause: '{message} Try again.',
  showOlder: 'Show older',
  loading: 'Loading…',
  you: 'You',
  umbrellaItself: 'Umbrella itself',
  someone: 'Someone',
  role_professional: 'Professional',
  role_parent: 'Parent',
  role_young_person: 'Young person',
  role_network_member: 'Someone you trust',
  role_system: 'System',
  somethingElse: 'Looked at or changed the record',
});
