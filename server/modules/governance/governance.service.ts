// The information governance lead's console: the review queue, audit search (JSON and formula-safe
// CSV), the audit chain's verification status and the latest checkpoint kept outside the database.
import type { z } from 'zod';
import type { AuditSearch, ReviewQueue } from '../../../shared/contracts/consents.ts';
import { toCsv } from '../../../shared/domain/csv.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { invitationsToReview } from '../family-accounts/index.ts';
import { worriesToReview } from '../help/index.ts';
import * as repo from './governance.repo.ts';

function governanceLead(ctx: RequestContext) {
  const a = ctx.actor;
  if (a.kind !== 'professional' || a.role !== 'information_governance_lead') throw forbidden('This is for information governance leads.');
  return a;
}

export async function getReviewQueue(deps: FamilyDeps, ctx: RequestContext): Promise<ReviewQueue> {
  const actor = governanceLead(ctx);
  return deps.db.transaction().execute(async (tx) => {
    const [q, invitations, worries] = await Promise.all([repo.reviewQueue(tx), invitationsToReview(tx), worriesToReview(tx)]);
    await deps.audit.record(tx, { action: 'governance.queue_viewed', outcome: 'allowed', actor, requestId: ctx.requestId, ip: ctx.ip });
    return {
      overrides: q.overrides.map((o) => ({
        id: o.id,
        familyId: o.family_id,
        familyName: o.display_name,
        recipient: o.recipient,
        categories: o.categories,
        lawfulBasis: o.lawful_basis,
        justification: o.justification,
        createdBy: o.created_by,
        startsAt: o.starts_at.toISOString(),
        endsAt: o.ends_at.toISOString(),
        parentTold: o.parent_told,
        notTellingReason: o.not_telling_reason,
        reviewDueAt: o.review_due_at?.toISOString() ?? null,
        reviewed: o.reviewed_at !== null,
      })),
      emergencyAccesses: q.accesses.map((e) => ({
        id: e.id,
        familyId: e.family_id,
        familyName: e.display_name,
        who: e.full_name,
        organisation: e.organisation,
        reason: e.reason,
        startedAt: e.started_at.toISOString(),
        endsAt: e.ends_at.toISOString(),
        endedAt: e.ended_at?.toISOString() ?? null,
        reviewed: e.reviewed_at !== null,
      })),
      withholdingsPastReview: q.withholdings.map((w) => ({
        familyId: w.family_id,
        familyName: w.display_name,
        entryId: w.id,
        author: w.full_name,
        reviewOn: w.withholding_review_on ?? '',
      })),
      youngPeopleInvitedWithoutParent: invitations.map((i) => ({
        id: i.id,
        familyId: i.family_id,
        familyName: i.display_name,
        youngPerson: i.full_name,
        invitedBy: i.invited_by,
        reason: i.not_telling_reason ?? '',
        invitedAt: new Date(i.created_at).toISOString(),
      })),
      worriesNotToldToParent: worries.map((w) => ({
        id: w.id,
        familyId: w.family_id,
        familyName: w.display_name,
        raisedBy: w.raised_by,
        decidedBy: w.decided_by,
        reason: w.safeguarding_reason ?? '',
        decidedAt: new Date(w.acknowledged_at ?? w.created_at).toISOString(),
      })),
    };
  });
}

async function search(deps: FamilyDeps, ctx: RequestContext, filters: z.output<typeof AuditSearch>, format: 'json' | 'csv') {
  const actor = governanceLead(ctx);
  return deps.db.transaction().execute(async (tx) => {
    const rows = await repo.searchAudit(tx, filters);
    await deps.audit.record(tx, {
      action: 'governance.audit_searched',
      outcome: 'allowed',
      actor,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { ...filters, format, found: rows.length },
    });
    return rows.map((r) => ({
      at: r.occurred_at.toISOString(),
      action: r.action,
      outcome: r.outcome,
      actorKind: r.actor_kind,
      actorName: r.full_name ?? r.username ?? null,
      familyId: r.family_id,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      ip: r.ip,
      details: JSON.stringify(r.details ?? {}),
    }));
  });
}

export async function searchAuditJson(deps: FamilyDeps, ctx: RequestContext, filters: z.output<typeof AuditSearch>) {
  return { rows: await search(deps, ctx, filters, 'json') };
}

export async function searchAuditCsv(deps: FamilyDeps, ctx: RequestContext, filters: z.output<typeof AuditSearch>) {
  const rows = await search(deps, ctx, filters, 'csv');
  return toCsv(
    ['when', 'action', 'outcome', 'actor kind', 'actor', 'family', 'subject type', 'subject', 'address', 'details'],
    rows.map((r) => [r.at, r.action, r.outcome, r.actorKind, r.actorName, r.familyId, r.subjectType, r.subjectId, r.ip, r.details]),
  );
}

export async function chainStatus(deps: FamilyDeps, ctx: RequestContext) {
  const actor = governanceLead(ctx);
  const result = await deps.audit.verify(deps.db);
  await deps.audit.recordAlone(deps.db, {
    action: 'governance.chain_verified',
    outcome: 'allowed',
    actor,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { ok: result.ok, events: result.events },
  });
  return { ...result, checkedAt: new Date().toISOString() };
}

/** The latest checkpoint of the audit chains, for the information governance lead to keep a copy of. */
export async function checkpointStatus(deps: FamilyDeps, ctx: RequestContext) {
  const actor = governanceLead(ctx);
  const status = await deps.audit.latestCheckpoint();
  await deps.audit.recordAlone(deps.db, {
    action: 'governance.checkpoint_viewed',
    outcome: 'allowed',
    actor,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  return status;
}
