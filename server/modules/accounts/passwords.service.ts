// Forgotten passwords (a link by mail, 30 minutes, used once) and a signed-in person changing their password or
// recovery codes. Any change of password ends the account's other sessions (a reset: all of them) and tells the person.
import type { PasswordResetState, RecoveryCodes } from '../../../shared/contracts/accounts.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAccounts } from '../../../shared/i18n/notify-accounts.messages.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, tooManyRequests } from '../../http/errors.ts';
import { queueMail } from '../../mail/index.ts';
import { authRepo, hashPassword, issueRecoveryCodes, passwordProblem, RATE_WINDOW_MS, verifyPassword } from '../auth/index.ts';
import { mailSomethingNewNow } from '../notifications/index.ts';
import { cancelOpenTokens, markUsed } from './account-tokens.repo.ts';
import { issueAccountToken } from './account-tokens.ts';
import { lockToken, openToken } from './token-checks.ts';
import type { AccountsDeps, RequestInfo } from './welcome.service.ts';

export const RESET_ANSWER =
  'If that username or email address belongs to an Umbrella account with an email address, we have sent it a link to choose a new password. The link works for 30 minutes. If nothing arrives, check your spam folder, or ask your key worker or administrator: they can give you a sign-in letter instead.';
const MAX_RESETS_PER_NAME = 3;
const MAX_RESETS_PER_ADDRESS = 20;

/**
 * How long the work for a known account takes lately (a moving average, ms). A request for an unknown name waits
 * this long instead, so the answer's timing does not say whether the account exists. Exported for its test.
 */
export const resetPacing = { typicalMs: 15 };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.round(ms)));

/** Asks for a link to choose a new password: the same answer, after about the same time, whether or not the account exists. */
export async function requestPasswordReset(deps: AccountsDeps, usernameOrEmail: string, r: RequestInfo): Promise<{ message: string }> {
  const key = usernameOrEmail.trim().toLowerCase();
  // The limits apply to names that do not exist too, so a refusal reveals nothing either.
  const nameAllowed = await authRepo.takeAttempt(deps.db, `reset:${key}`, MAX_RESETS_PER_NAME, RATE_WINDOW_MS);
  const addressAllowed =
    nameAllowed && (await authRepo.takeAttempt(deps.db, `reset-address:${r.ip}`, MAX_RESETS_PER_ADDRESS, RATE_WINDOW_MS));
  const accounts = nameAllowed && addressAllowed ? await authRepo.findAccountsForReset(deps.db, key) : [];
  const withEmail = accounts.filter((a) => a.email);
  const started = performance.now();
  await deps.db.transaction().execute(async (tx) => {
    for (const account of withEmail) {
      const issued = await issueAccountToken(tx, { accountId: account.id, purpose: 'password_reset', createdByStaffId: null });
      await queueMail(tx, { to: account.email ?? '', kind: 'password_reset', path: issued.path, accountId: account.id });
    }
    await deps.audit.record(tx, {
      action: 'account.password_reset_requested',
      outcome: nameAllowed && addressAllowed ? 'allowed' : 'denied',
      actor: r.actor,
      subjectType: accounts.length === 1 ? 'account' : null,
      subjectId: accounts.length === 1 ? (accounts[0]?.id ?? null) : null,
      requestId: r.requestId,
      ip: r.ip,
      details: { accounts: accounts.length, mailed: withEmail.length, limited: !(nameAllowed && addressAllowed) },
    });
  });
  if (withEmail.length > 0) resetPacing.typicalMs = 0.8 * resetPacing.typicalMs + 0.2 * (performance.now() - started);
  else await wait(resetPacing.typicalMs);
  if (!nameAllowed || !addressAllowed) {
    throw tooManyRequests('There have been too many requests to choose a new password. Wait 15 minutes and try again.');
  }
  return { message: RESET_ANSWER };
}

export async function viewPasswordReset(deps: AccountsDeps, token: string, r: RequestInfo): Promise<PasswordResetState> {
  const t = await openToken(deps, token, 'reset', r);
  return { username: t.username, expiresAt: t.expires_at.toISOString() };
}

/** Chooses the new password with the link: the link is used, every session of the account ends, and the person is told. */
export async function completePasswordReset(deps: AccountsDeps, token: string, password: string, r: RequestInfo): Promise<void> {
  const opened = await openToken(deps, token, 'reset', r);
  const problem = passwordProblem(password, [opened.username]);
  if (problem) throw badRequest(problem, { password: problem });
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (tx) => {
    const t = await lockToken(tx, opened, 'reset');
    await markUsed(tx, t.id);
    await passwordChanged(deps, tx, t.account_id, passwordHash, null, 'reset', r);
  });
}

/** The new password is stored; open reset links are cancelled; sessions end (all, or all but `keepSessionId`); the person is told. */
async function passwordChanged(
  deps: AccountsDeps,
  tx: Tx,
  accountId: string,
  passwordHash: string,
  keepSessionId: string | null,
  how: 'changed' | 'reset',
  r: RequestInfo,
) {
  await authRepo.setPasswordHash(tx, accountId, passwordHash);
  await cancelOpenTokens(tx, accountId, ['password_reset'], 'password_changed');
  const sessionsEnded = await authRepo.endAccountSessions(tx, accountId, keepSessionId, 'password_changed');
  await authRepo.notifyAccountHolder(tx, {
    id: newId(),
    accountId,
    kind: 'password_changed',
    message: phrase(how === 'reset' ? notifyAccounts.passwordChangedByLink : notifyAccounts.passwordChanged),
  });
  // Someone who took over an account would not read the notification: the mailbox hears of it too, at once (unless the
  // person said no to these mails), and that counts as the day's "something new" mail.
  await mailSomethingNewNow(tx, accountId, '/sign-in');
  await deps.audit.record(tx, {
    action: 'account.password_changed',
    outcome: 'allowed',
    actor: r.actor,
    subjectType: 'account',
    subjectId: accountId,
    requestId: r.requestId,
    ip: r.ip,
    details: { how, sessionsEnded },
  });
}

/** The signed-in person's password, asked again before a change; wrong tries share the sign-in's allowance. */
export async function checkCurrentPassword(deps: AccountsDeps, accountId: string, password: string, r: RequestInfo, field: string) {
  const key = `account-password:${accountId}`;
  const refuse = async (reason: 'wrong_password' | 'rate_limited') =>
    deps.audit.recordAlone(deps.db, {
      action: 'account.password_change_failed',
      outcome: 'failed',
      actor: r.actor,
      subjectType: 'account',
      subjectId: accountId,
      requestId: r.requestId,
      ip: r.ip,
      details: { reason },
    });
  if (!(await authRepo.takeAttempt(deps.db, key, 5, RATE_WINDOW_MS))) {
    await refuse('rate_limited');
    throw tooManyRequests('Too many wrong passwords. For your safety, wait 15 minutes and try again.');
  }
  const account = await authRepo.findAccountForSettings(deps.db, accountId);
  if (!account || !(await verifyPassword(account.password_hash, password))) {
    await refuse('wrong_password');
    const message = 'That is not your current password. Check it and try again.';
    throw badRequest(message, { [field]: message });
  }
  await authRepo.clearRateLimit(deps.db, key);
  return account;
}

export async function changePassword(
  deps: AccountsDeps,
  session: { accountId: string; sessionId: string },
  input: { currentPassword: string; newPassword: string },
  r: RequestInfo,
): Promise<void> {
  const account = await checkCurrentPassword(deps, session.accountId, input.currentPassword, r, 'currentPassword');
  const problem =
    input.newPassword === input.currentPassword
      ? 'Choose a password different from your current one.'
      : passwordProblem(input.newPassword, [account.username]);
  if (problem) throw badRequest(problem, { newPassword: problem });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction().execute((tx) => passwordChanged(deps, tx, session.accountId, passwordHash, session.sessionId, 'changed', r));
}

/** A new set of ten recovery codes (the old set stops working), shown once; only with an authenticator app set up. */
export async function makeNewRecoveryCodes(
  deps: AccountsDeps,
  accountId: string,
  password: string,
  r: RequestInfo,
): Promise<RecoveryCodes> {
  const account = await checkCurrentPassword(deps, accountId, password, r, 'password');
  if (!account.totp_secret)
    throw badRequest('Recovery codes are for when you cannot use your authenticator app, and you have not set one up.');
  const recoveryCodes = await deps.db.transaction().execute(async (tx) => {
    const codes = await issueRecoveryCodes(tx, accountId);
    await deps.audit.record(tx, {
      action: 'account.recovery_codes_made',
      outcome: 'allowed',
      actor: r.actor,
      subjectType: 'account',
      subjectId: accountId,
      requestId: r.requestId,
      ip: r.ip,
    });
    return codes;
  });
  return { recoveryCodes };
}
