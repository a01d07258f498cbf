// Answering a request for help (issue 14 §1, §2), for the workers who read it (access/help-access.ts: those it was put
// in front of, and for a parent's request or a worry the key workers): the one-screen responses — acknowledge with what
// will happen, arrange a contact, pass to a colleague. Each response is an event the person asking sees, and is told
// of; each answers with the request as the worker now sees it. The person asking reads every response's words, so
// they go through the respectful-language check (issue 16 §1) and any kept as written are stored beside the response.
import type { z } from 'zod';
import type { AcknowledgeInput, ArrangeContactInput, PassInput, WorkerHelpRequest } from '../../../shared/contracts/help.ts';
import {
  helpAcknowledgedMessage,
  helpContactArrangedMessage,
  helpPassedToAskerMessage,
  helpPassedToWorkerMessage,
  worryRaisedToParentMessage,
} from '../../../shared/domain/help.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { isUuid, withFamily } from '../../access/family-access.ts';
import { workerMayAnswerHelpRequest } from '../../access/help-access.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily, parentAccounts } from '../notifications/index.ts';
import { checkWords, recordKeptAsWritten } from '../words/index.ts';
import * as repo from './help.repo.ts';
import type { HelpDeps } from './help.service.ts';
import { personName } from './help.service.ts';
import { handlersOf, readerFacts } from './help-routing.ts';
import { getRequest } from './help-worker-view.service.ts';

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

type Work<T> = Parameters<typeof withFamily<T>>[4];

/**
 * A response to one request by a worker who may answer it (access/help-access.ts: exactly those who read it): the
 * family, the request, its events and the care team. Anyone else finds no such request: an audited 404.
 */
function respond<T>(
  deps: HelpDeps,
  ctx: RequestContext,
  familyId: string,
  requestId: string,
  action: AuditAction,
  work: (
    tx: Parameters<Work<T>>[0],
    family: Parameters<Work<T>>[1],
    found: { row: repo.RequestRow; events: repo.EventRow[]; team: repo.TeamMember[]; actor: ProfessionalActor },
  ) => Promise<{ result: T; details?: Record<string, unknown> }>,
): Promise<T> {
  const actor = professional(ctx);
  return withFamily(deps, ctx, familyId, action, async (tx, family) => {
    const row = isUuid(requestId) ? await repo.findRequestForWorker(tx, family, requestId, actor.staffId) : undefined;
    if (!row) return null;
    const [events, team] = await Promise.all([repo.events(tx, family, [row.id]), repo.careTeam(tx, family)]);
    // The SQL above and this pure rule are the same rule; checked again here from the facts as this transaction read them.
    if (!workerMayAnswerHelpRequest(row.asker_kind, readerFacts(actor.staffId, handlersOf(row, events), team))) return null;
    const done = await work(tx, family, { row, events, team, actor });
    return {
      result: done.result,
      audit: { subjectType: 'person', subjectId: row.person_id, details: { request: row.id, ...done.details } },
    };
  });
}

const reload = (deps: HelpDeps, ctx: RequestContext, familyId: string, requestId: string) => getRequest(deps, ctx, familyId, requestId);

export async function acknowledge(
  deps: HelpDeps,
  ctx: RequestContext,
  familyId: string,
  requestId: string,
  input: z.output<typeof AcknowledgeInput>,
): Promise<WorkerHelpRequest> {
  await respond(deps, ctx, familyId, requestId, 'help_request.acknowledged', async (tx, family, { row, actor }) => {
    if (row.acknowledged_at)
      throw conflict('This has already been acknowledged. You can still arrange a contact or pass it to a colleague.');
    const worry = row.kind === 'worry';
    // A key worker decides, for a worry, whether the parent is told it was raised and by whom (usually yes).
    if (worry && !input.worryOutcome)
      throw badRequest('Choose whether the parent is told about this worry.', { worryOutcome: 'Choose whether the parent is told' });
    const outcome = worry ? (input.worryOutcome ?? null) : null;
    const reason = outcome === 'safeguarding' ? input.safeguardingReason?.trim() || '' : '';
    if (outcome === 'safeguarding' && !reason)
      throw badRequest('Write the safeguarding reason for not telling the parent.', {
        safeguardingReason: 'Write the safeguarding reason for not telling the parent',
      });
    // The safeguarding reason is the team's and the governance lead's only: the family never reads it, so it is not checked.
    const words = checkWords({ whatWillHappen: input.whatWillHappen }, input.keepAsWritten);
    const marked = await repo.acknowledge(tx, family, row.id, {
      staffId: actor.staffId,
      worryOutcome: outcome,
      safeguardingReason: reason || null,
    });
    if (!marked) throw conflict('Someone else acknowledged this a moment ago. Reload to see what they said.');
    const eventId = newId();
    await repo.insertEvent(tx, family, {
      id: eventId,
      request_id: row.id,
      kind: 'acknowledged',
      staff_id: actor.staffId,
      text: input.whatWillHappen,
    });
    await recordKeptAsWritten(tx, family, actor, { kind: 'help_response', id: eventId, version: 1 }, words);
    await notifyFamily(tx, family, 'help_acknowledged', { accountIds: [row.account_id] }, helpAcknowledgedMessage(actor.name), newId);
    if (outcome === 'parent_told') {
      const raiser = (await repo.people(tx, family)).find((p) => p.id === row.person_id);
      await notifyFamily(
        tx,
        family,
        'worry_raised',
        { accountIds: await parentAccounts(tx, family) },
        worryRaisedToParentMessage(raiser ? personName(raiser) : null, actor.name),
        newId,
      );
    }
    return { result: undefined, details: outcome ? { worryOutcome: outcome } : {} };
  });
  return reload(deps, ctx, familyId, requestId);
}

export async function arrangeContact(
  deps: HelpDeps,
  ctx: RequestContext,
  familyId: string,
  requestId: string,
  input: z.output<typeof ArrangeContactInput>,
): Promise<WorkerHelpRequest> {
  await respond(deps, ctx, familyId, requestId, 'help_request.contact_arranged', async (tx, family, { row, actor }) => {
    const words = checkWords({ note: input.note }, input.keepAsWritten);
    if (!row.acknowledged_at) {
      // A worry needs the key worker's decision about telling the parent first; a request is answered by the contact.
      if (row.kind === 'worry') throw conflict('First acknowledge this worry and choose whether the parent is told.');
      await repo.acknowledge(tx, family, row.id, { staffId: actor.staffId, worryOutcome: null, safeguardingReason: null });
    }
    const eventId = newId();
    await repo.insertEvent(tx, family, {
      id: eventId,
      request_id: row.id,
      kind: 'contact_arranged',
      staff_id: actor.staffId,
      text: input.note || null,
      contact_at: input.at,
      contact_way: input.way,
    });
    await recordKeptAsWritten(tx, family, actor, { kind: 'help_response', id: eventId, version: 1 }, words);
    await notifyFamily(
      tx,
      family,
      'help_contact_arranged',
      { accountIds: [row.account_id] },
      helpContactArrangedMessage(actor.name, input.way, input.at),
      newId,
    );
    return { result: undefined, details: { way: input.way } };
  });
  return reload(deps, ctx, familyId, requestId);
}

export async function passToColleague(
  deps: HelpDeps,
  ctx: RequestContext,
  familyId: string,
  requestId: string,
  input: z.output<typeof PassInput>,
): Promise<WorkerHelpRequest> {
  await respond(deps, ctx, familyId, requestId, 'help_request.passed', async (tx, family, { row, team, actor }) => {
    const colleague = team.find((m) => m.staff_id === input.staffId);
    if (!colleague || colleague.staff_id === actor.staffId)
      throw badRequest('Choose a colleague on the family’s care team.', { staffId: 'Choose a colleague on the care team' });
    const words = checkWords({ note: input.note }, input.keepAsWritten);
    const eventId = newId();
    await repo.insertEvent(tx, family, {
      id: eventId,
      request_id: row.id,
      kind: 'passed',
      staff_id: actor.staffId,
      to_staff_ids: [colleague.staff_id],
      text: input.note,
    });
    await recordKeptAsWritten(tx, family, actor, { kind: 'help_response', id: eventId, version: 1 }, words);
    const asker = (await repo.people(tx, family)).find((p) => p.id === row.person_id);
    const askerName = asker ? personName(asker) : 'Someone in the family';
    await notifyFamily(
      tx,
      family,
      'help_passed',
      { staffIds: [colleague.staff_id] },
      helpPassedToWorkerMessage(actor.name, askerName),
      newId,
    );
    await notifyFamily(
      tx,
      family,
      'help_passed',
      { accountIds: [row.account_id] },
      helpPassedToAskerMessage(actor.name, colleague.full_name),
      newId,
    );
    return { result: undefined };
  });
  return reload(deps, ctx, familyId, requestId);
}
