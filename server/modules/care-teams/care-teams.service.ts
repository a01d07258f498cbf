// Care-team use cases (P11): the key workers and team managers add a professional from any agency with a role,
// mark the paired key workers, and end a membership, which ends that person's access on their very next request;
// the parent is told of every change.

import type { z } from 'zod';
import type { AddCareTeamMemberRequest, RemoveCareTeamMemberRequest } from '../../../shared/contracts/family-edits.ts';
import { keyWorkerChangedMessage } from '../../../shared/domain/family-words.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyFamily as notify } from '../../../shared/i18n/notify-family.messages.ts';
import { type FamilyDeps, isUuid, withFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import type { Db, Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, forbidden, type HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { previousKeyWorker } from '../family-accounts/index.ts';
import { notifyFamily } from '../notifications/index.ts';
import * as repo from './care-teams.repo.ts';
import { mayChangeTeam } from './team-policy.ts';

const SIDE_KIND = { adult_mental_health: 'adult_mental_health', childrens_services: 'childrens_services' } as const;

type Member = Awaited<ReturnType<typeof repo.activeMembers>>[number];
type Change = 'add' | 'remove';

/** A change to the team refused by the rule below: audited as a denial once the transaction has rolled back. */
class TeamChangeRefused extends Error {
  constructor(
    readonly reason: string,
    readonly error: HttpError,
  ) {
    super(reason);
  }
}

function refusal(members: Member[], change: Change): TeamChangeRefused {
  const askable = members.filter((m) => m.key_worker !== null || m.role === 'team_manager').map((m) => m.full_name);
  const who = askable.length ? ` Ask ${askable.join(' or ')}.` : '';
  return new TeamChangeRefused(
    `may_not_${change}_member`,
    forbidden(
      `Only the family’s key workers and team managers on the care team can ${change === 'add' ? 'add someone to' : 'take someone off'} it.${who}`,
    ),
  );
}

/** The parent is never the last to know who is working with their family (PRODUCT §7). */
async function tellParents(
  tx: Tx,
  family: VisibleFamily,
  who: { full_name: string; job_title: string; organisation_name: string; organisation_kind: string; key_worker: string | null },
  joined: boolean,
) {
  const adultMentalHealth = who.organisation_kind === 'adult_mental_health' || who.key_worker === 'adult_mental_health';
  const accounts = await repo.parentAccountsToTell(tx, family, adultMentalHealth);
  // In each parent's own language when they read it (issue 16 §3).
  const message = phrase(joined ? notify.careTeamJoined : notify.careTeamLeft, {
    name: who.full_name,
    jobTitle: who.job_title,
    organisation: who.organisation_name,
  });
  await repo.notifyAccounts(tx, family, accounts, message, newId);
}

/** Runs a team change; a refusal by the rule is audited as a denial (the change's own transaction is rolled back). */
async function changingTeam<T>(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  action: AuditAction,
  subjectId: string,
  run: () => Promise<T>,
) {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof TeamChangeRefused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: ctx.actor,
      familyId,
      subjectType: 'staff',
      subjectId: subjectId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: action, reason: error.reason },
    });
    throw error.error;
  }
}

export function addMember(deps: FamilyDeps, ctx: RequestContext, familyId: string, input: z.output<typeof AddCareTeamMemberRequest>) {
  const actor = ctx.actor;
  if (actor.kind !== 'professional') throw forbidden();
  return changingTeam(deps, ctx, familyId, 'care_team.member_added', input.staffId, () =>
    withFamily(deps, ctx, familyId, 'care_team.member_added', async (tx, family) => {
      const members = await repo.activeMembers(tx, family);
      if (!mayChangeTeam(actor, members, 'add')) throw refusal(members, 'add');
      const staff = await repo.findStaff(tx, input.staffId);
      if (!staff) throw badRequest('Choose someone from the staff list.', { staffId: 'Choose someone from the staff list' });
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
      await repo.insertMember(tx, family, {
        id,
        staff_id: staff.id,
        team_role: input.teamRole,
        key_worker: input.keyWorker,
        added_by_staff_id: actor.staffId,
      });
      const before = input.keyWorker ? await previousKeyWorker(tx, family, input.keyWorker) : undefined;
      if (input.keyWorker && before) {
        // A key worker replaced: the parent is told who takes over from whom, and what the new one does.
        const accounts = await repo.parentAccountsToTell(tx, family, input.keyWorker === 'adult_mental_health');
        const message = keyWorkerChangedMessage(
          input.keyWorker,
          { name: staff.full_name, jobTitle: staff.job_title, organisationName: staff.organisation_name, teamRole: input.teamRole },
          before,
        );
        await notifyFamily(tx, family, 'key_worker_changed', { accountIds: accounts }, message, newId);
      } else {
        await tellParents(tx, family, { ...staff, key_worker: input.keyWorker }, true);
      }
      return {
        result: { id, version: 1 },
        audit: { subjectType: 'staff', subjectId: staff.id, details: { teamRole: input.teamRole, keyWorker: input.keyWorker } },
      };
    }),
  );
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
  return changingTeam(deps, ctx, familyId, 'care_team.member_removed', memberId, () =>
    withFamily(deps, ctx, familyId, 'care_team.member_removed', async (tx, family) => {
      if (!isUuid(memberId)) return null;
      const members = await repo.activeMembers(tx, family);
      const leaving = members.find((m) => m.id === memberId);
      if (!leaving) return null;
      if (!mayChangeTeam(actor, members, 'remove', memberId)) throw refusal(members, 'remove');
      const staffId = await repo.endMember(tx, family, memberId, actor.staffId, input.reason);
      if (!staffId) return null;
      await tellParents(tx, family, leaving, false);
      return { result: undefined, audit: { subjectType: 'staff', subjectId: staffId, details: { reason: input.reason } } };
    }),
  );
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
