// The family's side of a meeting (issue 17 §2): the parent reads one she is invited to (a professionals' meeting only as a
// fact once it happened), writes her view until it happens, asks for help to get there and replies to each shared report;
// a young person reads the meetings about them and writes their own view. The workers are told in English; the family's
// words keep the language they wrote them in and are never checked.
import type { z } from 'zod';
import type {
  AskHelpInput,
  FamilyMeeting,
  MeetingReplyInput,
  OwnViewInput,
  YoungPersonMeetings,
} from '../../../shared/contracts/meetings.ts';
import { type FamilyMemberActor, writerLanguage } from '../../access/actor.ts';
import { readFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { forbidden, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import { appointmentsRepo as arepo, changeFamily, checkKey, isPast, tellWorkers } from '../appointments/index.ts';
import { type MeetingData, timeHasCome, youngPersonMeetingView } from './meeting-views.ts';
import { familyMayPrepare } from './meetings.policy.ts';
import * as repo from './meetings.repo.ts';
import { familyMeetingOf, loadMeeting, type MeetingDeps, parentsMeetings, staleMeeting, youngPersonsMeetings } from './meetings-core.ts';

const parent = (ctx: RequestContext): FamilyMemberActor => {
  const a = ctx.actor;
  if (a.kind === 'parent') return a;
  throw forbidden('A meeting’s page is for the parent.');
};
const youngPerson = (ctx: RequestContext): FamilyMemberActor => {
  const a = ctx.actor;
  if (a.kind === 'young_person') return a;
  throw forbidden('This list is for a young person’s own meetings.');
};

const auditOf = (d: MeetingData, details: Record<string, unknown> = {}) => ({
  subjectType: 'meeting',
  subjectId: d.row.id,
  details: { meeting: d.row.id, ...details },
});

export function getForParent(deps: MeetingDeps, ctx: RequestContext, meetingId: string): Promise<FamilyMeeting> {
  const a = parent(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, a.familyId, 'meeting.viewed', async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d) return null;
    return { result: familyMeetingOf(d, now), audit: auditOf(d) };
  });
}

/** The parent's meetings as her page shows them, for her copy of everything held about her (subject access); null for anyone else. */
export async function meetingsAsSeenBy(
  tx: Tx,
  family: VisibleFamily,
  viewer: FamilyMemberActor,
  now = new Date(),
): Promise<FamilyMeeting[] | null> {
  if (viewer.kind !== 'parent') return null;
  return (await parentsMeetings(tx, family, now)).map((d) => familyMeetingOf(d, now));
}

const closed = () =>
  new HttpError(
    409,
    'meeting_closed',
    'This meeting has taken place or was cancelled, so this can no longer be written. Look at it as it is now.',
  );

/** A change by the parent to a meeting she reads in full (not a professionals' meeting: there is nothing for her to write). */
function changeAsParent(
  deps: MeetingDeps,
  ctx: RequestContext,
  meetingId: string,
  action: AuditAction,
  work: (tx: Tx, family: VisibleFamily, d: MeetingData, a: FamilyMemberActor, now: Date) => Promise<Record<string, unknown>>,
): Promise<FamilyMeeting> {
  const a = parent(ctx);
  const now = deps.now();
  return changeFamily<FamilyMeeting>(deps, ctx, a.familyId, action, meetingId, async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d?.meeting.family_invited) return null;
    const details = await work(tx, family, d, a, now);
    const after = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!after) return null;
    return { result: familyMeetingOf(after, now), audit: auditOf(d, details) };
  });
}

/** Saves a family member's own view (version 0 the first time); 409 with the meeting as it is now when stale. */
async function saveOwnView(
  tx: Tx,
  ctx: RequestContext,
  family: VisibleFamily,
  d: MeetingData,
  a: FamilyMemberActor,
  input: z.output<typeof OwnViewInput>,
  now: Date,
) {
  if (!familyMayPrepare({ happened: timeHasCome(d.row, now), cancelled: d.row.status === 'cancelled' })) throw closed();
  const existing = d.parts.views.find((v) => v.person_id === a.personId);
  const stale = () => staleMeeting(tx, ctx, family, d.row.id, now);
  if ((existing?.version ?? 0) !== input.version) throw await stale();
  const saved = await repo.saveView(tx, family, d.row.id, existing?.id ?? newId(), input.version, {
    person_id: a.personId,
    text: input.text,
    written_in: writerLanguage(a),
    author_account_id: a.accountId,
    author_name: a.name,
    written_for_person: false,
    agreed_at: null,
  });
  if (!saved) throw await stale();
  // The chair is told there is a view to read before the meeting (not one who has left the care team).
  if (d.chair.onTeam)
    await tellWorkers(tx, family, 'meeting_view_added', [d.meeting.chair_staff_id], `${a.name} wrote their view for a meeting you chair.`);
}

export function saveParentView(deps: MeetingDeps, ctx: RequestContext, meetingId: string, input: z.output<typeof OwnViewInput>) {
  return changeAsParent(deps, ctx, meetingId, 'meeting_view.saved', async (tx, family, d, a, now) => {
    await saveOwnView(tx, ctx, family, d, a, input, now);
    return { person: a.personId, forPerson: false };
  });
}

/** She asks for help to get there (childcare, travel, other): the chair and who arranged it are told. */
export function askHelp(deps: MeetingDeps, ctx: RequestContext, meetingId: string, input: z.output<typeof AskHelpInput>) {
  return changeAsParent(deps, ctx, meetingId, 'meeting.help_asked', async (tx, family, d, a, now) => {
    if (!familyMayPrepare({ happened: timeHasCome(d.row, now), cancelled: d.row.status === 'cancelled' })) throw closed();
    if (d.meeting.version !== input.version) throw await staleMeeting(tx, ctx, family, d.row.id, now);
    const ok = await repo.updateMeeting(tx, family, d.row.id, input.version, {
      help_kind: input.kind,
      help_text: input.text,
      help_written_in: writerLanguage(a),
      help_asked_at: now,
    });
    if (!ok) throw await staleMeeting(tx, ctx, family, d.row.id, now);
    const team = await arepo.careTeam(tx, family);
    const told = [...new Set([d.meeting.chair_staff_id, d.row.arranged_by_staff_id])].filter((id) => team.some((t) => t.staff_id === id));
    const what = { childcare: 'childcare', travel: 'getting there', other: 'something else' }[input.kind];
    await tellWorkers(
      tx,
      family,
      'meeting_help_asked',
      told,
      `${a.name} asked for help with ${what} to get to a meeting. Read what would help on the meeting’s page.`,
    );
    return { kind: input.kind };
  });
}

/** Her reply to a shared report: its author is told. Idempotent with an idempotency-key header. */
export function replyToReport(
  deps: MeetingDeps,
  ctx: RequestContext,
  meetingId: string,
  reportId: string,
  input: z.output<typeof MeetingReplyInput>,
  key: string | undefined,
) {
  checkKey(key);
  return changeAsParent(deps, ctx, meetingId, 'meeting_reply.added', async (tx, family, d, a) => {
    const report = d.parts.reports.find((r) => r.id === reportId && r.shared_at !== null);
    if (!report) throw new HttpError(404, 'not_found', 'We could not find that report. It may not have been shared with you yet.');
    if (d.row.status === 'cancelled') throw closed();
    const inserted = await repo.insertReply(tx, family, d.row.id, {
      id: newId(),
      report_id: report.id,
      author_account_id: a.accountId,
      author_name: a.name,
      text: input.text,
      written_in: writerLanguage(a),
      idempotency_key: key ?? null,
    });
    if (!inserted && key) {
      const before = await repo.replyByKey(tx, family, a.accountId, key);
      if (!before || before.appointment_id !== d.row.id || before.report_id !== report.id || before.text !== input.text)
        throw new HttpError(
          422,
          'idempotency_key_reused',
          'This was not saved: it had the same reference as something you saved before with different words. Nothing was changed.',
        );
    }
    if (inserted) {
      const team = await arepo.careTeam(tx, family);
      if (team.some((t) => t.staff_id === report.author_staff_id))
        await tellWorkers(tx, family, 'meeting_reply', [report.author_staff_id], `${a.name} replied to your report for a meeting.`);
    }
    return { report: report.id, retried: !inserted };
  });
}

// ---- A young person ----------------------------------------------------------------------------------------------------

async function youngPersonsList(tx: Tx, family: VisibleFamily, a: FamilyMemberActor, now: Date): Promise<YoungPersonMeetings> {
  const all = await youngPersonsMeetings(tx, family, a.personId);
  const views = all.map((d) => youngPersonMeetingView(d, a.personId, isPast(d.row, d.opts, now), now));
  const coming = views.filter((v) => !v.past).sort((x, y) => (x.startsAt ?? '').localeCompare(y.startsAt ?? ''));
  const past = views.filter((v) => v.past).sort((x, y) => (y.startsAt ?? '').localeCompare(x.startsAt ?? ''));
  return { meetings: [...coming, ...past] };
}

/** A young person's meetings as their own list shows them, for their copy of everything held about them; null for anyone else. */
export async function youngPersonMeetingsAsSeenBy(
  tx: Tx,
  family: VisibleFamily,
  viewer: FamilyMemberActor,
  now = new Date(),
): Promise<YoungPersonMeetings['meetings'] | null> {
  if (viewer.kind !== 'young_person') return null;
  return (await youngPersonsList(tx, family, viewer, now)).meetings;
}

export function youngPersonsMeetingsList(deps: MeetingDeps, ctx: RequestContext): Promise<YoungPersonMeetings> {
  const a = youngPerson(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, a.familyId, 'meetings.viewed', async (tx, family) => {
    const result = await youngPersonsList(tx, family, a, now);
    return { result, audit: { subjectType: 'person', subjectId: a.personId, details: { count: result.meetings.length } } };
  });
}

export function saveYoungPersonsView(
  deps: MeetingDeps,
  ctx: RequestContext,
  meetingId: string,
  input: z.output<typeof OwnViewInput>,
): Promise<YoungPersonMeetings> {
  const a = youngPerson(ctx);
  const now = deps.now();
  return changeFamily<YoungPersonMeetings>(deps, ctx, a.familyId, 'meeting_view.saved', meetingId, async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d) return null;
    await saveOwnView(tx, ctx, family, d, a, input, now);
    return { result: await youngPersonsList(tx, family, a, now), audit: auditOf(d, { person: a.personId, forPerson: false }) };
  });
}
