// Contracts for the family's own sign-ins (issue 13 §5, §6): the key worker invites a parent, a young person or a parent
// who lives elsewhere by email or a printed sign-in letter; the parent invites the people she trusts and can end their access.

import { z } from 'zod';
import { FAMILY_ACCOUNT_KINDS, INVITATION_DELIVERIES, INVITED_ACCOUNT_KINDS } from '../domain/accounts.ts';
import { PERSON_KINDS, RELATIONSHIP_KINDS } from '../domain/people.ts';
import { LOCALES } from '../i18n/locales.ts';
import { Text } from './common.ts';

const Email = z
  .string()
  .trim()
  .max(254, 'Keep the email address under 254 characters')
  .pipe(z.email('Enter an email address like name@example.com'));

export const Delivery = z.enum(INVITATION_DELIVERIES);

export const AccountStatus = z.enum(['none', 'invited', 'active', 'ended']);

/** What the team invites someone as: a parent the record is about, a young person, or a parent who lives elsewhere. */
export const TeamInvitedKind = z.enum(INVITED_ACCOUNT_KINDS).exclude(['network_member']);

export const FamilyAccountPerson = z.object({
  personId: z.string(),
  name: z.string(),
  kind: z.enum(PERSON_KINDS),
  age: z.number().nullable(),
  status: AccountStatus,
  username: z.string().nullable(),
  /** Whether the team may invite this person (parents, and young people aged 12 or over), and why not. */
  invitable: z.boolean(),
  /** What the team may invite them as; more than one only for a parent who may also be invited as living elsewhere. */
  invitableAs: z.array(TeamInvitedKind),
  /** The children in the family they are recorded as a parent of, by name. */
  parentOf: z.array(z.string()),
  whyNot: z.string().nullable(),
  lastInvitedAt: z.string().nullable(),
  lastDelivery: Delivery.nullable(),
});
export const FamilyAccounts = z.object({ canInvite: z.boolean(), people: z.array(FamilyAccountPerson) });
export type FamilyAccounts = z.infer<typeof FamilyAccounts>;

export const InviteRequest = z
  .object({
    personId: z.uuid(),
    delivery: Delivery,
    email: Email.optional(),
    /**
     * 'other_parent' invites a parent who lives elsewhere as the children's other parent. Left out: the kind of the
     * sign-in they already have, or what the person is (a parent, or a young person of 12 or over); a parent who could
     * be invited either way is refused until the worker says which.
     */
    accountKind: TeamInvitedKind.optional(),
    /** A young person only: why their parent is not told. The information governance lead reviews it. */
    notTellingParentReason: Text(2000).optional(),
    /** The language of the printed letter, kept as the person's own language (issue 16 §3); left out: theirs, or English. */
    language: z.enum(LOCALES, { error: 'Choose English, Cymraeg, Polski or اردو' }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.delivery === 'email' && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter their email address' });
  });
export type InviteRequest = z.input<typeof InviteRequest>;

/** A printed letter's contents, shown once to the person who asked for it: the code is not kept anywhere. */
export const SignInLetter = z.object({
  name: z.string(),
  username: z.string(),
  code: z.string(),
  path: z.string(),
  expiresAt: z.string(),
  /** The language the letter is printed in: the person's own (issue 16 §3). */
  language: z.enum(LOCALES),
});
export type SignInLetter = z.infer<typeof SignInLetter>;

export const InviteResult = z.object({
  accountKind: z.enum(FAMILY_ACCOUNT_KINDS),
  delivery: Delivery,
  username: z.string(),
  parentTold: z.boolean(),
  letter: SignInLetter.nullable(),
});
export type InviteResult = z.infer<typeof InviteResult>;

export const TrustedPerson = z.object({
  personId: z.string(),
  name: z.string(),
  relationship: z.string().nullable(),
  status: AccountStatus,
  lastInvitedAt: z.string().nullable(),
});
export const TrustedPeople = z.object({ people: z.array(TrustedPerson) });
export type TrustedPeople = z.infer<typeof TrustedPeople>;

export const InviteTrustedRequest = z
  .object({
    /** Someone already in the family (a friend the workers recorded), or a new person below. */
    personId: z.uuid().optional(),
    fullName: Text(200).optional(),
    relationship: z.enum(RELATIONSHIP_KINDS).extract(['friend', 'relative', 'neighbour', 'other']).default('friend'),
    delivery: Delivery,
    email: Email.optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.personId && !v.fullName) ctx.addIssue({ code: 'custom', path: ['fullName'], message: 'Enter the name of the person you trust' });
    if (v.delivery === 'email' && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter their email address' });
  });
export type InviteTrustedRequest = z.input<typeof InviteTrustedRequest>;

export const ReviewInvitationRequest = z.object({ note: Text(2000).min(1, 'Write what you checked and decided') });
