// Sign-in, second factor, sign-out and "who am I" contracts.
import { z } from 'zod';
import { FAMILY_ACCOUNT_KINDS, SESSION_STAGES, STAFF_ROLES } from '../domain/accounts.ts';
import { LOCALES } from '../i18n/locales.ts';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Enter your username').max(200),
  password: z.string().min(1, 'Enter your password').max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const SecondFactorRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app'),
});
export type SecondFactorRequest = z.infer<typeof SecondFactorRequest>;

export const SessionStage = z.enum(SESSION_STAGES);

export const Me = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('professional'),
    accountId: z.string(),
    name: z.string(),
    role: z.enum(STAFF_ROLES),
    jobTitle: z.string(),
    organisationName: z.string(),
  }),
  z.object({
    kind: z.enum(FAMILY_ACCOUNT_KINDS),
    accountId: z.string(),
    name: z.string(),
    familyId: z.string(),
    /** The person in the family this login belongs to (their own plans, their own words). */
    personId: z.string(),
    /** The language they chose for their pages (issue 16 §3); null until they choose. */
    language: z.enum(LOCALES).nullable(),
  }),
]);
export type Me = z.infer<typeof Me>;

export const SessionState = z.object({
  signedIn: z.boolean(),
  stage: SessionStage.nullable(),
  /** Send this back in the `x-csrf-token` header on every POST, PUT, PATCH and DELETE. */
  csrfToken: z.string().nullable(),
  me: Me.nullable(),
  idleTimeoutMinutes: z.number(),
});
export type SessionState = z.infer<typeof SessionState>;

/** A family member's choice of language for their own pages, letters and printed plans. */
export const LanguageRequest = z.object({
  language: z.enum(LOCALES, { error: 'Choose English, Cymraeg, Polski or اردو' }),
});
