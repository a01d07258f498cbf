// English for the first words a family member reads on "Your family" and the parent's own links; other languages in
// shared/i18n/locales/*/record-welcome.json. The network_*, otherParent_*, parent_* and firstStep_* messages are
// shared/domain/family-words.ts's welcomes; record-words.test.ts keeps them the same.
import { defineMessages } from '../../shared/i18n/messages.ts';

export const welcome = defineMessages('record-welcome', {
  network_title: 'What you can see in Umbrella',
  network_1: '{parent} has invited you because {parent} trusts you.',
  network_2:
    'You will see only what {parent} chooses to share with you, such as part of a plan for the children. You will not see the rest of the family’s record.',
  network_3: '{parent} can see each time you look at something here. {parent} can stop sharing with you at any time.',
  network_4: 'Please keep what you read private, unless someone is in danger.',
  otherParent_title: 'What you can see in Umbrella',
  otherParent_1:
    'Umbrella is your family’s shared record. You, the children’s other parent and the workers who help your family all use the same record, and each of you sees the parts that are about you.',
  otherParent_2:
    'You will see {children}’s pages and plans, and what is written about the children and about you. You can add your own view to anything you read, and help write the children’s plans.',
  otherParent_3: 'You will not see the other parent’s own information, such as their health, unless they choose to share it with you.',
  otherParent_4:
    'Because the record is shared, what you write here can be read by the children’s other parent and by the workers on your family’s care team.',
  parent_title: 'Welcome to Umbrella',
  parent_1: 'Umbrella is your family’s shared record. You, your children and the people who work with your family all see the same record.',
  parent_2:
    'You can read everything written about you, unless there is a serious reason not to show it, and you will be told when something is kept back. You can add your own view to anything you read.',
  parent_3:
    'The workers on your family’s care team can see your record. If anyone else ever has to look, for example in an emergency, it will show in “Who has looked”, where you can see everyone who has looked at it.',
  firstStep_1: 'Look at your family’s page, and check who is working with you.',
  firstStep_2: 'Invite someone you trust, if you would like them to see part of your plans.',
  firstStep_3: 'Read what your workers write, and add your view.',
  yourChildren: 'your children',
  firstSteps: 'What you could do first',
  readIt: 'I have read this',
  invite: 'Invite someone you trust',
  peopleYouTrust: 'People you trust',
  inviteOrEnd: 'Invite someone you trust, or end their access',
  closingSummary: 'The summary of our work with your family',
});
