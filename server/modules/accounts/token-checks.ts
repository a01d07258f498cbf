// Deciding whether a one-time token still works, and the one plain message for each way it does not (saying whom to ask).
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db, Tx } from '../../db/database.ts';
import type { AccountTokenPurpose } from '../../db/schema.ts';
import { HttpError } from '../../http/errors.ts';
import { hashSecret } from '../auth/index.ts';
import { findTokenByHash, type TokenWithAccount } from './account-tokens.repo.ts';
import { normaliseToken } from './account-tokens.ts';

export type TokenRefusal = 'unknown' | 'expired' | 'used' | 'cancelled' | 'closed';
type Family = 'welcome' | 'reset';

const PURPOSES: Record<Family, AccountTokenPurpose[]> = { welcome: ['invitation', 'sign_in_letter'], reset: ['password_reset'] };

/** Whom to ask: the person who made the invitation when we know them, else whoever helps people like them. */
function whomToAsk(t: TokenWithAccount): string {
  if (t.inviter_name) return t.inviter_organisation ? `${t.inviter_name} at ${t.inviter_organisation}` : t.inviter_name;
  return t.kind === 'professional' ? 'your administrator' : 'your key worker';
}

function welcomeMessage(reason: TokenRefusal, t: TokenWithAccount | undefined): string {
  const whom = t ? whomToAsk(t) : 'the person who gave it to you';
  switch (reason) {
    case 'unknown':
      return 'This link or code does not work. Check it is the whole link, or that the code is typed exactly as it is printed. If it still does not work, ask the person who gave it to you for a new one.';
    case 'expired':
      return `This invitation has run out: invitations and sign-in letters last 7 days. Ask ${whom} for a new one.`;
    case 'used':
      return `This invitation has already been used to set up the account. Sign in with your username and password; if you have forgotten your password, choose "Forgotten your password?" on the sign-in page. If you did not set the account up, tell ${whom} straight away.`;
    case 'cancelled':
      return `This invitation was replaced by a newer one, so it no longer works. Use the newest message or letter you were given, or ask ${whom} for a new one.`;
    case 'closed':
      return `This account has been closed, so the invitation no longer works. Ask ${whom} if you think that is a mistake.`;
  }
}

function resetMessage(reason: TokenRefusal, t: TokenWithAccount | undefined): string {
  const help = t ? ` If you need help, ask ${whomToAsk(t)}.` : '';
  switch (reason) {
    case 'unknown':
      return 'This link does not work. Check it is the whole link from the message. You can ask for a new one: choose "Forgotten your password?" on the sign-in page.';
    case 'expired':
      return `This link has run out: links to choose a new password last 30 minutes. Ask for a new one: choose "Forgotten your password?" on the sign-in page.${help}`;
    case 'used':
      return `This link has already been used. If you chose a new password with it, sign in with that password. If not, ask for a new link: choose "Forgotten your password?" on the sign-in page.${help}`;
    case 'cancelled':
      return `This link no longer works: a newer one was sent, or the password was changed since. Use the newest message, or ask for a new link: choose "Forgotten your password?" on the sign-in page.${help}`;
    case 'closed':
      return `This account has been closed, so its password cannot be changed. Ask ${t ? whomToAsk(t) : 'your administrator'} if you think that is a mistake.`;
  }
}

const STATUS: Record<TokenRefusal, number> = { unknown: 404, expired: 410, used: 410, cancelled: 410, closed: 410 };

export function refusalOf(t: TokenWithAccount | undefined, family: Family, now = Date.now()): TokenRefusal | null {
  if (!t || !PURPOSES[family].includes(t.purpose)) return 'unknown';
  if (t.used_at) return 'used';
  if (t.cancelled_at) return 'cancelled';
  if (t.expires_at.getTime() <= now) return 'expired';
  if (t.disabled_at) return 'closed';
  return null;
}

function refusalError(refusal: TokenRefusal, family: Family, row: TokenWithAccount | undefined): HttpError {
  const message = family === 'welcome' ? welcomeMessage(refusal, row) : resetMessage(refusal, row);
  return new HttpError(STATUS[refusal], `token_${refusal}`, message);
}

export type OpenToken = TokenWithAccount & { tokenHash: string };

/** Finds the token named in a path (as typed or from a link) and refuses, audited, one that does not work. */
export async function openToken(
  deps: { db: Db; audit: AuditLog },
  given: string,
  family: Family,
  request: { requestId: string; ip: string },
): Promise<OpenToken> {
  const token = normaliseToken(given);
  const tokenHash = token ? hashSecret(token) : '';
  const row = token ? await findTokenByHash(deps.db, tokenHash) : undefined;
  const reason = refusalOf(row, family);
  if (!reason && row) return { ...row, tokenHash };
  const refusal = reason ?? 'unknown';
  const known = row && refusal !== 'unknown';
  await deps.audit.recordAlone(deps.db, {
    action: 'account.token_refused',
    outcome: 'failed',
    actor: { kind: 'anonymous' },
    subjectType: known ? 'account' : null,
    subjectId: known ? row.account_id : null,
    requestId: request.requestId,
    ip: request.ip,
    details: { ...(known ? { purpose: row.purpose } : {}), reason: refusal },
  });
  throw refusalError(refusal, family, row);
}

/**
 * Reads the token again inside a step's transaction and locks its row until the step commits, so two steps with one
 * token cannot race; refuses (with the same plain message) one used or cancelled since it was opened.
 */
export async function lockToken(tx: Tx, opened: OpenToken, family: Family): Promise<OpenToken> {
  const row = await findTokenByHash(tx, opened.tokenHash, true);
  const refusal = refusalOf(row, family);
  if (refusal || !row) throw refusalError(refusal ?? 'unknown', family, row);
  return { ...row, tokenHash: opened.tokenHash };
}
