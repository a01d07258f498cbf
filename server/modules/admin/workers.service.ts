// Workers' accounts in the administrator console: add a worker (staff + an account with no password + an invitation),
// change their details, role or team, re-send the invitation, deactivate and reactivate, reset the second factor.
// Each change is one transaction with its audit event; a worker out of the caller's reach is an audited 404.
import type { z } from 'zod';
import type { CreateWorkerRequest, InvitationLink, UpdateWorkerRequest } from '../../../shared/contracts/admin.ts';
import { ACCOUNT_TOKEN_PURPOSES } from '../../../shared/domain/accounts.ts';
import type { MailKind } from '../../../shared/domain/mail.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { StaffRole } from '../../db/schema.ts';
import { badRequest, HttpError, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { queueMail } from '../../mail/index.ts';
import { cancelOpenTokens, issueAccountToken } from '../accounts/index.ts';
import { authRepo } from '../auth/index.ts';
import { ADMIN_ROLES, assignableRoles, isSelf, managesOrganisation, mayChangeWorker } from './admin.policy.ts';
import * as repo from './admin.repo.ts';
import { type AdminDeps, PLATFORM_ONLY, refuseForbidden, refuseNotFound, toWorker } from './admin-access.ts';

const duplicate = (error: unknown) => (error as { code?: string }).code === '23505';
const staffIdOf = (ctx: RequestContext) => (ctx.actor.kind === 'professional' ? ctx.actor.staffId : null);

/** A refusal by a rule of the console (not a permission): 400 with what to do instead. */
const ruleRefused = (message: string, fields?: Record<string, string>) => new HttpError(400, 'not_allowed', message, fields);

const ROLE_WORDS: Record<StaffRole, string> = {
  practitioner: 'practitioner',
  team_manager: 'team manager',
  information_governance_lead: 'information governance lead',
  administrator: 'administrator',
  platform_administrator: 'platform administrator',
  service_manager: 'service manager',
};

async function checkTeam(deps: AdminDeps, organisationId: string, teamId: string | null) {
  if (!teamId) return;
  const team = await repo.findTeam(deps.db, teamId);
  if (!team || team.organisation_id !== organisationId)
    throw badRequest('Choose one of this organisation’s teams.', { teamId: 'Choose a team' });
}

async function checkRole(deps: AdminDeps, ctx: RequestContext, role: StaffRole, attempted: string) {
  if (!assignableRoles(ctx.actor).includes(role)) await refuseForbidden(deps, ctx, attempted, PLATFORM_ONLY);
}

/** Reads the worker and applies the console's policy: an audited 404 out of reach, an audited 403 for a platform administrator. */
async function workerInReach(deps: AdminDeps, ctx: RequestContext, staffId: string, attempted: string) {
  const worker = await repo.findWorker(deps.db, staffId);
  const decision = worker
    ? mayChangeWorker(ctx.actor, { staffId, organisationId: worker.organisation_id, role: worker.role })
    : 'not_found';
  if (!worker || decision === 'not_found') return refuseNotFound(deps, ctx, attempted, { type: 'staff', id: staffId });
  if (decision === 'platform_only' && attempted !== 'staff.read') await refuseForbidden(deps, ctx, attempted, PLATFORM_ONLY);
  return worker;
}

export async function readWorker(deps: AdminDeps, ctx: RequestContext, staffId: string) {
  return toWorker(ctx, await workerInReach(deps, ctx, staffId, 'staff.read'));
}

async function invite(
  tx: Tx,
  ctx: RequestContext,
  w: { accountId: string; email: string | null },
  mailKind: Extract<MailKind, 'invitation' | 'second_factor_reset'>,
) {
  const token = await issueAccountToken(tx, { accountId: w.accountId, purpose: 'invitation', createdByStaffId: staffIdOf(ctx) });
  if (w.email) await queueMail(tx, { to: w.email, kind: mailKind, path: token.path, accountId: w.accountId });
  return { path: token.path, expiresAt: token.expiresAt.toISOString(), emailed: w.email !== null } satisfies z.output<
    typeof InvitationLink
  >;
}

function audit(
  deps: AdminDeps,
  ctx: RequestContext,
  tx: Tx,
  action:
    | 'staff.created'
    | 'staff.updated'
    | 'staff.invitation_sent'
    | 'staff.deactivated'
    | 'staff.reactivated'
    | 'staff.second_factor_reset',
  staffId: string,
  details?: Record<string, unknown>,
) {
  return deps.audit.record(tx, {
    action,
    outcome: 'allowed',
    actor: ctx.actor,
    subjectType: 'staff',
    subjectId: staffId,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });
}

/**
 * Adds a worker: the staff row, an account with no password, and an invitation (7 days, single use) mailed when an
 * email address is given. The link is answered once, for handing over in person. With an idempotency key a retry
 * gets the worker the first request made, and no new link (the first is still valid; re-send it if it was lost).
 */
export async function createWorker(
  deps: AdminDeps,
  ctx: RequestContext,
  organisationId: string,
  input: z.output<typeof CreateWorkerRequest>,
  idempotencyKey: string | null,
) {
  if (!managesOrganisation(ctx.actor, organisationId) || !(await repo.findOrganisation(deps.db, organisationId)))
    await refuseNotFound(deps, ctx, 'staff.create', { type: 'organisation', id: organisationId });
  await checkRole(deps, ctx, input.role, 'staff.create');
  await checkTeam(deps, organisationId, input.teamId);
  const createdBy = staffIdOf(ctx);
  const key = createdBy && idempotencyKey ? idempotencyKey : null;
  const again = async () => {
    const existing = createdBy && key ? await repo.findStaffIdByIdempotencyKey(deps.db, createdBy, key) : undefined;
    const worker = existing ? await repo.findWorker(deps.db, existing) : undefined;
    return worker ? { worker: toWorker(ctx, worker), invitation: null, alreadyCreated: true } : undefined;
  };
  const earlier = await again();
  if (earlier) return earlier;
  if (await repo.usernameTaken(deps.db, input.username)) throw usernameTaken(input.username);

  const staffId = newId();
  const accountId = newId();
  try {
    const made = await deps.db.transaction().execute(async (tx) => {
      const { username, ...fields } = input;
      const inserted = await repo.insertWorker(tx, {
        ...fields,
        username,
        staffId,
        accountId,
        organisationId,
        createdByStaffId: createdBy,
        idempotencyKey: key,
      });
      if (!inserted) return null;
      const invitation = await invite(tx, ctx, { accountId, email: input.email }, 'invitation');
      const worker = await repo.findWorker(tx, staffId);
      await audit(deps, ctx, tx, 'staff.created', staffId, { role: input.role, emailed: invitation.emailed });
      return worker ? { worker: toWorker(ctx, worker), invitation, alreadyCreated: false } : null;
    });
    // A retry with the same key that lost the race: the first request's worker.
    return made ?? (await again()) ?? Promise.reject(new Error('The new worker could not be read back'));
  } catch (error) {
    if (duplicate(error)) {
      const raced = await again();
      if (raced) return raced;
      throw usernameTaken(input.username);
    }
    throw error;
  }
}

const usernameTaken = (username: string) =>
  badRequest(`The username “${username}” is already used by someone else.`, {
    username: `Choose another username, for example ${username}2 or one with their middle initial`,
  });

/**
 * Changes a worker's details, role or team. The worker's next request reads the new role (the session is read with
 * the staff row on every request), and they are told. An organisation keeps at least one administrator who can sign
 * in, and the installation one platform administrator: the organisation's row is locked while that is checked.
 */
export async function updateWorker(deps: AdminDeps, ctx: RequestContext, staffId: string, input: z.output<typeof UpdateWorkerRequest>) {
  const before = await workerInReach(deps, ctx, staffId, 'staff.update');
  await checkRole(deps, ctx, input.role, 'staff.update');
  await checkTeam(deps, before.organisation_id, input.teamId);
  return deps.db.transaction().execute(async (tx) => {
    await repo.lockOrganisation(tx, before.organisation_id);
    const now = (await repo.findWorker(tx, staffId)) ?? before;
    await keepsAnAdministrator(tx, now, input.role, 'role');
    const { version: read, ...fields } = input;
    const version = await repo.updateWorker(tx, staffId, read, fields);
    if (version === undefined) {
      throw await staleSave(async () => {
        const again = await repo.findWorker(tx, staffId);
        return again && toWorker(ctx, again);
      }, 'Someone else changed this worker while you were editing. Their changes are shown; yours are still in the form.');
    }
    const changed = (['fullName', 'jobTitle', 'discipline', 'role', 'teamId', 'email', 'phone'] as const).filter((f) => {
      const old = {
        fullName: now.full_name,
        jobTitle: now.job_title,
        discipline: now.discipline,
        role: now.role,
        teamId: now.team_id,
        email: now.email,
        phone: now.phone,
      }[f];
      return old !== fields[f];
    });
    const message = changeMessage(now.role, input.role, now.team_id !== input.teamId);
    if (message) await repo.notifyStaff(tx, { id: newId(), staffId, kind: 'account_changed', message });
    const after = await repo.findWorker(tx, staffId);
    await audit(deps, ctx, tx, 'staff.updated', staffId, {
      changed,
      ...(now.role !== input.role ? { roleFrom: now.role, roleTo: input.role } : {}),
    });
    if (!after) throw new Error('The worker could not be read back');
    return toWorker(ctx, after);
  });
}

function changeMessage(from: StaffRole, to: StaffRole, teamChanged: boolean): string | null {
  if (from !== to)
    return `Your role in Umbrella is now ${ROLE_WORDS[to]} (it was ${ROLE_WORDS[from]}). Ask your administrator if this is not right.`;
  if (teamChanged) return 'Your team in Umbrella has changed. Ask your administrator if this is not right.';
  return null;
}

/**
 * Refuses a change that would leave the worker's organisation without an administrator who can sign in, or the
 * installation without a platform administrator. `role` is the role they would have; deactivation passes null.
 */
async function keepsAnAdministrator(tx: Tx, w: repo.WorkerRow, role: StaffRole | null, field: 'role' | null) {
  if (w.disabled_at !== null || w.account_id === null) return;
  const fields = field ? { [field]: 'Make someone else an administrator first' } : undefined;
  if (ADMIN_ROLES.includes(w.role) && (role === null || !ADMIN_ROLES.includes(role))) {
    if ((await repo.countOtherAdministrators(tx, w.organisation_id, w.id)) === 0)
      throw ruleRefused(
        `${w.full_name} is the last administrator of ${w.organisation_name}. Make someone else an administrator first, so someone can still manage its staff.`,
        fields,
      );
  }
  if (w.role === 'platform_administrator' && role !== 'platform_administrator') {
    await repo.lockPlatformAdministrators(tx);
    if ((await repo.countOtherPlatformAdministrators(tx, w.id)) === 0)
      throw ruleRefused(
        `${w.full_name} is the last platform administrator. Make someone else a platform administrator first, so someone can still add organisations.`,
        fields,
      );
  }
}

/** A new invitation link (the old one stops working), mailed when they have an email address, and answered once. */
export async function resendInvitation(deps: AdminDeps, ctx: RequestContext, staffId: string) {
  const w = await workerInReach(deps, ctx, staffId, 'staff.invite');
  if (!w.account_id) throw ruleRefused(`${w.full_name} has no account.`);
  if (w.disabled_at) throw ruleRefused(`${w.full_name}’s account is deactivated. Reactivate it first.`);
  if (w.status === 'active' && w.has_second_factor)
    throw ruleRefused(
      `${w.full_name} has already set up their account. If they cannot sign in, they can use “Forgotten your password?”, or you can reset their second factor.`,
    );
  const accountId = w.account_id;
  return deps.db.transaction().execute(async (tx) => {
    const invitation = await invite(tx, ctx, { accountId, email: w.email }, 'invitation');
    const after = await repo.findWorker(tx, staffId);
    await audit(deps, ctx, tx, 'staff.invitation_sent', staffId, { emailed: invitation.emailed });
    return { worker: toWorker(ctx, after ?? w), invitation };
  });
}

/** Deactivation: the account cannot sign in, every session of it ends at once, and its open links stop working. */
export async function deactivateWorker(deps: AdminDeps, ctx: RequestContext, staffId: string) {
  const w = await workerInReach(deps, ctx, staffId, 'staff.deactivate');
  if (isSelf(ctx.actor, { staffId, organisationId: w.organisation_id, role: w.role }))
    throw ruleRefused('You cannot deactivate your own account. Ask another administrator to do it.');
  if (!w.account_id) throw ruleRefused(`${w.full_name} has no account.`);
  const accountId = w.account_id;
  return deps.db.transaction().execute(async (tx) => {
    await repo.lockOrganisation(tx, w.organisation_id);
    const now = (await repo.findWorker(tx, staffId)) ?? w;
    if (now.disabled_at === null) {
      await keepsAnAdministrator(tx, now, null, null);
      await repo.setAccountDisabled(tx, accountId, true);
      const sessionsEnded = await authRepo.endAccountSessions(tx, accountId, null, 'deactivated');
      // An invitation must not outlive the deactivation: every open link of the account stops working.
      await cancelOpenTokens(tx, accountId, [...ACCOUNT_TOKEN_PURPOSES], 'deactivated');
      await audit(deps, ctx, tx, 'staff.deactivated', staffId, { sessionsEnded });
    }
    const after = await repo.findWorker(tx, staffId);
    return toWorker(ctx, after ?? now);
  });
}

export async function reactivateWorker(deps: AdminDeps, ctx: RequestContext, staffId: string) {
  const w = await workerInReach(deps, ctx, staffId, 'staff.reactivate');
  if (!w.account_id) throw ruleRefused(`${w.full_name} has no account.`);
  const accountId = w.account_id;
  return deps.db.transaction().execute(async (tx) => {
    if (w.disabled_at !== null) {
      await repo.setAccountDisabled(tx, accountId, false);
      await audit(deps, ctx, tx, 'staff.reactivated', staffId);
    }
    const after = await repo.findWorker(tx, staffId);
    return toWorker(ctx, after ?? w);
  });
}

/**
 * Resets a worker's second factor, only with a written reason (kept in the audit log): the authenticator and every
 * recovery code are forgotten, every session ends, and a new invitation lets them enrol again. They are told twice:
 * by mail (when they have an address) and by a notification they see when they next sign in.
 */
export async function resetSecondFactor(deps: AdminDeps, ctx: RequestContext, staffId: string, reason: string) {
  const w = await workerInReach(deps, ctx, staffId, 'staff.reset_second_factor');
  if (isSelf(ctx.actor, { staffId, organisationId: w.organisation_id, role: w.role }))
    throw ruleRefused('You cannot reset your own second factor. Ask another administrator to do it.');
  if (!w.account_id) throw ruleRefused(`${w.full_name} has no account.`);
  if (w.disabled_at) throw ruleRefused(`${w.full_name}’s account is deactivated. Reactivate it first.`);
  const accountId = w.account_id;
  return deps.db.transaction().execute(async (tx) => {
    await repo.clearSecondFactor(tx, accountId);
    const sessionsEnded = await authRepo.endAccountSessions(tx, accountId, null, 'second_factor_reset');
    const invitation = await invite(tx, ctx, { accountId, email: w.email }, 'second_factor_reset');
    await repo.notifyStaff(tx, {
      id: newId(),
      staffId,
      kind: 'second_factor_reset',
      message:
        'Your administrator reset your authenticator app for Umbrella, so you set it up again with the link they gave you. If you did not ask for this, tell your administrator.',
    });
    const after = await repo.findWorker(tx, staffId);
    await audit(deps, ctx, tx, 'staff.second_factor_reset', staffId, { reason, sessionsEnded });
    return { worker: toWorker(ctx, after ?? w), invitation };
  });
}
