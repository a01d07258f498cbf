// "Your account" for a family member who skipped the authenticator app at welcome: add one later, with the same set-up
// as at welcome (authenticator-enrolment.ts), or remove it with their password. Workers always keep theirs: an
// administrator resets it when a phone is lost. Each step is audited, and the person is told of an addition or removal.
import type { AuthenticatorSetup, RecoveryCodes } from '../../../shared/contracts/accounts.ts';
import { FAMILY_ACCOUNT_KINDS } from '../../../shared/domain/accounts.ts';
import { isOneOf } from '../../../shared/domain/vocabularies.ts';
import { type Phrase, phrase } from '../../../shared/i18n/messages.ts';
import { notifyAccounts } from '../../../shared/i18n/notify-accounts.messages.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, HttpError } from '../../http/errors.ts';
import { authRepo, cancelRecoveryCodes } from '../auth/index.ts';
import * as repo from './accounts.repo.ts';
import {
  confirmPendingSecret,
  keepPendingSecret,
  newAuthenticatorSecret,
  WRONG_CODE_FIELD,
  WRONG_CODE_MESSAGE,
} from './authenticator-enrolment.ts';
import { checkCurrentPassword } from './passwords.service.ts';
import type { AccountsDeps, RequestInfo } from './welcome.service.ts';

/** Workers sign in with an app always; only a family member chooses. */
function familyOnly(r: RequestInfo) {
  if (!isOneOf(FAMILY_ACCOUNT_KINDS, r.actor.kind)) {
    throw new HttpError(
      400,
      'not_allowed',
      'Everyone who works with families signs in with an authenticator app. If you have lost your phone, ask your administrator to reset it.',
    );
  }
}

const alreadySetUp = () =>
  conflict('You already have an authenticator app. To move it to a new phone, remove it here first, then add it again.');

const event = (accountId: string, r: RequestInfo) =>
  ({ outcome: 'allowed', actor: r.actor, subjectType: 'account', subjectId: accountId, requestId: r.requestId, ip: r.ip }) as const;

async function tell(tx: Tx, accountId: string, message: Phrase) {
  await authRepo.notifyAccountHolder(tx, { id: newId(), accountId, kind: 'account_changed', message });
}

/** Step 1, after the password again: a new secret, shown once as a QR code and as text. */
export async function startOwnAuthenticator(
  deps: AccountsDeps,
  accountId: string,
  password: string,
  r: RequestInfo,
): Promise<AuthenticatorSetup> {
  familyOnly(r);
  const account = await checkCurrentPassword(deps, accountId, password, r, 'password');
  if (account.totp_secret) throw alreadySetUp();
  const { secret, setup } = await newAuthenticatorSecret(account.username);
  await deps.db.transaction().execute(async (tx) => {
    const locked = await repo.lockSecondFactor(tx, accountId);
    if (locked?.totp_secret) throw alreadySetUp();
    await keepPendingSecret(tx, accountId, secret);
    await deps.audit.record(tx, { ...event(accountId, r), action: 'account.authenticator_shown' });
  });
  return setup;
}

/** Step 2: the app's first code confirms it; ten recovery codes, shown once; from now on signing in asks for a code. */
export async function confirmOwnAuthenticator(deps: AccountsDeps, accountId: string, code: string, r: RequestInfo): Promise<RecoveryCodes> {
  familyOnly(r);
  const recoveryCodes = await deps.db.transaction().execute(async (tx) => {
    const locked = await repo.lockSecondFactor(tx, accountId);
    if (locked?.totp_secret) throw alreadySetUp();
    const codes = await confirmPendingSecret(tx, accountId, code);
    if (!codes) return null;
    await tell(tx, accountId, phrase(notifyAccounts.authenticatorAdded));
    await deps.audit.record(tx, { ...event(accountId, r), action: 'account.authenticator_enrolled' });
    return codes;
  });
  if (!recoveryCodes) {
    await deps.audit.recordAlone(deps.db, { ...event(accountId, r), outcome: 'failed', action: 'account.authenticator_failed' });
    throw new HttpError(400, 'wrong_code', WRONG_CODE_MESSAGE, { code: WRONG_CODE_FIELD });
  }
  return { recoveryCodes };
}

/** Removes the app (and its recovery codes) with the person's password; signing in then asks for the password only. */
export async function removeOwnAuthenticator(deps: AccountsDeps, accountId: string, password: string, r: RequestInfo): Promise<void> {
  familyOnly(r);
  const account = await checkCurrentPassword(deps, accountId, password, r, 'removePassword');
  if (!account.totp_secret) throw badRequest('You do not have an authenticator app set up, so there is nothing to remove.');
  await deps.db.transaction().execute(async (tx) => {
    await repo.lockSecondFactor(tx, accountId);
    await repo.removeSecondFactor(tx, accountId);
    await cancelRecoveryCodes(tx, accountId);
    await tell(tx, accountId, phrase(notifyAccounts.authenticatorRemoved));
    await deps.audit.record(tx, { ...event(accountId, r), action: 'account.authenticator_removed' });
  });
}
