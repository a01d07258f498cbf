// "Your account": what the page shows (username, authenticator, recovery codes, email and the mail choice) and saving
// the choice about "something new" mail, with the version read (409 when stale) and its audit event.
import type { AccountSettings, MailChoiceRequest } from '../../../shared/contracts/accounts.ts';
import type { Db, Tx } from '../../db/database.ts';
import { staleSave } from '../../http/errors.ts';
import { authRepo, countRecoveryCodes } from '../auth/index.ts';
import { findMailChoice, saveMailChoice } from './accounts.repo.ts';
import type { AccountsDeps, RequestInfo } from './welcome.service.ts';

/** The page's settings; read with the transaction's handle inside one (a 409's current state). */
export async function accountSettings(db: Db | Tx, accountId: string): Promise<AccountSettings> {
  const account = await authRepo.findAccountForSettings(db, accountId);
  const choice = await findMailChoice(db, accountId);
  return {
    username: account?.username ?? '',
    hasSecondFactor: Boolean(account?.totp_secret),
    recoveryCodesLeft: account?.totp_secret ? await countRecoveryCodes(db, accountId) : 0,
    email: choice?.email ?? null,
    mailSomethingNew: choice?.mail_something_new ?? true,
    version: choice?.settings_version ?? 1,
  };
}

/**
 * Saves whether the person wants a "something new" mail. A version that is not the account's any more (changed on
 * another phone or computer) is refused with 409 and the choice as it is now, so nothing is saved over it unseen.
 */
export async function changeMailChoice(
  deps: AccountsDeps,
  accountId: string,
  input: MailChoiceRequest,
  r: RequestInfo,
): Promise<AccountSettings> {
  return deps.db.transaction().execute(async (tx) => {
    const version = await saveMailChoice(tx, accountId, input.version, input.mailSomethingNew);
    if (version === undefined) {
      throw await staleSave(
        () => accountSettings(tx, accountId),
        (now) =>
          `This choice was changed on another phone or computer while this page was open: emails about something new are now ${now.mailSomethingNew ? 'on' : 'off'}. Choose again if you want to change it.`,
      );
    }
    await deps.audit.record(tx, {
      action: 'account.mail_choice_changed',
      outcome: 'allowed',
      actor: r.actor,
      subjectType: 'account',
      subjectId: accountId,
      requestId: r.requestId,
      ip: r.ip,
      details: { mailSomethingNew: input.mailSomethingNew },
    });
    return accountSettings(tx, accountId);
  });
}
