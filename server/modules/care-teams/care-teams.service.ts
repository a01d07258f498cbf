// Care-team use cases (P11): add a professional from any agency with a role, mark the paired key
// workers, and end a membership, which ends that person's access on their very next request.
import type { z } from 'zod';
import type { AddCareTeamMemberRequest, RemoveCareTeamMemberRequest } from '../../../shared/contracts/family-edits.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { type FamilyDeps, isUuid, withFamily } from '../families/index.ts';
import * as repo from './care-teams.repo.ts';

const SIDE_KIND = { adult_mental_health: 'adult_mental_health', childrens_services: 'childrens_services' } as const;

export function addMember(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AddCareTeamMemberRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'care_team.member_added', async (tx, family) => {
    const staff = await repo.findStaff(tx, input.staffId);
    if (!staff) throw badRequest('Choose someone from the staff list.', { staffId: 'Choose someone from the staff list' });
    const members = await repo.activeMembers(tx, family.id);
    if (members.some((m) => m.staff_id === staff.id)) {
      throw badRequest(`${staff.full_name} is already on this family’s care team.`, { staffId: 'Already on the care team' });
    }
    if (input.keyWorker) {
      if (staff.organisation_kind !== SIDE_KIND[input.keyWorker]) {
        throw badRequest(
          input.keyWorker === 'adult_mental_health'
            ? 'The adult mental health key worker must work for an adult mental health service.'
            : "The children's services key worker must work for children's services.",
          { keyWorker: 'This person works for a different kind of service' },
        );
      }
      if (members.some((m) => m.key_worker === input.keyWorker)) {
        throw badRequest('This family already has a key worker on that side. End their membership first.', {
          keyWorker: 'Already has one',
        });
      }
    }
    const id = newId();
    await repo.insertMember(tx, {
      family_id: family.id,
      id,
      staff_id: staff.id,
      team_role: input.teamRole,
      key_worker: input.keyWorker,
      added_by_staff_id: actor.staffId,
    });
    return {
      result: { id, version: 1 },
      audit: { subjectType: 'staff', subjectId: staff.id, details: { teamRole: input.teamRole, keyWorker: input.keyWorker } },
    };
  });
}

export function endMember(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  memberId: string,
  input: z.output<typeof RemoveCareTeamMemberRequest>,
) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return withFamily(deps, ctx, familyId, 'care_team.member_removed', async (tx, family) => {
    if (!isUuid(memberId)) return null;
    const staffId = await repo.endMember(tx, family.id, memberId, actor.staffId, input.reason);
    if (!staffId) return null;
    return { result: undefined, audit: { subjectType: 'staff', subjectId: staffId, details: { reason: input.reason } } };
  });
}

export async function searchStaff(db: Db, query: string) {
  const rows = await repo.searchStaff(db, query.trim().slice(0, 100));
  return {
    staff: rows.map((s) => ({
      id: s.id,
      name: s.full_name,
      jobTitle: s.job_title,
      organisationName: s.organisation_name,
      organisationKind: s.organisation_kind,
    })),
  };
}
