// The first administrator of a new installation (npm run create-admin): the organisation if it is new, a platform
// administrator's staff row and account with no password, and a one-time invitation whose link is returned to print.
// No default password is ever shipped: the person chooses theirs from the link.
import type { SystemActor } from '../../access/actor.ts';
import { newId } from '../../db/ids.ts';
import type { OrganisationKind } from '../../db/schema.ts';
import { queueMail } from '../../mail/index.ts';
import { issueAccountToken } from '../accounts/index.ts';
import * as repo from './admin.repo.ts';
import type { AdminDeps } from './admin-access.ts';

export type FirstAdministratorInput = {
  organisation: string;
  kind: OrganisationKind;
  fullName: string;
  email: string;
  username: string;
};

export class FirstAdministratorRefused extends Error {}

export async function createFirstAdministrator(deps: AdminDeps, input: FirstAdministratorInput) {
  // Not a scope: this reaches no family, so it needs none; the audit log records the command as the actor.
  const actor: SystemActor = { kind: 'system', reason: 'npm run create-admin' };
  return deps.db.transaction().execute(async (tx) => {
    await repo.lockPlatformAdministrators(tx);
    if (await repo.usernameTaken(tx, input.username))
      throw new FirstAdministratorRefused(`The username “${input.username}” is already used. Choose another with --username.`);
    let organisation = await repo.findOrganisationByName(tx, input.organisation);
    if (organisation && organisation.kind !== input.kind)
      throw new FirstAdministratorRefused(
        `“${organisation.name}” already exists as a ${organisation.kind} organisation, not ${input.kind}. Give its kind, or another name.`,
      );
    const organisationCreated = !organisation;
    if (!organisation) {
      organisation = { id: newId(), name: input.organisation, kind: input.kind };
      await repo.insertOrganisation(tx, { ...organisation, phone: null, email: null });
      await deps.audit.record(tx, {
        action: 'organisation.created',
        outcome: 'allowed',
        actor,
        subjectType: 'organisation',
        subjectId: organisation.id,
        details: { kind: input.kind },
      });
    }
    const staffId = newId();
    const accountId = newId();
    await repo.insertWorker(tx, {
      staffId,
      accountId,
      organisationId: organisation.id,
      username: input.username,
      fullName: input.fullName,
      jobTitle: 'Platform administrator',
      discipline: 'Administration',
      role: 'platform_administrator',
      teamId: null,
      email: input.email,
      phone: null,
      createdByStaffId: null,
      idempotencyKey: null,
    });
    const token = await issueAccountToken(tx, { accountId, purpose: 'invitation', createdByStaffId: null });
    await queueMail(tx, { to: input.email, kind: 'invitation', path: token.path, accountId });
    await deps.audit.record(tx, {
      action: 'staff.created',
      outcome: 'allowed',
      actor,
      subjectType: 'staff',
      subjectId: staffId,
      details: { role: 'platform_administrator', emailed: true },
    });
    return { organisationId: organisation.id, organisationName: organisation.name, organisationCreated, staffId, ...token };
  });
}
