// Answering a request for help (issue 14 §1, §2), for workers on the care team: the family's requests, one request
// with what the parent shared about what helps her, the children's contingency arrangements and the last contacts, and
// the one-screen responses: acknowledge with what will happen, arrange a contact, pass to a colleague. Each response
// is an event the person asking sees, and is told of.
import type { z } from 'zod';
import type {
  AcknowledgeInput,
  ArrangeContactInput,
  HelpRequestList,
  PassInput,
  WorkerHelpRequest,
} from '../../../shared/contracts/help.ts';
import {
  CONTACT_WAY_WORDS,
  helpAcknowledgedMessage,
  helpContactArrangedMessage,
  helpPassedToAskerMessage,
  helpPassedToWorkerMessage,
  momentInWords,
  worryRaisedToParentMessage,
} from '../../../shared/domain/help.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { isUuid, readFamily, withFamily } from '../../access/family-access.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, conflict, forbidden, type HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily, parentAccounts } from '../notifications/index.ts';
import { documentsAsSeenBy } from '../plans/index.ts';
import { recentContacts } from '../records/index.ts';
import * as repo from './help.repo.ts';
import type { HelpDeps } from './help.service.ts';
import { namesFor, personName } from './help.service.ts';
import { handlersOf, mayRespond, toView } from './help-routing.ts';

/** What a worker sees of her wellness plan beside a request: her early warning signs and what helps. */
const WELLNESS_PARTS = ['early_signs', 'daily', 'breaking_down'];

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

export function listRequests(deps: HelpDeps, ctx: RequestContext, familyId: string): Promise<HelpRequestList> {
  professional(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, familyId, 'help_requests.listed', async (tx, family) => {
    const rows = await repo.requests(tx, family, { all: true });
    const names = await namesFor(tx, family, rows, []);
    return {
      result: {
        requests: rows.map((r) => {
          const v = toView(r, [], names, null);
          return {
            id: r.id,
            kind: r.kind,
            askedBy: v.askedBy,
            worryAbout: r.worry_about,
            urgency: r.urgency,
            createdAt: v.createdAt,
            acknowledgeBy: v.acknowledgeBy,
            acknowledged: v.acknowledged,
            overdue: !r.acknowledged_at && r.acknowledge_by !== null && new Date(r.acknowledge_by) <= now,
          };
        }),
      },
      audit: { details: { count: rows.length } },
    };
  });
}

/** One request as a worker on the care team sees it (§2). */
export function getRequest(deps: HelpDeps, ctx: RequestContext, familyId: string, requestId: string): Promise<WorkerHelpRequest> {
  const actor = professional(ctx);
  return readFamily(deps, ctx, familyId, 'help_request.viewed', async (tx, family) => {
    const row = isUuid(requestId) ? await repo.findRequest(tx, family, requestId) : undefined;
    if (!row) return null;
    const [events, team, documents, contacts, people] = await Promise.all([
      repo.events(tx, family, [row.id]),
      repo.careTeam(tx, family),
      // The plans module decides which sections this worker reads (access/plan-access.ts#visibleSectionKeys).
      documentsAsSeenBy(tx, ctx.scope, family),
      recentContacts(tx, ctx.scope, family, 3),
      repo.people(tx, family),
    ]);
    const names = await namesFor(tx, family, [row], events);
    const handlers = handlersOf(row, events);
    const parent = repo.theParent(people);
    const wellness = documents.filter((d) => d.kind === 'wellness' && d.personId === parent?.id);
    const parts = wellness.flatMap((d) => d.sections.filter((s) => WELLNESS_PARTS.includes(s.key)));
    const shared = new Set(parts.map((s) => s.key));
    return {
      result: {
        familyId: family.id,
        parentName: parent ? personName(parent) : null,
        request: {
          ...toView(row, events, names, null),
          askerKind: row.asker_kind,
          handlers: handlers.map((id) => ({ staffId: id, name: names.staff.get(id) ?? 'A worker' })),
          worryOutcome: row.worry_outcome,
          safeguardingReason: row.safeguarding_reason,
        },
        canRespond: mayRespond(actor.staffId, handlers, team),
        colleagues: team
          .filter((m) => m.staff_id !== actor.staffId)
          .map((m) => ({ staffId: m.staff_id, name: m.full_name, description: `${m.job_title}, ${m.organisation_name}` })),
        wellness: parts.filter((s) => s.text.trim()).map((s) => ({ key: s.key, title: s.title, text: s.text })),
        // Parts she has not shared with this worker: counted, never sent (plan-access decides).
        wellnessHiddenCount: WELLNESS_PARTS.filter((k) => !shared.has(k)).length,
        contingency: documents
          .filter((d) => d.kind === 'contingency')
          .flatMap((d) => {
            const carer = d.sections.find((s) => s.key === 'carer');
            return carer
              ? [{ child: d.personName, carerName: d.carer?.name ?? null, carerResponse: d.carer?.response ?? null, text: carer.text }]
              : [];
          }),
        recentContacts: contacts,
      },
      audit: { subjectType: 'person', subjectId: row.person_id, details: { request: row.id } },
    };
  });
}

/** A response refused by the rule: 403 naming who can answer, audited as a denial once the transaction rolled back. */
class Refused extends Error {
  constructor(readonly error: HttpError) {
    super(error.message);
  }
}

type Work<T> = Parameters<typeof withFamily<T>>[4];

/** A response to one request by a worker who may answer it: the family, the request, its events and the care team. */
async function respond<T>(
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
  try {
    return await withFamily(deps, ctx, familyId, action, async (tx, family) => {
      const row = isUuid(requestId) ? await repo.findRequest(tx, family, requestId) : undefined;
      if (!row) return null;
      const [events, team] = await Promise.all([repo.events(tx, family, [row.id]), repo.careTeam(tx, family)]);
      const handlers = handlersOf(row, events);
      if (!mayRespond(actor.staffId, handlers, team)) {
        const names = await repo.staffNames(tx, handlers);
        throw new Refused(
          forbidden(`This request went to ${[...names.values()].join(' and ') || 'other workers'}. Ask one of them, or a key worker.`),
        );
      }
      const done = await work(tx, family, { row, events, team, actor });
      return {
        result: done.result,
        audit: { subjectType: 'person', subjectId: row.person_id, details: { request: row.id, ...done.details } },
      };
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor,
      familyId: isUuid(familyId) ? familyId : null,
      subjectType: 'help_request',
      subjectId: requestId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted: action },
    });
    throw error.error;
  }
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
    const marked = await repo.acknowledge(tx, family, row.id, {
      staffId: actor.staffId,
      worryOutcome: outcome,
      safeguardingReason: reason || null,
    });
    if (!marked) throw conflict('Someone else acknowledged this a moment ago. Reload to see what they said.');
    await repo.insertEvent(tx, family, {
      id: newId(),
      request_id: row.id,
      kind: 'acknowledged',
      staff_id: actor.staffId,
      text: input.whatWillHappen,
    });
    await notifyFamily(tx, family, 'help_acknowledged', { accountIds: [row.account_id] }, helpAcknowledgedMessage(actor.name), newId);
    if (outcome === 'parent_told') {
      const raiser = (await repo.people(tx, family)).find((p) => p.id === row.person_id);
      await notifyFamily(
        tx,
        family,
        'worry_raised',
        { accountIds: await parentAccounts(tx, family) },
        worryRaisedToParentMessage(raiser ? personName(raiser) : 'Someone close to your family', actor.name),
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
    if (!row.acknowledged_at) {
      // A worry needs the key worker's decision about telling the parent first; a request is answered by the contact.
      if (row.kind === 'worry') throw conflict('First acknowledge this worry and choose whether the parent is told.');
      await repo.acknowledge(tx, family, row.id, { staffId: actor.staffId, worryOutcome: null, safeguardingReason: null });
    }
    await repo.insertEvent(tx, family, {
      id: newId(),
      request_id: row.id,
      kind: 'contact_arranged',
      staff_id: actor.staffId,
      text: input.note || null,
      contact_at: input.at,
      contact_way: input.way,
    });
    const when = `${CONTACT_WAY_WORDS[input.way].toLowerCase()} on ${momentInWords(input.at)}`;
    await notifyFamily(
      tx,
      family,
      'help_contact_arranged',
      { accountIds: [row.account_id] },
      helpContactArrangedMessage(actor.name, when),
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
    await repo.insertEvent(tx, family, {
      id: newId(),
      request_id: row.id,
      kind: 'passed',
      staff_id: actor.staffId,
      to_staff_ids: [colleague.staff_id],
      text: input.note,
    });
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
