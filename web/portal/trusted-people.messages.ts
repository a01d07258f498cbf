// English for "People you trust": inviting someone the parent trusts, and ending their access; other languages in shared/i18n/locales/*/sharing-trusted-people.json.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const sharingTrustedPeople = defineMessages('sharing-trusted-people', {
  title: 'People you trust',
  statusNone: 'Not invited yet',
  statusInvited: 'Invited: has not signed in yet',
  statusActive: 'Can see what you share',
  statusEnded: 'You ended their access',
  friend: 'A friend',
  relative: 'A relative',
  neighbour: 'A neighbour',
  other: 'Someone else',
  emailSent: 'We have sent {name} an email with a link to join.',
  accessEnded: '{name} can no longer see anything in Umbrella.',
  enterName: 'Enter the name of the person you trust',
  chooseDelivery: 'Choose email or a letter',
  enterEmail: 'Enter their email address',
  printLetter: 'Print this letter and give it to {name} yourself.',
  printed: 'I have printed it',
  back: 'Back to your family',
  intro:
    'You can invite people you trust, such as a friend or a relative, to Umbrella. They see only what you choose to share with them, such as part of a plan for the children. You can see each time they look, and you can end their access at any time.',
  whoYouInvited: 'Who you have invited',
  personStatus: '<b>{name}</b>: {status}',
  confirmEnd:
    'End {name}’s access? They will not be able to see anything in Umbrella, and the parts of your plans you shared with them stop being shared. If you invite them again, you choose again what they can see.',
  endAccess: 'End {name}’s access',
  inviteHeading: 'Invite someone you trust',
  theirName: 'Their name',
  whoAreThey: 'Who are they to you?',
  howInvite: 'How should we invite them?',
  byEmail: 'By email',
  theirEmail: 'Their email address',
  emailHint: 'The email says only that there is something for them in Umbrella, with a link. It says nothing about you.',
  byLetter: 'A letter I print and give them',
  invite: 'Invite them',
  afterTheyJoin: 'After they join, choose what to share with them on <link>your plans</link>.',
});
