// Calls for accepting an invitation or letter, forgotten passwords, recovery codes, a person's own password and mail choice.
import type { QueryClient } from '@tanstack/react-query';
import type {
  AccountSettings,
  AuthenticatorSetup,
  PasswordResetState,
  RecoveryCodeSignIn,
  RecoveryCodes,
  WelcomeState,
} from '../../../shared/contracts/accounts.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';
import { rememberSession, sessionQuery } from './session.queries.ts';

export type { AccountSettings, AuthenticatorSetup, PasswordResetState, RecoveryCodes, WelcomeState };

/** A code typed from a letter goes into the address as written: the server reads it forgivingly. */
const tokenPart = (token: string) => encodeURIComponent(token.trim());

/** Writes need the CSRF token of the session the browser may already have. */
const ready = (queryClient: QueryClient) => queryClient.ensureQueryData(sessionQuery);

export const welcomeQuery = (token: string) => ({
  queryKey: ['welcome', token] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<WelcomeState>(`/api/welcome/${tokenPart(token)}`, signal),
  retry: false,
  staleTime: 0,
});

export async function choosePassword(queryClient: QueryClient, token: string, body: { username: string; password: string }) {
  await ready(queryClient);
  return apiPost<WelcomeState>(`/api/welcome/${tokenPart(token)}/password`, body);
}

export async function startAuthenticator(queryClient: QueryClient, token: string, password: string) {
  await ready(queryClient);
  return apiPost<AuthenticatorSetup>(`/api/welcome/${tokenPart(token)}/authenticator`, { password });
}

export async function confirmAuthenticator(queryClient: QueryClient, token: string, body: { password: string; code: string }) {
  await ready(queryClient);
  return apiPost<RecoveryCodes>(`/api/welcome/${tokenPart(token)}/authenticator/confirm`, body);
}

export async function finishWelcome(queryClient: QueryClient, token: string, password: string) {
  await ready(queryClient);
  return apiPost<void>(`/api/welcome/${tokenPart(token)}/finish`, { password });
}

export async function requestPasswordReset(queryClient: QueryClient, username: string) {
  await ready(queryClient);
  return apiPost<{ message: string }>('/api/password-reset', { username });
}

export const passwordResetQuery = (token: string) => ({
  queryKey: ['password-reset', token] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<PasswordResetState>(`/api/password-reset/${tokenPart(token)}`, signal),
  retry: false,
  staleTime: 0,
});

export async function completePasswordReset(queryClient: QueryClient, token: string, password: string) {
  await ready(queryClient);
  return apiPost<void>(`/api/password-reset/${tokenPart(token)}`, { password });
}

export async function signInWithRecoveryCode(queryClient: QueryClient, code: string): Promise<RecoveryCodeSignIn> {
  await ready(queryClient);
  const session = await apiPost<RecoveryCodeSignIn>('/api/session/recovery-code', { code });
  rememberSession(queryClient, session);
  return session;
}

export const accountSettingsQuery = {
  queryKey: ['account-settings'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => apiGet<AccountSettings>('/api/account', signal),
};

export const changePassword = (body: { currentPassword: string; newPassword: string }) => apiPost<void>('/api/account/password', body);

export const makeRecoveryCodes = (password: string) => apiPost<RecoveryCodes>('/api/account/recovery-codes', { password });

/** A family member adding an authenticator app later: the password again, then the app's first code. */
export const startOwnAuthenticator = (password: string) => apiPost<AuthenticatorSetup>('/api/account/authenticator', { password });
export const confirmOwnAuthenticator = (code: string) => apiPost<RecoveryCodes>('/api/account/authenticator/confirm', { code });
export const removeOwnAuthenticator = (password: string) => apiPost<void>('/api/account/authenticator/remove', { password });

/** Whether to be emailed when there is something new; `version` is the one read (409 with the choice as it is now when stale). */
export const saveMailChoice = (body: { mailSomethingNew: boolean; version: number }) =>
  apiPut<AccountSettings>('/api/account/mail-choice', body);
