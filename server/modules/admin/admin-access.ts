// The console's refusals and its shape of a worker: an organisation out of reach is an audited 404 (never saying it
// exists), a change the caller may not make an audited 403, and each worker carries what the caller may do to them.
import type { z } from 'zod';
import type { Worker } from '../../../shared/contracts/admin.ts';
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Db } from '../../db/database.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { isSelf, mayChangeWorker } from './admin.policy.ts';
import type { WorkerRow } from './admin.repo.ts';

export type AdminDeps = { db: Db; audit: AuditLog };

/** Audits the refusal (in its own transaction: never call it inside one), then throws the 404 a missing record gets. */
export async function refuseNotFound(
  deps: AdminDeps,
  ctx: RequestContext,
  attempted: string,
  subject: { type: string; id: string },
): Promise<never> {
  await deps.audit.recordAlone(deps.db, {
    action: 'access.denied',
    outcome: 'denied',
    actor: ctx.actor,
    subjectType: subject.type,
    subjectId: subject.id,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted, reason: 'not_found' },
  });
  throw notFound();
}

/** Audits the refusal, then throws a 403 with words saying who can do it. */
export async function refuseForbidden(deps: AdminDeps, ctx: RequestContext, attempted: string, message: string): Promise<never> {
  await deps.audit.recordAlone(deps.db, {
    action: 'access.denied',
    outcome: 'denied',
    actor: ctx.actor,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { attempted, reason: 'admin_policy' },
  });
  throw forbidden(message);
}

export const PLATFORM_ONLY = 'Only a platform administrator can change a platform administrator or make someone one.';

export function toWorker(ctx: RequestContext, w: WorkerRow): z.output<typeof Worker> {
  const facts = { staffId: w.id, organisationId: w.organisation_id, role: w.role };
  const may = mayChangeWorker(ctx.actor, facts) === 'yes';
  const self = isSelf(ctx.actor, facts);
  const disabled = w.disabled_at !== null;
  const hasAccount = w.account_id !== null;
  return {
    id: w.id,
    fullName: w.full_name,
    jobTitle: w.job_title,
    discipline: w.discipline,
    role: w.role,
    team: w.team_id && w.team_name ? { id: w.team_id, name: w.team_name } : null,
    email: w.email,
    phone: w.phone,
    username: w.username,
    organisation: { id: w.organisation_id, name: w.organisation_name },
    status: w.status,
    secondFactor: w.has_second_factor === true,
    invitationExpiresAt: w.invitation_expires_at ? new Date(w.invitation_expires_at).toISOString() : null,
    careTeams: Number(w.care_teams ?? 0),
    version: w.version,
    allowed: {
      edit: may,
      invite: may && hasAccount && !disabled && (w.status === 'invited' || w.has_second_factor !== true),
      deactivate: may && hasAccount && !disabled && !self,
      reactivate: may && hasAccount && disabled,
      resetSecondFactor: may && hasAccount && !disabled && !self,
    },
  };
}
