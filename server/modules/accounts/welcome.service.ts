// Accepting an invitation or a sign-in letter, in steps that can be resumed with the same token within its life:
// choose a username and password; then (professionals must, family members may) set up an authenticator app and get
// recovery codes; the token is used when the last step is done. After the password step every step asks for that
// password again, so whoever finds the link later cannot finish someone else's set-up.
import type { AuthenticatorSetup, ChoosePasswordRequest, RecoveryCodes, WelcomeState } from '../../../shared/contracts/accounts.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyAccounts } from '../../../shared/i18n/notify-accounts.messages.ts';
import type { Actor } from '../../access/actor.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, HttpError, tooManyRequests } from '../../http/errors.ts';
import { authRepo, cancelRecoveryCodes, hashPassword, passwordProblem, RATE_WINDOW_MS, verifyPassword } from '../auth/index.ts';
import { cancelOpenTokens, markPasswordSet, markUsed } from './account-tokens.repo.ts';
import * as repo from './accounts.repo.ts';
import {
  confirmPendingSecret,
  keepPendingSecret,
  newAuthenticatorSecret,
  WRONG_CODE_FIELD,
  WRONG_CODE_MESSAGE,
} from './authenticator-enrolment.ts';
import { lockToken, type OpenToken, openToken } from './token-checks.ts';

export type AccountsDeps = { db: Db; audit: AuditLog };
export type RequestInfo = { requestId: string; ip: string; actor: Actor };

const MAX_PASSWORD_TRIES = 5;

const nameOf = (t: OpenToken) => t.preferred_name ?? t.person_name ?? t.staff_name ?? '';
const secondFactorOf = (t: OpenToken) => (t.kind === 'professional' ? 'required' : 'optional');

function stateOf(t: OpenToken): WelcomeState {
  return {
    purpose: t.purpose === 'sign_in_letter' ? 'sign_in_letter' : 'invitation',
    accountKind: t.kind,
    name: nameOf(t),
    username: t.username,
    passwordChosen: t.password_set_at !== null,
    secondFactor: secondFactorOf(t),
    hasSecondFactor: t.totp_secret !== null,
    invitedBy: t.inviter_name ? (t.inviter_organisation ? `${t.inviter_name}, ${t.inviter_organisation}` : t.inviter_name) : null,
    expiresAt: t.expires_at.toISOString(),
  };
}

const event = (t: OpenToken, r: RequestInfo) =>
  ({
    outcome: 'allowed',
    actor: { kind: 'anonymous' },
    subjectType: 'account',
    subjectId: t.account_id,
    requestId: r.requestId,
    ip: r.ip,
  }) as const;

export async function viewWelcome(deps: AccountsDeps, token: string, r: RequestInfo): Promise<WelcomeState> {
  return stateOf(await openToken(deps, token, 'welcome', r));
}

/**
 * Step 1: the username (the one proposed by whoever made the account, or another the person prefers) and a new
 * password. For an account that had a password (a sign-in letter after a forgotten password), its sessions end.
 */
export async function choosePassword(deps: AccountsDeps, token: string, input: ChoosePasswordRequest, r: RequestInfo) {
  const opened = await openToken(deps, token, 'welcome', r);
  if (opened.password_set_at) throw alreadyChosen();
  const problem = passwordProblem(input.password, [input.username, opened.username, ...nameOf(opened).split(/\s+/)]);
  if (problem) throw badRequest(problem, { password: problem });
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    const t = await lockToken(tx, opened, 'welcome');
    if (t.password_set_at) throw alreadyChosen();
    const usernameChanged = input.username.toLowerCase() !== t.username.toLowerCase();
    if (usernameChanged && (await repo.usernameTaken(tx, input.username, t.account_id))) {
      throw badRequest('That username is already taken. Try another, or keep the one suggested.', {
        username: 'That username is already taken. Try another, or keep the one suggested',
      });
    }
    await repo.setUsernameAndPassword(tx, t.account_id, input.username, passwordHash);
    await markPasswordSet(tx, t.id);
    await cancelOpenTokens(tx, t.account_id, ['password_reset'], 'password_changed');
    const sessionsEnded = await authRepo.endAccountSessions(tx, t.account_id, null, 'password_changed');
    if (t.password_hash) {
      await authRepo.notifyAccountHolder(tx, {
        id: newId(),
        accountId: t.account_id,
        kind: 'password_changed',
        message: phrase(notifyAccounts.passwordChangedByLetter),
      });
    }
    await deps.audit.record(tx, {
      ...event(t, r),
      action: 'account.welcome_password_chosen',
      details: { purpose: t.purpose, usernameChanged, sessionsEnded },
    });
  });
  return viewWelcome(deps, token, r);
}

const alreadyChosen = () => conflict('You have already chosen a password with this invitation. Enter it to carry on where you left off.');

/** Every step after the password asks for it again: the token alone is not enough once a password is chosen. */
async function checkChosenPassword(deps: AccountsDeps, t: OpenToken, password: string) {
  if (!t.password_set_at) throw badRequest('Choose your username and password first.');
  if (!(await authRepo.takeAttempt(deps.db, `welcome:${t.id}`, MAX_PASSWORD_TRIES, RATE_WINDOW_MS))) {
    throw tooManyRequests('Too many wrong passwords. Wait 15 minutes and try again, or ask for a new invitation.');
  }
  if (!(await verifyPassword(t.password_hash, password))) {
    const message =
      'That is not the password you chose with this invitation. Check it and try again. If you have forgotten it, ask for a new invitation.';
    throw badRequest(message, { password: 'Enter the password you chose a moment ago' });
  }
  await authRepo.clearRateLimit(deps.db, `welcome:${t.id}`);
}

/** Step 2 (optional for family members): a new authenticator secret, shown once as a QR code and as text. */
export async function startAuthenticator(deps: AccountsDeps, token: string, password: string, r: RequestInfo): Promise<AuthenticatorSetup> {
  const opened = await openToken(deps, token, 'welcome', r);
  await checkChosenPassword(deps, opened, password);
  const { secret, setup } = await newAuthenticatorSecret(opened.username);
  await deps.db.transaction().execute(async (tx) => {
    const t = await lockToken(tx, opened, 'welcome');
    await keepPendingSecret(tx, t.account_id, secret);
    await deps.audit.record(tx, { ...event(t, r), action: 'account.authenticator_shown' });
  });
  return setup;
}

/** Step 3: the first code confirms the app has the secret; the account gets ten recovery codes and the token is used. */
export async function confirmAuthenticator(
  deps: AccountsDeps,
  token: string,
  input: { password: string; code: string },
  r: RequestInfo,
): Promise<RecoveryCodes> {
  const opened = await openToken(deps, token, 'welcome', r);
  await checkChosenPassword(deps, opened, input.password);
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const t = await lockToken(tx, opened, 'welcome');
    const recoveryCodes = await confirmPendingSecret(tx, t.account_id, input.code);
    if (!recoveryCodes) return null;
    await finish(deps, tx, t, true, r);
    await deps.audit.record(tx, { ...event(t, r), action: 'account.authenticator_enrolled' });
    return recoveryCodes;
  });
  if (!outcome) {
    await deps.audit.recordAlone(deps.db, { ...event(opened, r), outcome: 'failed', action: 'account.authenticator_failed' });
    throw new HttpError(400, 'wrong_code', WRONG_CODE_MESSAGE, { code: WRONG_CODE_FIELD });
  }
  return { recoveryCodes: outcome };
}

/** Family members may finish without an authenticator app (they can set one up later on "Your account"). */
export async function finishWithoutAuthenticator(deps: AccountsDeps, token: string, password: string, r: RequestInfo): Promise<void> {
  const opened = await openToken(deps, token, 'welcome', r);
  if (opened.kind === 'professional') {
    throw badRequest('Set up your authenticator app first: everyone who works with families signs in with one.');
  }
  await checkChosenPassword(deps, opened, password);
  await deps.db.transaction().execute(async (tx) => {
    const t = await lockToken(tx, opened, 'welcome');
    await finish(deps, tx, t, t.totp_secret !== null, r);
  });
}

async function finish(deps: AccountsDeps, tx: Tx, t: OpenToken, secondFactor: boolean, r: RequestInfo) {
  if (!(await markUsed(tx, t.id))) throw conflict('This invitation has just been used. Sign in with your username and password.');
  // Nothing of a second factor set up and abandoned stays behind; recovery codes go with a confirmed app only.
  if (!secondFactor) await cancelRecoveryCodes(tx, t.account_id);
  await deps.audit.record(tx, { ...event(t, r), action: 'account.welcome_finished', details: { purpose: t.purpose, secondFactor } });
}
