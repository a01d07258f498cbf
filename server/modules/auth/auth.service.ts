// Sign-in, second factor, sign-out and reading the session on each request. Sessions live in the
// database (any app instance can serve any request) and are found by the hash of the cookie token.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Me } from '../../../shared/contracts/session.ts';
import type { SessionStage } from '../../../shared/domain/accounts.ts';
import { isLocale } from '../../../shared/i18n/locales.ts';
import type { Actor } from '../../access/actor.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import { HttpError, tooManyRequests, unauthorised } from '../../http/errors.ts';
import type { SessionInfo } from '../../http/request-context.ts';
import type { LiveSessionRow } from './auth.repo.ts';
import * as repo from './auth.repo.ts';
import { verifyPassword, waitAsLongAsACheck } from './passwords.ts';
import { countRecoveryCodes, spendRecoveryCode } from './recovery-codes.repo.ts';
import { recoveryCodeHash } from './recovery-codes.ts';
import type { SessionCache } from './session-cache.ts';
import { totpStep } from './totp.ts';

export const RATE_WINDOW_MS = 15 * 60_000;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 30;
const SECOND_FACTOR_WINDOW_MS = 10 * 60_000;
/**
 * Last use is written at most once in this long (not on every request: reading is the hot path), so a session
 * was last used somewhere in the interval after `last_seen_at`; the idle rule waits that interval out too.
 */
export const LAST_SEEN_INTERVAL_MS = 60_000;

export type AuthSettings = { idleMs: number; absoluteMs: number };
export type AuthDeps = {
  db: Db;
  audit: AuditLog;
  settings: AuthSettings;
  /** Sessions kept by this instance while it hears every change to them (server only; session-cache.ts). */
  sessions?: SessionCache;
};

export type ResolvedSession = {
  actor: Actor;
  me: Me | null;
  session: SessionInfo | null;
  endedReason: 'idle_timeout' | 'absolute_timeout' | null;
};

const ANONYMOUS: ResolvedSession = { actor: { kind: 'anonymous' }, me: null, session: null, endedReason: null };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Reads the session named by the cookie token; ends it if it has timed out. A background request (the
 * web app's own polling, marked `x-umbrella-background: 1`) is not use: it never keeps an idle session alive.
 */
export async function resolveSession(
  deps: AuthDeps,
  token: string | undefined,
  requestId: string,
  ip: string,
  options: { background?: boolean } = {},
): Promise<ResolvedSession> {
  if (!token) return ANONYMOUS;
  const sessionId = hashToken(token);
  const kept = await deps.sessions?.find(sessionId);
  // A kept row is used only where reading the session again would decide the same without writing anything: live,
  // within its time, and used within the interval last use is written in. Anything else reads it afresh.
  if (kept && usableAsKept(kept, Date.now())) return resolved(kept, sessionId);
  const generation = deps.sessions?.mark() ?? 0;
  const row = await repo.findLiveSession(deps.db, sessionId);
  if (!row || row.ended_at || row.disabled_at) return ANONYMOUS;
  const now = Date.now();
  let endedReason: ResolvedSession['endedReason'] = null;
  if (now >= row.expires_at.getTime()) endedReason = 'absolute_timeout';
  // Never before `idleMs` without use: a request up to a minute after `last_seen_at` was not written.
  else if (now - row.last_seen_at.getTime() >= deps.settings.idleMs + LAST_SEEN_INTERVAL_MS) endedReason = 'idle_timeout';
  if (endedReason) {
    const reason = endedReason;
    await deps.db.transaction().execute(async (tx) => {
      await repo.endSession(tx, sessionId, reason);
      await deps.audit.record(tx, {
        action: 'session.expired',
        outcome: 'allowed',
        actor: { kind: 'anonymous' },
        subjectType: 'account',
        subjectId: row.account_id,
        requestId,
        ip,
        details: { reason },
      });
    });
    return { ...ANONYMOUS, endedReason };
  }
  if (!options.background && now - row.last_seen_at.getTime() >= LAST_SEEN_INTERVAL_MS) await repo.touchSession(deps.db, sessionId);
  // Its touch, if any, is announced like any change and drops it again: the next request reads the new last use.
  else deps.sessions?.keep(sessionId, row, generation);
  return resolved(row, sessionId);
}

function usableAsKept(row: LiveSessionRow, now: number): boolean {
  return !row.ended_at && !row.disabled_at && now < row.expires_at.getTime() && now - row.last_seen_at.getTime() < LAST_SEEN_INTERVAL_MS;
}

/** The actor and session a live, signed-in or half-signed-in session row stands for. */
function resolved(row: LiveSessionRow, sessionId: string): ResolvedSession {
  const session: SessionInfo = {
    id: sessionId,
    accountId: row.account_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
  if (row.stage !== 'signed_in') return { actor: { kind: 'anonymous' }, me: null, session, endedReason: null };

  if (row.account_kind === 'professional' && row.staff_id && row.staff_role && row.organisation_id && row.organisation_kind) {
    const name = row.staff_name ?? '';
    return {
      actor: {
        kind: 'professional',
        accountId: row.account_id,
        staffId: row.staff_id,
        organisationId: row.organisation_id,
        organisationKind: row.organisation_kind,
        role: row.staff_role,
        name,
      },
      me: {
        kind: 'professional',
        accountId: row.account_id,
        name,
        role: row.staff_role,
        jobTitle: row.job_title ?? '',
        organisationName: row.organisation_name ?? '',
      },
      session,
      endedReason: null,
    };
  }
  if (row.account_kind !== 'professional' && row.family_id && row.person_id) {
    const name = row.preferred_name ?? row.person_name ?? '';
    const language = isLocale(row.preferred_language) ? row.preferred_language : null;
    const facts = { accountId: row.account_id, personId: row.person_id, familyId: row.family_id, name, language: language ?? 'en' };
    return {
      actor:
        row.account_kind === 'other_parent'
          ? { kind: row.account_kind, ...facts, childPersonIds: row.child_person_ids ?? [] }
          : { kind: row.account_kind, ...facts },
      me: {
        kind: row.account_kind,
        accountId: row.account_id,
        name,
        familyId: row.family_id,
        personId: row.person_id,
        language,
      },
      session,
      endedReason: null,
    };
  }
  return ANONYMOUS;
}

export type NewSession = { token: string; csrfToken: string; stage: SessionStage; expiresAt: Date };

const WRONG_DETAILS = 'That username and password do not match our records. Check them and try again.';
const TOO_MANY = 'Too many attempts to sign in. For your safety, wait 15 minutes and try again, or ask your administrator to help.';
const BUSY_ADDRESS =
  'That did not work, and there have been many failed sign-ins from your network. Check your username and password and try again; if it still does not work, wait 15 minutes or ask your administrator to help.';

/**
 * Checks a username and password and starts a session. The limits (ARCHITECTURE.md "Sessions and sign-in"):
 * - per username (unknown ones too), 5 attempts per 15 minutes: an attempt is taken before the password is
 *   checked, in one statement, so simultaneous requests cannot all be checked; a right password gives it back;
 * - per address, 30 failures per 15 minutes, counted for every failure. Past that, made-up usernames are refused
 *   without a check, but a real account's password is still checked, so someone behind the same proxy or office
 *   network with the right password gets in (a wrong one gets the same answer as a made-up name).
 */
export async function login(
  deps: AuthDeps,
  input: { username: string; password: string; previousSessionId: string | null },
  requestId: string,
  ip: string,
): Promise<NewSession> {
  const { db, audit } = deps;
  const accountKey = `account:${input.username.toLowerCase()}`;
  const addressKey = `address:${ip}`;
  const failed = (reason: string) =>
    audit.recordAlone(db, {
      action: 'session.sign_in_failed',
      outcome: 'failed',
      actor: { kind: 'anonymous' },
      requestId,
      ip,
      details: { username: input.username.slice(0, 200), reason },
    });

  // The same limit applies to usernames that do not exist, so the answer reveals nothing.
  if (!(await repo.takeAttempt(db, accountKey, MAX_ACCOUNT_FAILURES, RATE_WINDOW_MS))) {
    await failed('rate_limited_account');
    throw tooManyRequests(TOO_MANY);
  }
  const account = await repo.findAccountByUsername(db, input.username);
  if (!account) {
    // The address's failure is counted before the (dummy) check: a busy address's made-up names cost no work.
    if (!(await repo.takeAttempt(db, addressKey, MAX_ADDRESS_FAILURES, RATE_WINDOW_MS))) {
      await waitAsLongAsACheck();
      await failed('rate_limited_address');
      throw tooManyRequests(BUSY_ADDRESS);
    }
    await verifyPassword(null, input.password);
    await failed('unknown_username');
    throw new HttpError(401, 'sign_in_failed', WRONG_DETAILS);
  }
  const passwordOk = await verifyPassword(account.password_hash, input.password);
  if (!passwordOk || account.disabled_at) {
    const reason = account.disabled_at ? 'account_disabled' : 'wrong_password';
    // Counted like a made-up name's failure, and answered like one, so the address's count reveals no account.
    if (!(await repo.takeAttempt(db, addressKey, MAX_ADDRESS_FAILURES, RATE_WINDOW_MS))) {
      await failed(`${reason}_busy_address`);
      throw tooManyRequests(BUSY_ADDRESS);
    }
    await failed(reason);
    throw new HttpError(401, 'sign_in_failed', WRONG_DETAILS);
  }
  await repo.clearRateLimit(db, accountKey);

  // Professionals always give a second factor; a family member who chose to set one up gives it too.
  const needsSecondFactor = account.kind === 'professional' || account.totp_secret !== null;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + (needsSecondFactor ? SECOND_FACTOR_WINDOW_MS : deps.settings.absoluteMs));
  const stage = needsSecondFactor ? 'awaiting_second_factor' : 'signed_in';
  await db.transaction().execute(async (tx) => {
    // A new session id at every sign-in: any session the browser already had is ended.
    if (input.previousSessionId) await repo.endSession(tx, input.previousSessionId, 'replaced_at_sign_in');
    await repo.insertSession(tx, { id: hashToken(token), accountId: account.id, stage, csrfToken, expiresAt });
    await audit.record(tx, {
      action: needsSecondFactor ? 'session.password_accepted' : 'session.signed_in',
      outcome: 'allowed',
      actor: { kind: 'anonymous' },
      subjectType: 'account',
      subjectId: account.id,
      requestId,
      ip,
    });
  });
  return { token, csrfToken, stage, expiresAt };
}

export async function completeSecondFactor(
  deps: AuthDeps,
  session: SessionInfo | null,
  code: string,
  requestId: string,
  ip: string,
): Promise<NewSession> {
  const { db, audit } = deps;
  if (session?.stage !== 'awaiting_second_factor') {
    throw unauthorised('Your sign-in has timed out. Please enter your username and password again.');
  }
  // An attempt is taken before the code is checked, in one statement: simultaneous codes cannot all be tried.
  const accountKey = `account-code:${session.accountId}`;
  if (!(await repo.takeAttempt(db, accountKey, MAX_ACCOUNT_FAILURES, RATE_WINDOW_MS))) {
    await repo.endSession(db, session.id, 'too_many_codes');
    throw tooManyRequests(TOO_MANY);
  }
  const account = await repo.findAccountById(db, session.accountId);
  const step = account?.totp_secret ? totpStep(account.totp_secret, code) : null;
  // A wrong code and a code already used get the same plain answer; the audit log tells them apart.
  const refuse = async (action: 'session.second_factor_failed' | 'session.code_replayed') => {
    await audit.recordAlone(db, {
      action,
      outcome: 'failed',
      actor: { kind: 'anonymous' },
      subjectType: 'account',
      subjectId: session.accountId,
      requestId,
      ip,
      ...(action === 'session.code_replayed' ? { details: { purpose: 'sign_in' } } : {}),
    });
    throw new HttpError(401, 'wrong_code', 'That code is not right. Codes change every 30 seconds: enter the newest one.', {
      code: 'Enter the 6-digit code shown in your authenticator app now',
    });
  };
  if (step === null) return refuse('session.second_factor_failed');
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + deps.settings.absoluteMs);
  const accepted = await db.transaction().execute(async (tx) => {
    // The code's step is taken in the same transaction as the new session: used once, or not at all.
    if (!(await repo.acceptTotpStep(tx, session.accountId, step))) return false;
    await repo.endSession(tx, session.id, 'second_factor_completed');
    await repo.insertSession(tx, { id: hashToken(token), accountId: session.accountId, stage: 'signed_in', csrfToken, expiresAt });
    await audit.record(tx, {
      action: 'session.signed_in',
      outcome: 'allowed',
      actor: { kind: 'anonymous' },
      subjectType: 'account',
      subjectId: session.accountId,
      requestId,
      ip,
      details: { secondFactor: 'totp' },
    });
    return true;
  });
  if (!accepted) return refuse('session.code_replayed');
  await repo.clearRateLimit(db, accountKey);
  return { token, csrfToken, stage: 'signed_in', expiresAt };
}

/**
 * Finishes signing in with a recovery code instead of the authenticator's code: each code works once (used in the
 * same transaction as the new session), with the same allowance of attempts as codes. Says how many are left.
 */
export async function completeWithRecoveryCode(
  deps: AuthDeps,
  session: SessionInfo | null,
  code: string,
  requestId: string,
  ip: string,
): Promise<NewSession & { recoveryCodesLeft: number }> {
  const { db, audit } = deps;
  if (session?.stage !== 'awaiting_second_factor') {
    throw unauthorised('Your sign-in has timed out. Please enter your username and password again.');
  }
  const accountKey = `account-code:${session.accountId}`;
  if (!(await repo.takeAttempt(db, accountKey, MAX_ACCOUNT_FAILURES, RATE_WINDOW_MS))) {
    await repo.endSession(db, session.id, 'too_many_codes');
    throw tooManyRequests(TOO_MANY);
  }
  const hash = recoveryCodeHash(code);
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + deps.settings.absoluteMs);
  const left = await db.transaction().execute(async (tx) => {
    if (!hash || !(await spendRecoveryCode(tx, session.accountId, hash))) return null;
    await repo.endSession(tx, session.id, 'second_factor_completed');
    await repo.insertSession(tx, { id: hashToken(token), accountId: session.accountId, stage: 'signed_in', csrfToken, expiresAt });
    const remaining = await countRecoveryCodes(tx, session.accountId);
    const event = {
      outcome: 'allowed',
      actor: { kind: 'anonymous' },
      subjectType: 'account',
      subjectId: session.accountId,
      requestId,
      ip,
    } as const;
    await audit.record(tx, { ...event, action: 'account.recovery_code_used', details: { left: remaining } });
    await audit.record(tx, { ...event, action: 'session.signed_in', details: { secondFactor: 'recovery_code' } });
    return remaining;
  });
  if (left === null) {
    await audit.recordAlone(db, {
      action: 'session.second_factor_failed',
      outcome: 'failed',
      actor: { kind: 'anonymous' },
      subjectType: 'account',
      subjectId: session.accountId,
      requestId,
      ip,
    });
    throw new HttpError(
      401,
      'wrong_code',
      'That recovery code is not right, or it has been used already: each code works once. Check it and try again, or use the code from your authenticator app.',
      { code: 'Enter one of your recovery codes, like ABCD-EFGH-JKMN-PQRS' },
    );
  }
  await repo.clearRateLimit(db, accountKey);
  return { token, csrfToken, stage: 'signed_in', expiresAt, recoveryCodesLeft: left };
}

export async function logout(deps: AuthDeps, session: SessionInfo, actor: Actor, requestId: string, ip: string) {
  await deps.db.transaction().execute(async (tx) => {
    await repo.endSession(tx, session.id, 'signed_out');
    await deps.audit.record(tx, {
      action: 'session.signed_out',
      outcome: 'allowed',
      actor,
      subjectType: 'account',
      subjectId: session.accountId,
      requestId,
      ip,
    });
  });
}

/** Re-checks a signed-in professional's second factor (emergency access asks for it again): a code not used before. */
export async function checkSecondFactor(db: Db, accountId: string, code: string): Promise<boolean> {
  // The same allowance as signing in's codes, taken before the check.
  const key = `account-code:${accountId}`;
  if (!(await repo.takeAttempt(db, key, MAX_ACCOUNT_FAILURES, RATE_WINDOW_MS))) return false;
  const account = await repo.findAccountById(db, accountId);
  const step = account?.totp_secret && /^\d{6}$/.test(code) ? totpStep(account.totp_secret, code) : null;
  // Asking again means a code not used before, the sign-in's own code included.
  const ok = step !== null && (await repo.acceptTotpStep(db, accountId, step));
  if (ok) await repo.clearRateLimit(db, key);
  return ok;
}
