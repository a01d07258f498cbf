// What a worker on the care team sees of the family's requests for help (issue 14 §2), only those they read
// (access/help-access.ts; any other is absent from the list and a 404): the list on the family page, and one request with what the parent shared with this worker about what helps her (the plans module decides), the
// children's contingency arrangements as this worker may read them, and the last three contacts (the records module).
import type { HelpRequestList, WorkerHelpRequest } from '../../../shared/contracts/help.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { isUuid, readFamily } from '../../access/family-access.ts';
import { workerMayAnswerHelpRequest } from '../../access/help-access.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { documentsAsSeenBy } from '../plans/index.ts';
import { recentContacts } from '../records/index.ts';
import { keptFor } from '../words/index.ts';
import * as repo from './help.repo.ts';
import type { HelpDeps } from './help.service.ts';
import { namesFor, personName } from './help.service.ts';
import { handlersOf, readerFacts, toView } from './help-routing.ts';

/** What a worker sees of her wellness plan beside a request: her early warning signs and what helps. */
const WELLNESS_PARTS = ['early_signs', 'daily', 'breaking_down'];

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

/** The family's requests this worker reads, newest first; the others leave no trace, not even in the count. */
export function listRequests(deps: HelpDeps, ctx: RequestContext, familyId: string): Promise<HelpRequestList> {
  const actor = professional(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, familyId, 'help_requests.listed', async (tx, family) => {
    const rows = await repo.requests(tx, family, { staffId: actor.staffId });
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

/** One request as a worker who reads it sees it (§2); any other request is an audited 404, as one that does not exist. */
export function getRequest(deps: HelpDeps, ctx: RequestContext, familyId: string, requestId: string): Promise<WorkerHelpRequest> {
  const actor = professional(ctx);
  return readFamily(deps, ctx, familyId, 'help_request.viewed', async (tx, family) => {
    const row = isUuid(requestId) ? await repo.findRequestForWorker(tx, family, requestId, actor.staffId) : undefined;
    if (!row) return null;
    const [events, team, documents, contacts, people] = await Promise.all([
      repo.events(tx, family, [row.id]),
      repo.careTeam(tx, family),
      // The plans module decides which sections this worker reads (access/plan-access.ts#visibleSectionKeys).
      documentsAsSeenBy(tx, ctx.scope, family),
      recentContacts(tx, ctx.scope, family, 3),
      repo.people(tx, family),
    ]);
    const [names, kept] = await Promise.all([
      namesFor(tx, family, [row], events),
      keptFor(
        tx,
        family,
        'help_response',
        events.map((e) => e.id),
      ),
    ]);
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
        // Reading and answering are one rule; a worker reading without being on the care team now (emergency access)
        // cannot answer.
        canRespond:
          team.some((m) => m.staff_id === actor.staffId) &&
          workerMayAnswerHelpRequest(row.asker_kind, readerFacts(actor.staffId, handlers, team)),
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
        keptAsWritten: kept.map(({ subjectKind: _k, subjectId, ...view }) => ({ eventId: subjectId, ...view })),
      },
      audit: { subjectType: 'person', subjectId: row.person_id, details: { request: row.id } },
    };
  });
}
