// Accepting an invitation or sign-in letter, choosing and changing passwords, recovery codes and forgotten passwords.
import { z } from 'zod';
import { ACCOUNT_KINDS, ACCOUNT_TOKEN_PURPOSES } from '../domain/accounts.ts';
import { Version } from './common.ts';
import { SessionState } from './session.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const RECOVERY_CODE_COUNT = 10;

/** A new password: its strength is checked on the server (a dictionary too large to send to every browser). */
export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters. Three or four unrelated words make a strong password`)
  .max(200, 'Use 200 characters or fewer');

/** The password already chosen, asked again before each later step of an acceptance (so the link alone is not enough). */
const CurrentPassword = z.string().min(1, 'Enter the password you chose').max(1000);

export const Username = z
  .string()
  .trim()
  .min(3, 'Use at least 3 characters for your username')
  .max(60, 'Use 60 characters or fewer for your username')
  .regex(/^[A-Za-z0-9._@-]+$/, 'Use only letters, numbers, full stops, dashes, underscores or @ in your username');

/** A token from a link or typed from a letter: checked in full on the server (any case, with or without dashes). */
export const TokenParam = z.object({ token: z.string().min(1).max(100) });

export const WelcomeState = z.object({
  purpose: z.enum(ACCOUNT_TOKEN_PURPOSES).extract(['invitation', 'sign_in_letter']),
  accountKind: z.enum(ACCOUNT_KINDS),
  /** Who the account is for, so the person can see the invitation is theirs. */
  name: z.string(),
  /** Proposed by whoever made the account; the person may keep it or choose another when choosing a password. */
  username: z.string(),
  passwordChosen: z.boolean(),
  /** Professionals must set up an authenticator; family members may. */
  secondFactor: z.enum(['required', 'optional']),
  hasSecondFactor: z.boolean(),
  invitedBy: z.string().nullable(),
  expiresAt: z.string(),
});
export type WelcomeState = z.infer<typeof WelcomeState>;

export const ChoosePasswordRequest = z.object({ username: Username, password: NewPassword });
export type ChoosePasswordRequest = z.infer<typeof ChoosePasswordRequest>;

export const WelcomeStepRequest = z.object({ password: CurrentPassword });
export type WelcomeStepRequest = z.infer<typeof WelcomeStepRequest>;

export const AuthenticatorSetup = z.object({
  /** The secret as text, for typing into an app; shown once. */
  secret: z.string(),
  /** The same secret as a QR code (an SVG image), shown once. */
  qrSvg: z.string(),
  issuer: z.string(),
  accountName: z.string(),
});
export type AuthenticatorSetup = z.infer<typeof AuthenticatorSetup>;

export const OneTimeCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code shown in your authenticator app');

export const ConfirmAuthenticatorRequest = z.object({ password: CurrentPassword, code: OneTimeCode });
export type ConfirmAuthenticatorRequest = z.infer<typeof ConfirmAuthenticatorRequest>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()).length(RECOVERY_CODE_COUNT) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const RecoveryCodeRequest = z.object({
  code: z.string().trim().min(1, 'Enter one of your recovery codes').max(40, 'Enter one of your recovery codes, like ABCD-EFGH-JKMN-PQRS'),
});
export type RecoveryCodeRequest = z.infer<typeof RecoveryCodeRequest>;

/** Signed in with a recovery code: the session, and how many codes are left. */
export const RecoveryCodeSignIn = SessionState.extend({ recoveryCodesLeft: z.number().int().nonnegative() });
export type RecoveryCodeSignIn = z.infer<typeof RecoveryCodeSignIn>;

export const PasswordResetRequest = z.object({
  username: z.string().trim().min(1, 'Enter your username or email address').max(320, 'Enter your username or email address'),
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** The same answer whether or not the username or address is known. */
export const PasswordResetAccepted = z.object({ message: z.string() });

export const PasswordResetState = z.object({ username: z.string(), expiresAt: z.string() });
export type PasswordResetState = z.infer<typeof PasswordResetState>;

export const CompletePasswordResetRequest = z.object({ password: NewPassword });
export type CompletePasswordResetRequest = z.infer<typeof CompletePasswordResetRequest>;

export const ChangePasswordRequest = z.object({ currentPassword: CurrentPassword, newPassword: NewPassword });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const NewRecoveryCodesRequest = z.object({ password: CurrentPassword });
export type NewRecoveryCodesRequest = z.infer<typeof NewRecoveryCodesRequest>;

/** The signed-in person's password, asked again before adding or removing an authenticator app. */
export const PasswordAgainRequest = z.object({ password: CurrentPassword });
export type PasswordAgainRequest = z.infer<typeof PasswordAgainRequest>;

/** A signed-in family member confirming their own authenticator app with its first code (they gave their password to start). */
export const ConfirmOwnAuthenticatorRequest = z.object({ code: OneTimeCode });
export type ConfirmOwnAuthenticatorRequest = z.infer<typeof ConfirmOwnAuthenticatorRequest>;

export const AccountSettings = z.object({
  username: z.string(),
  hasSecondFactor: z.boolean(),
  recoveryCodesLeft: z.number().int().nonnegative(),
  /** The person's own address, which Umbrella mails; null when there is none (then nothing is mailed). */
  email: z.string().nullable(),
  /** Whether they want a "something new" mail (at most one a day, with a link and nothing about the family). */
  mailSomethingNew: z.boolean(),
  /** The version of these choices: a save states it and a stale one gets 409 with the choices as they are. */
  version: z.number().int(),
});
export type AccountSettings = z.infer<typeof AccountSettings>;

export const MailChoiceRequest = z.object({
  mailSomethingNew: z.boolean({ error: 'Choose whether to get an email when there is something new' }),
  version: Version,
});
export type MailChoiceRequest = z.infer<typeof MailChoiceRequest>;
