// Emergency access ("break the glass"): a professional not on the care team opens one family's
// record, read-only, for at most four hours, after re-entering their second factor and giving a reason.
// Every step is audited, the information governance lead is alerted at once, and the parent is told.

import type { z } from 'zod';
import type { ReviewNoteRequest, StartEmergencyAccessRequest } from '../../../shared/contracts/consents.ts';
import { CONSENT_CATEGORY_KEYS, EMERGENCY_ACCESS_MAX_HOURS } from '../../../shared/domain/sharing.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily } from '../../../shared/i18n/notify-family.messages.ts';
import type { FamilyDeps } from '../../access/family-access.ts';
import { isUuid } from '../../access/family-access.ts';
import { systemScope } from '../../access/scope.ts';
import { findFamily } from '../../access/visible-family.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, HttpError, notFound } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { checkSecondFactor } from '../auth/index.ts';
import { sharingLog } from '../consents/index.ts';
import * as repo from './emergency-access.repo.ts';

const ELIGIBLE = new Set(['practitioner', 'team_manager']);

export async function startEmergencyAccess(deps: FamilyDeps, ctx: RequestContext, input: z.output<typeof StartEmergencyAccessRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  const familyId = input.familyIds[0] ?? '';
  const refuse = async (reason: string, error: HttpError) => {
    await deps.audit.recordAlone(deps.db, {
      action: 'emergency_access.refused',
      outcome: 'denied',
      actor,
      familyId: isUuid(familyId) ? familyId : null,
      subjectType: 'family',
      subjectId: familyId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { reason, families: input.familyIds.length },
    });
    throw error;
  };
  if (!ELIGIBLE.has(actor.role))
    await refuse('ineligible_role', forbidden('Your role cannot use emergency access. Ask a practitioner or team manager.'));
  if (input.familyIds.length !== 1)
    await refuse('more_than_one_family', badRequest('Emergency access opens one family at a time.', { familyIds: 'Choose one family' }));
  if (input.reason.trim().length < 10)
    await refuse('no_reason', badRequest('Give the reason for emergency access.', { reason: 'Explain the emergency' }));
  if (!(await checkSecondFactor(deps.db, actor.accountId, input.code))) {
    await refuse(
      'second_factor_failed',
      new HttpError(401, 'wrong_code', 'That code is not right. Enter the newest code from your authenticator app.', {
        code: 'Enter the current 6-digit code',
      }),
    );
  }
  const started = await deps.db.transaction().execute(async (tx) => {
    // Breaking the glass is reaching a family outside the caller's scope: by a named reason, never by their scope.
    const family = isUuid(familyId) ? await findFamily(tx, systemScope('emergency access start'), familyId) : undefined;
    if (!family) return null;
    if (await repo.isOnCareTeam(tx, actor.staffId, family))
      throw badRequest('You are already on this family’s care team: no emergency access is needed.');
    const existing = await repo.activeEmergencyAccessFor(tx, actor.staffId, family);
    if (existing)
      return { id: existing.id, familyId, startedAt: existing.started_at.toISOString(), endsAt: existing.ends_at.toISOString() };
    const id = newId();
    const startedAt = new Date();
    const endsAt = new Date(startedAt.getTime() + EMERGENCY_ACCESS_MAX_HOURS * 3_600_000);
    await repo.insertEmergencyAccess(tx, family, {
      id,
      staff_id: actor.staffId,
      reason: input.reason,
      started_at: startedAt,
      ends_at: endsAt,
    });
    const who = await sharingLog.staffWithOrganisation(tx, actor.staffId);
    await sharingLog.insertDisclosure(tx, family, {
      id: newId(),
      via: 'emergency_access',
      recipient_organisation_id: who?.organisation_id ?? null,
      recipient_staff_id: actor.staffId,
      recipient_description: `${actor.name}, ${who?.organisation_name ?? ''}`,
      purpose: input.reason,
      // Emergency access opens every category but other agencies' third-party notes.
      categories: CONSENT_CATEGORY_KEYS,
      lawful_basis: 'vital_interests',
      decided_by_account_id: actor.accountId,
      decided_by_description: `${actor.name} (emergency access)`,
      source_id: id,
    });
    const message = `${actor.name} used emergency access to read the family's record until ${endsAt.toISOString().slice(11, 16)} UTC. Reason: ${input.reason}`;
    await sharingLog.notifyAll(tx, family, [
      ...(await sharingLog.governanceLeadStaff(tx)).map((staffId) => ({
        id: newId(),
        kind: 'emergency_access_started' as const,
        recipient_staff_id: staffId,
        message,
      })),
      ...(await sharingLog.parentAccounts(tx, family)).map((accountId) => ({
        id: newId(),
        kind: 'emergency_access_started' as const,
        recipient_account_id: accountId,
        // In the parent's own language when she reads it (issue 16 §3).
        message: phrase(notifyFamily.emergencyAccess, {
          name: actor.name,
          hasOrganisation: who?.organisation_name ? 'yes' : 'no',
          organisation: who?.organisation_name ?? '',
          hours: EMERGENCY_ACCESS_MAX_HOURS,
        }),
      })),
    ]);
    await deps.audit.record(tx, {
      action: 'emergency_access.started',
      outcome: 'allowed',
      actor,
      familyId,
      subjectType: 'emergency_access',
      subjectId: id,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { reason: input.reason, endsAt: endsAt.toISOString() },
    });
    return { id, familyId, startedAt: startedAt.toISOString(), endsAt: endsAt.toISOString() };
  });
  if (!started) await refuse('no_such_family', notFound());
  return started as NonNullable<typeof started>;
}

export async function endEmergencyAccess(deps: FamilyDeps, ctx: RequestContext, id: string) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  const ended = await deps.db.transaction().execute(async (tx) => {
    const familyId = isUuid(id) ? await repo.endEmergencyAccess(tx, id, actor.staffId) : undefined;
    if (!familyId) return false;
    await deps.audit.record(tx, {
      action: 'emergency_access.ended',
      outcome: 'allowed',
      actor,
      familyId,
      subjectType: 'emergency_access',
      subjectId: id,
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    return true;
  });
  if (!ended) throw notFound();
}

/** Closes accesses whose window has passed, auditing each end once (the access itself stops at ends_at). */
export async function closeLapsedEmergencyAccesses(db: Db, audit: FamilyDeps['audit']) {
  const system = systemScope('emergency access window passed');
  return db.transaction().execute(async (tx) => {
    const closed = await repo.closeLapsedEmergencyAccesses(tx, system);
    for (const c of closed) {
      await audit.record(tx, {
        action: 'emergency_access.ended',
        outcome: 'allowed',
        actor: system.actor,
        familyId: c.family_id,
        subjectType: 'emergency_access',
        subjectId: c.id,
        details: { staffId: c.staff_id, reason: 'window_passed' },
      });
    }
    return closed.length;
  });
}

export async function reviewEmergencyAccess(deps: FamilyDeps, ctx: RequestContext, id: string, input: z.output<typeof ReviewNoteRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional' || actor.role !== 'information_governance_lead')
    throw forbidden('Only an information governance lead reviews emergency access.');
  const ok = await deps.db.transaction().execute(async (tx) => {
    if (!isUuid(id)) return false;
    const r = await repo.reviewEmergencyAccess(tx, id, actor.staffId, input.note);
    if (!r) return false;
    await deps.audit.record(tx, {
      action: 'emergency_access.reviewed',
      outcome: 'allowed',
      actor,
      familyId: r.family_id,
      subjectType: 'emergency_access',
      subjectId: id,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { note: input.note },
    });
    return true;
  });
  if (!ok) throw notFound();
}
