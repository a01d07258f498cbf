// Organisations and their teams in the administrator console: platform administrators add organisations; an
// administrator sees and changes only their own organisation, a platform administrator every one.
import type { z } from 'zod';
import type { CreateOrganisationRequest, OrganisationDetail, Outbox } from '../../../shared/contracts/admin.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, staleSave } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { assignableRoles, managedOrganisation, managesOrganisation, mayAddOrganisations } from './admin.policy.ts';
import * as repo from './admin.repo.ts';
import { type AdminDeps, refuseForbidden, refuseNotFound } from './admin-access.ts';

const duplicate = (error: unknown) => (error as { code?: string }).code === '23505';

const toOrganisation = (o: Awaited<ReturnType<typeof repo.listOrganisations>>[number]) => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  phone: o.phone,
  email: o.email,
  staffCount: Number(o.staffCount ?? 0),
});

export async function listOrganisations(deps: AdminDeps, ctx: RequestContext) {
  const reach = managedOrganisation(ctx.actor);
  if (!reach) return { organisations: [], mayAddOrganisations: false };
  const rows = await repo.listOrganisations(deps.db, reach.all ? null : reach.organisationId);
  return { organisations: rows.map(toOrganisation), mayAddOrganisations: mayAddOrganisations(ctx.actor) };
}

export async function createOrganisation(deps: AdminDeps, ctx: RequestContext, input: z.output<typeof CreateOrganisationRequest>) {
  if (!mayAddOrganisations(ctx.actor))
    await refuseForbidden(deps, ctx, 'organisation.create', 'Only a platform administrator can add organisations.');
  const id = newId();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertOrganisation(tx, { id, ...input });
      await deps.audit.record(tx, {
        action: 'organisation.created',
        outcome: 'allowed',
        actor: ctx.actor,
        subjectType: 'organisation',
        subjectId: id,
        requestId: ctx.requestId,
        ip: ctx.ip,
        details: { kind: input.kind },
      });
    });
  } catch (error) {
    if (duplicate(error))
      throw badRequest(`There is already an organisation called “${input.name}”.`, { name: 'Choose a name no other organisation has' });
    throw error;
  }
  return { id };
}

export async function organisationDetail(
  deps: AdminDeps,
  ctx: RequestContext,
  organisationId: string,
): Promise<z.output<typeof OrganisationDetail>> {
  if (!managesOrganisation(ctx.actor, organisationId))
    return refuseNotFound(deps, ctx, 'organisation.read', { type: 'organisation', id: organisationId });
  const organisation = await repo.findOrganisation(deps.db, organisationId);
  if (!organisation) return refuseNotFound(deps, ctx, 'organisation.read', { type: 'organisation', id: organisationId });
  const [teams, workers] = await Promise.all([repo.listTeams(deps.db, organisationId), repo.listWorkers(deps.db, organisationId)]);
  return {
    organisation: toOrganisation(organisation),
    teams: teams.map((t) => ({ id: t.id, name: t.name, version: t.version, staffCount: Number(t.staffCount ?? 0) })),
    workers: workers.map((w) => ({
      id: w.id,
      fullName: w.full_name,
      jobTitle: w.job_title,
      role: w.role,
      teamName: w.team_name,
      status: w.status,
    })),
    assignableRoles: assignableRoles(ctx.actor),
  };
}

const teamNameTaken = (name: string) =>
  badRequest(`This organisation already has a team called “${name}”.`, { name: 'Choose a name no other team here has' });

export async function createTeam(deps: AdminDeps, ctx: RequestContext, organisationId: string, name: string) {
  if (!managesOrganisation(ctx.actor, organisationId) || !(await repo.findOrganisation(deps.db, organisationId)))
    await refuseNotFound(deps, ctx, 'team.create', { type: 'organisation', id: organisationId });
  const id = newId();
  try {
    await deps.db.transaction().execute(async (tx) => {
      await repo.insertTeam(tx, { id, organisationId, name });
      await recordTeam(deps, ctx, tx, 'team.created', id);
    });
  } catch (error) {
    if (duplicate(error)) throw teamNameTaken(name);
    throw error;
  }
  return { id, version: 1 };
}

export async function renameTeam(deps: AdminDeps, ctx: RequestContext, teamId: string, input: { name: string; version: number }) {
  const team = await repo.findTeam(deps.db, teamId);
  if (!team || !managesOrganisation(ctx.actor, team.organisation_id))
    return refuseNotFound(deps, ctx, 'team.rename', { type: 'team', id: teamId });
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const version = await repo.renameTeam(tx, teamId, input.version, input.name);
      if (version === undefined) {
        throw await staleSave(async () => {
          const now = await repo.findTeam(tx, teamId);
          return now && { id: now.id, name: now.name, version: now.version };
        }, 'Someone else changed this team’s name while you were editing. Their name is shown; yours is still in the form.');
      }
      await recordTeam(deps, ctx, tx, 'team.renamed', teamId);
      return { id: teamId, version };
    });
  } catch (error) {
    if (duplicate(error)) throw teamNameTaken(input.name);
    throw error;
  }
}

function recordTeam(deps: AdminDeps, ctx: RequestContext, tx: Tx, action: 'team.created' | 'team.renamed', teamId: string) {
  return deps.audit.record(tx, {
    action,
    outcome: 'allowed',
    actor: ctx.actor,
    subjectType: 'team',
    subjectId: teamId,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

const PAGE = 50;

/**
 * The outbox as the console shows it: mail to the staff of the organisations the caller manages. The link is shown
 * while the message has not gone (no SMTP: this is how a newcomer hands over an invitation), never a password
 * reset's, which only the person who asked should hold (the server's log prints it when there is no SMTP).
 */
export async function readOutbox(deps: AdminDeps, ctx: RequestContext, before: string | null): Promise<z.output<typeof Outbox>> {
  const reach = managedOrganisation(ctx.actor);
  if (!reach) return refuseNotFound(deps, ctx, 'outbox.read', { type: 'mail_outbox', id: 'all' });
  const rows = await repo.listStaffMail(deps.db, reach.all ? null : reach.organisationId, PAGE + 1, before);
  const page = rows.slice(0, PAGE);
  await deps.audit.recordRead(deps.db, {
    action: 'mail_outbox.viewed',
    outcome: 'allowed',
    actor: ctx.actor,
    subjectType: 'mail_outbox',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { count: page.length },
  });
  return {
    messages: page.map((m) => ({
      id: m.id,
      to: m.to_address,
      kind: m.kind,
      status: m.status,
      createdAt: m.created_at.toISOString(),
      sentAt: m.sent_at ? m.sent_at.toISOString() : null,
      recipient: { staffId: m.staff_id, fullName: m.full_name, organisationName: m.organisation_name },
      path: m.kind !== 'password_reset' && (m.status === 'queued' || m.status === 'held') ? m.path : null,
    })),
    nextCursor: rows.length > PAGE ? (page[page.length - 1]?.id ?? null) : null,
  };
}
