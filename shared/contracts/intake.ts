// Contracts for starting a family (issue 13 §4): who referred and why, the people with the children asked about,
// and the duplicate check that never says more about another service's family than whom to ask.
import { z } from 'zod';
import { CARE_TEAM_ROLE_KEYS } from '../domain/care-team-roles.ts';
import { PERSON_KINDS } from '../domain/people.ts';
import { CalendarDate, Text, todayUtc } from './common.ts';

const required = (max: number, message: string) => Text(max).min(1, message);

export const IntakePerson = z.object({
  kind: z.enum(PERSON_KINDS).exclude(['network_member']),
  fullName: required(200, 'Enter their full name'),
  preferredName: Text(100).optional(),
  dateOfBirth: CalendarDate.refine((v) => v <= todayUtc(), 'A date of birth cannot be in the future').optional(),
  knownToAdultMentalHealth: z.boolean().default(false),
  /** Lives in the family's home (a parent or relative who lives elsewhere: false). */
  livesInFamilyHome: z.boolean().default(true),
});
export type IntakePerson = z.input<typeof IntakePerson>;

export const StartFamilyRequest = z
  .object({
    /** How the family is named in lists; made from the first parent's surname when left out ("Hughes family"). */
    familyName: Text(200).optional(),
    referredBy: required(500, 'Say who asked for help or raised the worry, for example “Marie herself” or “her GP”'),
    referralReason: required(4000, 'Say why the family is being supported, in words the parent will read'),
    people: z.array(IntakePerson).min(1, 'Add at least the parent').max(30, 'Add up to 30 people now, and the rest afterwards'),
    /** Think family (P6): with no child listed, the worker says they asked and there are none. */
    askedNoChildren: z.boolean().default(false),
    /** The caller's own role on the new family's care team. */
    teamRole: z.enum(CARE_TEAM_ROLE_KEYS),
    /** The worker has seen the possible matches and is sure these are different people. */
    continueDespiteMatches: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!v.people.some((p) => p.kind === 'parent')) {
      ctx.addIssue({ code: 'custom', path: ['people'], message: 'Add the parent (or the adult who cares for the children)' });
    }
    v.people.forEach((p, i) => {
      if (p.kind === 'child' && !p.dateOfBirth) {
        ctx.addIssue({ code: 'custom', path: ['people', i, 'dateOfBirth'], message: 'Enter the child’s date of birth' });
      }
    });
    if (!v.people.some((p) => p.kind === 'child') && !v.askedNoChildren) {
      ctx.addIssue({
        code: 'custom',
        path: ['askedNoChildren'],
        message: 'Add the children, or say that you asked and there are no children or other dependants',
      });
    }
  });
export type StartFamilyRequest = z.input<typeof StartFamilyRequest>;

export const DuplicateCheckRequest = z.object({
  fullName: required(200, 'Enter their full name'),
  dateOfBirth: CalendarDate,
});

/**
 * A possible match. In a family the caller can see: a link to it. Anywhere else: only the organisation to ask and
 * how to reach it; never the family's id, name, people or anything else.
 */
export const PossibleMatch = z.discriminatedUnion('where', [
  z.object({ where: z.literal('your_family'), familyId: z.string(), familyName: z.string(), personName: z.string() }),
  z.object({
    where: z.literal('elsewhere'),
    message: z.string(),
    organisationName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
]);
export type PossibleMatch = z.infer<typeof PossibleMatch>;

export const DuplicateCheckResult = z.object({ matches: z.array(PossibleMatch) });
export type DuplicateCheckResult = z.infer<typeof DuplicateCheckResult>;

export const StartFamilyResult = z.object({ familyId: z.string(), displayName: z.string() });

/** 409 from "Start a family" when someone may already be known: what to check before going on. */
export const PossibleDuplicates = z.object({
  error: z.literal('possible_duplicate'),
  message: z.string(),
  people: z.array(z.object({ index: z.number(), fullName: z.string(), matches: z.array(PossibleMatch) })),
});
