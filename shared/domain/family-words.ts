// The words a family reads when their situation changes (issue 13 §4, §5, §7, §8): the involvement level, a new key
// worker, the end and reopening of the service's involvement, invitations and sign-in letters; and the plain answers
// a worker gets when starting a family. One place, so screens, notifications and exports say the same thing.
import { type Phrase, phrase } from '../i18n/messages.ts';
import { notifyFamily as notify } from '../i18n/notify-family.messages.ts';
import { notifyRecords } from '../i18n/notify-records.messages.ts';
import { CARE_TEAM_ROLE_KEYS } from './care-team-roles.ts';
import type { InvolvementLevel } from './involvement-levels.ts';
import { namesAsValues, parentWord } from './people.ts';
import { isOneOf } from './vocabularies.ts';

/** Organisations that may start a family in Umbrella (decision: not a charity or community group; see ARCHITECTURE). */
export const STARTING_ORGANISATION_KINDS = ['adult_mental_health', 'childrens_services', 'health', 'education'] as const;

export const NOT_A_STARTING_ORGANISATION =
  'Families are started in Umbrella by an adult mental health service, children’s services, a health service or a school. Ask one of the services working with the family to start it and add you to the care team.';
export const NOT_A_STARTING_ROLE =
  'Families are started by practitioners and team managers. Ask a colleague who works with the family to start it.';

export type Contact = { organisationName: string; phone: string | null; email: string | null };

/** All a worker is told of a match in a family they cannot see: whom to ask, and how to reach them. */
export function knownElsewhere(c: Contact): string {
  const how = [c.phone, c.email].filter(Boolean).join(' or ');
  return `This person may already be known to ${c.organisationName}. Ask them before you start a new family${how ? `: ${how}` : ''}.`;
}

/** The parent is never the last to know (PRODUCT §7): a change of involvement level, in full, worded in her language. */
export function involvementChangedMessage(
  from: InvolvementLevel,
  to: InvolvementLevel,
  keyWorker: { name: string; organisationName: string } | null,
): Phrase {
  return phrase(notify.involvementChanged, {
    from,
    to,
    hasKeyWorker: keyWorker ? 'yes' : 'no',
    keyWorker: keyWorker?.name ?? '',
    organisation: keyWorker?.organisationName ?? '',
  });
}

/** A new key worker: who, for which side, instead of whom, and what their role does (by its key). */
export function keyWorkerChangedMessage(
  side: 'adult_mental_health' | 'childrens_services',
  incoming: { name: string; jobTitle: string; organisationName: string; teamRole: string },
  outgoing: { name: string } | null,
): Phrase {
  return phrase(notify.keyWorkerChanged, {
    name: incoming.name,
    jobTitle: incoming.jobTitle,
    organisation: incoming.organisationName,
    side,
    instead: outgoing ? 'yes' : 'no',
    outgoing: outgoing?.name ?? '',
    role: isOneOf(CARE_TEAM_ROLE_KEYS, incoming.teamRole) ? incoming.teamRole : 'other',
  });
}

export function involvementClosedMessage(closedBy: string): Phrase {
  return phrase(notifyRecords.involvementClosed, { closedBy });
}

export function involvementReopenedMessage(reopenedBy: string): Phrase {
  return phrase(notifyRecords.involvementReopened, { reopenedBy });
}

export function closingReplyMessage(familyName: string): Phrase {
  return phrase(notifyRecords.closingReply, { familyName });
}

/** Told to the parent: kept as a message and its values, so they read it in their own language (issue 16 §3). */
export function youngPersonInvitedMessage(youngPerson: string, invitedBy: string): Phrase {
  return phrase(notify.youngPersonInvited, { invitedBy, youngPerson });
}

/**
 * The parent the record is about is told when the children's other parent is invited (issue 13 §6): who he is to the
 * children, what he will see and what stays hers. "He"/"she" from his pronouns, else his name.
 */
export function otherParentInvitedMessage(
  invitedBy: string,
  otherParent: { name: string; pronouns: string | null },
  childNames: readonly string[],
): Phrase {
  return phrase(notify.otherParentInvited, {
    invitedBy,
    name: otherParent.name,
    word: parentWord(otherParent.pronouns),
    ...namesAsValues('child', childNames),
  });
}

export function signInLetterMessage(issuedBy: string): Phrase {
  return phrase(notify.signInLetter, { issuedBy });
}

export function networkMemberInvitedMessage(parent: string, trusted: string): string {
  return `${parent} has invited ${trusted} to Umbrella, to see what ${parent} chooses to share with them.`;
}

export function networkMemberRemovedMessage(parent: string, trusted: string): string {
  return `${parent} has ended ${trusted}’s access to Umbrella. If ${trusted} is named in a plan, talk with ${parent} about it.`;
}

/** A network member's first page: what they will see, and that the parent can see when they look. */
export const NETWORK_MEMBER_WELCOME = {
  title: 'What you can see in Umbrella',
  paragraphs: [
    '{parent} has invited you because {parent} trusts you.',
    'You will see only what {parent} chooses to share with you, such as part of a plan for the children. You will not see the rest of the family’s record.',
    '{parent} can see each time you look at something here. {parent} can stop sharing with you at any time.',
    'Please keep what you read private, unless someone is in danger.',
  ],
};

/**
 * A parent who lives elsewhere (an 'other_parent' account): what he will see, what stays the other parent's, and that
 * the record is shared, so what he writes is read by others too. {children} is the children's names, or "your children".
 */
export const OTHER_PARENT_WELCOME = {
  title: 'What you can see in Umbrella',
  paragraphs: [
    'Umbrella is your family’s shared record. You, the children’s other parent and the workers who help your family all use the same record, and each of you sees the parts that are about you.',
    'You will see {children}’s pages and plans, and what is written about the children and about you. You can add your own view to anything you read, and help write the children’s plans.',
    'You will not see the other parent’s own information, such as their health, unless they choose to share it with you.',
    'Because the record is shared, what you write here can be read by the children’s other parent and by the workers on your family’s care team.',
  ],
};

/** The welcome a parent reads when their record is new and still nearly empty. */
export const PARENT_WELCOME = {
  title: 'Welcome to Umbrella',
  paragraphs: [
    'Umbrella is your family’s shared record. You, your children and the people who work with your family all see the same record.',
    'You can read everything written about you, unless there is a serious reason not to show it, and you will be told when something is kept back. You can add your own view to anything you read.',
    'The workers on your family’s care team can see your record. If anyone else ever has to look, for example in an emergency, it will show in “Who has looked”, where you can see everyone who has looked at it.',
  ],
  firstSteps: [
    'Look at your family’s page, and check who is working with you.',
    'Invite someone you trust, if you would like them to see part of your plans.',
    'Read what your workers write, and add your view.',
  ],
};

export const UNDER_12 = (name: string) =>
  `${name} is under 12, so cannot have their own sign-in yet. Their parent can share their plan with them, and you can write down their own words with them.`;
