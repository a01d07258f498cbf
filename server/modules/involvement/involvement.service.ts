// The end of the service's involvement (issue 13 §8): a key worker closes it with a summary written for the family
// (checked by the respectful-language check, issue 16 §1), the parent reads it and replies, and a key worker or team
// manager reopens it; each step is recorded in the involvement history, audited, and told to the parent.
import type { z } from 'zod';
import type {
  CloseInvolvementRequest,
  ClosingReplyRequest,
  Closure,
  InvolvementStatus,
  PortalClosingSummary,
  ReopenInvolvementRequest,
} from '../../../shared/contracts/involvement.ts';
import { closingReplyMessage, involvementClosedMessage, involvementReopenedMessage } from '../../../shared/domain/family-words.ts';
import { type Actor, type ProfessionalActor, writerLanguage } from '../../access/actor.ts';
import { type FamilyDeps, readFamily, withFamily } from '../../access/family-access.ts';
import { newId } from '../../db/ids.ts';
import { conflict, forbidden, type HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { notifyFamily, parentAccounts } from '../notifications/index.ts';
import { checkWords, type KeptOn, keptFor, keptOf, recordKeptAsWritten } from '../words/index.ts';
import * as repo from './involvement.repo.ts';

export type InvolvementDeps = FamilyDeps & {
  /** How many days the care team may still read a family after its involvement is closed (CLOSED_FAMILY_READ_DAYS). */
  closedFamilyReadDays: number;
};

type Team = Awaited<ReturnType<typeof repo.activeTeam>>;
const me = (actor: Actor, team: Team) => (actor.kind === 'professional' ? team.find((m) => m.staff_id === actor.staffId) : undefined);
/** Only a key worker closes: the pair who hold the family's plan decide that the work is done. */
export const mayClose = (actor: Actor, team: Team) => me(actor, team)?.key_worker != null;
/** A key worker or a team manager on the team reopens. */
export const mayReopen = (actor: Actor, team: Team) => {
  const m = me(actor, team);
  return m !== undefined && (m.key_worker !== null || m.role === 'team_manager');
};

/** A refusal by the rule above: answered 403 and audited as a denial once the change's transaction has rolled back. */
class Refused extends Error {
  constructor(readonly error: HttpError) {
    super(error.message);
  }
}

async function refusedAudited<T>(deps: FamilyDeps, ctx: RequestContext, familyId: string, attempted: string, run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: ctx.actor,
      familyId,
      subjectType: 'family',
      subjectId: familyId.slice(0, 100),
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { attempted },
    });
    throw error.error;
  }
}

function professional(ctx: RequestContext): ProfessionalActor {
  if (ctx.actor.kind !== 'professional') throw forbidden();
  return ctx.actor;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** `kept`: the care team's confirmations of the closures' summaries and reopening reasons (none for the family's view). */
function toClosure(c: Awaited<ReturnType<typeof repo.closures>>[number], kept: readonly KeptOn[]): Closure {
  const ofKind = (kind: KeptOn['subjectKind']) =>
    keptOf(
      kept.filter((k) => k.subjectKind === kind),
      c.id,
    )[0] ?? null;
  return {
    id: c.id,
    closedAt: new Date(c.closed_at).toISOString(),
    closedBy: c.closed_by,
    summary: c.summary,
    labelsKept: c.labels_kept,
    keptAsWritten: ofKind('closing_summary'),
    teamReadUntil: new Date(c.team_read_until).toISOString(),
    reopenedAt: iso(c.reopened_at),
    reopenedBy: c.reopened_by,
    reopenReason: c.reopen_reason,
    reopenKeptAsWritten: ofKind('involvement_reopened'),
    replies: c.replies.map((r) => ({
      id: r.id,
      text: r.text,
      writtenIn: r.written_in,
      author: r.author,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}

export function getInvolvement(deps: FamilyDeps, ctx: RequestContext, familyId: string): Promise<InvolvementStatus> {
  const actor = professional(ctx);
  return readFamily(deps, ctx, familyId, 'closing_summary.viewed', async (tx, family) => {
    const [state, team, closures] = await Promise.all([
      repo.closedState(tx, family),
      repo.activeTeam(tx, family),
      repo.closures(tx, family),
    ]);
    const closed = state.closed_at !== null;
    const kept = await keptFor(
      tx,
      family,
      ['closing_summary', 'involvement_reopened'],
      closures.map((c) => c.id),
    );
    return {
      result: {
        status: closed ? ('closed' as const) : ('open' as const),
        closedAt: iso(state.closed_at),
        teamReadUntil: iso(state.team_read_until),
        canClose: !closed && mayClose(actor, team),
        canReopen: closed && mayReopen(actor, team),
        closures: closures.map((c) => toClosure(c, kept)),
      },
    };
  });
}

export function closeInvolvement(
  deps: InvolvementDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof CloseInvolvementRequest>,
) {
  const actor = professional(ctx);
  return refusedAudited(deps, ctx, familyId, 'involvement.closed', () =>
    withFamily(deps, ctx, familyId, 'involvement.closed', async (tx, family) => {
      const team = await repo.activeTeam(tx, family);
      if (!mayClose(actor, team)) {
        const ask = team.filter((m) => m.key_worker !== null).map((m) => m.full_name);
        throw new Refused(
          forbidden(`Only the family’s key workers close the work with a family.${ask.length ? ` Ask ${ask.join(' or ')}.` : ''}`),
        );
      }
      // Respectful words are checked, not only suggested (PRODUCT §7, issue 16 §1): what the check finds stays only when
      // the writer keeps it as written, with a reason, stored beside the closure.
      const words = checkWords({ summary: input.summary }, input.keepAsWritten);
      const kept = [...new Set(words.findings.map((f) => f.found))];
      const closureId = newId();
      const until = await repo.close(tx, family, {
        closureId,
        historyId: newId(),
        staffId: actor.staffId,
        summary: input.summary,
        labelsKept: kept,
        readDays: deps.closedFamilyReadDays,
      });
      if (!until) throw conflict('The work with this family is already closed.');
      await recordKeptAsWritten(tx, family, actor, { kind: 'closing_summary', id: closureId, version: 1 }, words);
      await notifyFamily(
        tx,
        family,
        'involvement_closed',
        { accountIds: await parentAccounts(tx, family) },
        involvementClosedMessage(actor.name),
        newId,
      );
      return {
        result: { teamReadUntil: until.toISOString() },
        audit: { details: { teamReadDays: deps.closedFamilyReadDays, labelsKept: kept.length } },
      };
    }),
  );
}

export function reopenInvolvement(
  deps: FamilyDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof ReopenInvolvementRequest>,
) {
  const actor = professional(ctx);
  return refusedAudited(deps, ctx, familyId, 'involvement.reopened', () =>
    withFamily(deps, ctx, familyId, 'involvement.reopened', async (tx, family) => {
      const team = await repo.activeTeam(tx, family);
      if (!mayReopen(actor, team)) {
        const ask = team.filter((m) => m.key_worker !== null || m.role === 'team_manager').map((m) => m.full_name);
        throw new Refused(
          forbidden(
            `Only the family’s key workers and team managers reopen the work with a family.${ask.length ? ` Ask ${ask.join(' or ')}.` : ''}`,
          ),
        );
      }
      // The parent reads the reason in the involvement history: checked as any professional's words to them (issue 16 §1).
      const words = checkWords({ reason: input.reason }, input.keepAsWritten);
      const opened = await repo.reopen(tx, family, { historyId: newId(), staffId: actor.staffId, reason: input.reason });
      if (!opened) throw conflict('The work with this family is open: there is nothing to reopen.');
      // Kept beside the closure it reopened (one reopening each), where the care team reads the reason.
      await recordKeptAsWritten(tx, family, actor, { kind: 'involvement_reopened', id: opened.closureId, version: 1 }, words);
      await notifyFamily(
        tx,
        family,
        'involvement_reopened',
        { accountIds: await parentAccounts(tx, family) },
        involvementReopenedMessage(actor.name),
        newId,
      );
      return { result: undefined };
    }),
  );
}

function familyParent(ctx: RequestContext) {
  if (ctx.actor.kind !== 'parent') throw forbidden('The closing summary is for the family’s parents.');
  return ctx.actor;
}

export function getClosingSummary(deps: FamilyDeps, ctx: RequestContext): Promise<PortalClosingSummary> {
  const actor = familyParent(ctx);
  return readFamily<PortalClosingSummary>(deps, ctx, actor.familyId, 'closing_summary.viewed', async (tx, family) => {
    const [state, closures] = await Promise.all([repo.closedState(tx, family), repo.closures(tx, family)]);
    const latest = closures[0];
    if (!latest) return { result: { closed: false, closure: null } };
    // What the writer kept and why is the care team's, never the family's (issue 16 §1): not read, not sent.
    const { labelsKept: _l, keptAsWritten: _k, teamReadUntil: _t, reopenReason: _r, ...forFamily } = toClosure(latest, []);
    return { result: { closed: state.closed_at !== null, closure: forFamily }, audit: { subjectType: 'closure', subjectId: latest.id } };
  });
}

export function replyToClosingSummary(deps: FamilyDeps, ctx: RequestContext, input: z.output<typeof ClosingReplyRequest>) {
  const actor = familyParent(ctx);
  return withFamily(deps, ctx, actor.familyId, 'closing_summary.replied', async (tx, family) => {
    const closureId = await repo.latestClosureId(tx, family);
    if (!closureId)
      throw conflict('There is no closing summary to reply to. Your key worker writes one when the work with your family ends.');
    const id = newId();
    await repo.insertReply(tx, family, { id, closureId, text: input.text, writtenIn: writerLanguage(actor), accountId: actor.accountId });
    const [state, team] = await Promise.all([repo.closedState(tx, family), repo.activeTeam(tx, family)]);
    const keyWorkers = team.filter((m) => m.key_worker !== null).map((m) => m.staff_id);
    await notifyFamily(tx, family, 'closing_summary_reply', { staffIds: keyWorkers }, closingReplyMessage(state.display_name), newId);
    return { result: { id }, audit: { subjectType: 'closure', subjectId: closureId } };
  });
}
