// A worker's side of a meeting before it happens (issue 17 §2): arranging one (an appointment of kind 'meeting' with its
// meetings row; the parent invited at once, with the notice she has), reading one, writing a family member's view down for
// them, their own report (a draft, then shared with the parent), and keeping a professionals' meeting from the parent.
// Each change is one transaction with its audit event; a worker's words the family reads go through the respectful-words
// check; who may do what is meetings.policy.ts.
import type { z } from 'zod';
import type {
  ArrangeMeetingInput,
  SaveReportInput,
  ShareInput,
  WithholdMeetingInput,
  WorkerMeeting,
  WriteViewForInput,
} from '../../../shared/contracts/meetings.ts';
import { familyInvitedTo, SHORT_NOTICE_WORKING_DAYS } from '../../../shared/domain/meetings.ts';
import { phrase } from '../../../shared/i18n/messages.ts';
import { notifyMeetings as m } from '../../../shared/i18n/notify-meetings.messages.ts';
import type { ProfessionalActor } from '../../access/actor.ts';
import { readFamily } from '../../access/family-access.ts';
import type { VisibleFamily } from '../../access/visible-family.ts';
import type { AuditAction } from '../../audit/audit-log.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, HttpError } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import {
  appointmentsRepo as arepo,
  changeFamily,
  checkKey,
  insistFuture,
  keyReused,
  tellParent,
  tellWorkers,
} from '../appointments/index.ts';
import { requestFingerprint } from '../records/index.ts';
import { checkWords, recordKeptAsWritten } from '../words/index.ts';
import { type MeetingData, meetingStart, timeHasCome, workingDaysBefore, workingDaysBetween } from './meeting-views.ts';
import { mayWithhold, mayWriteReport, mayWriteViewFor } from './meetings.policy.ts';
import * as repo from './meetings.repo.ts';
import { factsOf, loadMeeting, type MeetingDeps, refuse, staleMeeting, worker, workerMeetingOf } from './meetings-core.ts';

const auditOf = (d: MeetingData, details: Record<string, unknown>) => ({
  subjectType: 'meeting',
  subjectId: d.row.id,
  details: { meeting: d.row.id, ...details },
});

export function getOne(deps: MeetingDeps, ctx: RequestContext, familyId: string, meetingId: string): Promise<WorkerMeeting> {
  const a = worker(ctx);
  const now = deps.now();
  return readFamily(deps, ctx, familyId, 'meeting.viewed', async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d) return null;
    return { result: await workerMeetingOf(tx, family, a, d, now), audit: auditOf(d, {}) };
  });
}

/** The family's people it is about (default: the parent and the children), the workers coming and the chair, checked. */
async function whoIsComing(tx: Tx, family: VisibleFamily, a: ProfessionalActor, input: z.output<typeof ArrangeMeetingInput>) {
  const [people, team] = await Promise.all([arepo.people(tx, family), arepo.careTeam(tx, family)]);
  const inFamily = new Set(people.map((p) => p.id));
  if (input.withPersonIds.some((id) => !inFamily.has(id)))
    throw badRequest('Choose people in the family.', { withPersonIds: 'Choose people in the family' });
  const onTeam = new Set(team.map((t) => t.staff_id));
  if (input.staffIds.some((id) => !onTeam.has(id)))
    throw badRequest('Choose workers from the family’s care team.', { staffIds: 'Choose workers from the family’s care team' });
  const chair = input.chairStaffId ?? a.staffId;
  if (!onTeam.has(chair))
    throw badRequest('Choose someone on the family’s care team to chair it.', { chairStaffId: 'Choose someone on the care team' });
  const parentId = arepo.theParent(people)?.id;
  const personIds = input.withPersonIds.length
    ? [...new Set(input.withPersonIds)]
    : people.filter((p) => p.id === parentId || p.kind === 'child').map((p) => p.id);
  // The chair is coming: so they read it and may change its time like anyone coming (appointments.policy.ts).
  const staffIds = [...new Set([...input.staffIds, chair])].filter((id) => id !== a.staffId);
  return { personIds, staffIds, chair };
}

type Created = { meeting: WorkerMeeting; created: boolean };

export function arrange(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  input: z.output<typeof ArrangeMeetingInput>,
  key: string | undefined,
): Promise<Created> {
  const a = worker(ctx);
  checkKey(key);
  const now = deps.now();
  input.options.forEach((o, i) => {
    insistFuture(new Date(o.startsAt), now, `options.${i}.startsAt`);
  });
  const invited = familyInvitedTo(input.meetingKind);
  const earliest = new Date(Math.min(...input.options.map((o) => Date.parse(o.startsAt))));
  const notice = workingDaysBetween(now, earliest);
  const shortNotice = invited && notice < SHORT_NOTICE_WORKING_DAYS;
  if (shortNotice && !input.shortNoticeReason)
    throw badRequest(
      `This gives the family ${notice} working ${notice === 1 ? 'day' : 'days'}’ notice, less than the usual ${SHORT_NOTICE_WORKING_DAYS}. Say why it is short notice: the parent reads it with the invitation.`,
      { shortNoticeReason: 'Say why the meeting is at short notice' },
    );
  // Nobody in the family chooses a professionals' meeting's time: it is arranged at one time, agreed at once.
  const [only] = input.options;
  if (!invited && input.options.length !== 1)
    throw badRequest('A meeting of the workers is arranged at one time: the family does not choose it. Offer one time.', {
      options: 'Offer one time',
    });
  const agreedAt = !invited && only ? { starts_at: new Date(only.startsAt), ends_at: new Date(only.endsAt) } : null;
  const fingerprint = key === undefined ? null : requestFingerprint('POST /api/families/:familyId/meetings', input);
  return changeFamily<Created>(deps, ctx, familyId, 'meeting.arranged', familyId, async (tx, family) => {
    const who = await whoIsComing(tx, family, a, input);
    // The worker's words the family reads are checked before they are written (issue 16 §1).
    const words = checkWords(
      { purpose: input.purpose, place: input.place, whatToBring: input.whatToBring, shortNoticeReason: input.shortNoticeReason },
      input.keepAsWritten,
    );
    const id = newId();
    const inserted = await arepo.insertAppointment(tx, family, {
      id,
      kind: 'meeting',
      meeting_kind: input.meetingKind,
      purpose: input.purpose,
      place: input.place,
      what_to_bring: input.whatToBring,
      status: agreedAt ? 'agreed' : 'proposed',
      unannounced: false,
      unannounced_reason: null,
      arranged_by_staff_id: a.staffId,
      arranged_by_organisation_id: a.organisationId,
      staff_ids: who.staffIds,
      person_ids: who.personIds,
      starts_at: agreedAt?.starts_at ?? null,
      ends_at: agreedAt?.ends_at ?? null,
      created_by_account_id: a.accountId,
      idempotency_key: key ?? null,
      idempotency_fingerprint: fingerprint,
    });
    let meetingId = id;
    if (inserted) {
      await arepo.insertOptions(
        tx,
        family,
        id,
        input.options.map((o) => ({
          id: newId(),
          round: 1,
          starts_at: new Date(o.startsAt),
          ends_at: new Date(o.endsAt),
          proposed_by: 'worker' as const,
          proposed_by_staff_id: a.staffId,
          proposed_by_account_id: a.accountId,
          note: null,
          written_in: 'en' as const,
        })),
      );
      if (agreedAt) {
        const [option] = await arepo.options(tx, family, [id]);
        await arepo.settleOptions(tx, family, id, option?.id ?? null);
      }
      await repo.insertMeeting(tx, family, {
        appointment_id: id,
        chair_staff_id: who.chair,
        family_invited: invited,
        reports_due_working_days: input.reportsDueWorkingDays,
        minutes_due_working_days: input.minutesDueWorkingDays,
        invited_at: invited ? now : null,
        short_notice_reason: invited ? input.shortNoticeReason : null,
      });
      await recordKeptAsWritten(tx, family, a, { kind: 'meeting', id, version: 1 }, words);
      if (invited)
        await tellParent(
          tx,
          family,
          'meeting_invited',
          phrase(m.invited, { name: a.name, kind: input.meetingKind, short: shortNotice ? 'yes' : 'no' }),
        );
    } else if (key) {
      // A retried save (a double tap, a dropped connection) answers with what the first one made.
      const existing = await arepo.byIdempotencyKey(tx, family, a.accountId, key);
      if (!existing) return null;
      if (existing.idempotency_fingerprint !== fingerprint) throw keyReused();
      meetingId = existing.id;
    }
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d) return null;
    return {
      result: { meeting: await workerMeetingOf(tx, family, a, d, now), created: inserted },
      audit: auditOf(d, { kind: input.meetingKind, options: input.options.length, shortNotice, retried: !inserted }),
    };
  });
}

/**
 * A change of one meeting by a worker: found as they read it (404 otherwise), `work` decides who may (an audited 403) and
 * changes it; the answer is the meeting as it is now.
 */
function changeAsWorker(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  action: AuditAction,
  work: (tx: Tx, family: VisibleFamily, d: MeetingData, a: ProfessionalActor, now: Date) => Promise<Record<string, unknown>>,
): Promise<WorkerMeeting> {
  const a = worker(ctx);
  const now = deps.now();
  return changeFamily<WorkerMeeting>(deps, ctx, familyId, action, meetingId, async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!d) return null;
    const details = await work(tx, family, d, a, now);
    const after = await loadMeeting(tx, ctx, family, meetingId, now);
    if (!after) return null;
    return { result: await workerMeetingOf(tx, family, a, after, now), audit: auditOf(d, details) };
  });
}

const notOpen = () =>
  new HttpError(
    409,
    'meeting_closed',
    'This meeting has taken place or was cancelled, so this can no longer be written. Look at it as it is now.',
  );

/** A worker writes a family member's view down for them (a child's only with their agreement that it is read at the meeting). */
export function writeViewFor(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  personId: string,
  input: z.output<typeof WriteViewForInput>,
) {
  return changeAsWorker(deps, ctx, familyId, meetingId, 'meeting_view.saved', async (tx, family, d, a, now) => {
    refuse(
      mayWriteViewFor(factsOf(d, a)),
      'may_not_write_view',
      'Only the worker who arranged this meeting, the workers coming to it, the family’s key workers and the chair can write down a family member’s view.',
    );
    if (d.row.status === 'cancelled' || timeHasCome(d.row, now)) throw notOpen();
    const person = d.names.people.find((p) => p.id === personId);
    if (!person) throw badRequest('Choose someone in the family.', { personId: 'Choose someone in the family' });
    if (person.kind === 'child' && !input.agreed)
      throw badRequest('A child’s view is written down for them only when they agree that it is read at the meeting.', {
        agreed: 'Say that they agreed their words are read at the meeting',
      });
    const existing = d.parts.views.find((v) => v.person_id === personId);
    // What someone wrote themselves is theirs: a worker writes a view down for them, never over their own words.
    refuse(
      !existing || existing.written_for_person,
      'not_their_view',
      `${person.preferred_name ?? person.full_name} wrote their view themselves, so it stays in their own words. Add what you know in your own report.`,
    );
    if ((existing?.version ?? 0) !== input.version) throw await staleMeeting(tx, ctx, family, meetingId, now);
    const saved = await repo.saveView(tx, family, d.row.id, existing?.id ?? newId(), input.version, {
      person_id: personId,
      text: input.text,
      // The family member's words, written down by a worker whose screens are English.
      written_in: 'en',
      author_account_id: a.accountId,
      author_name: a.name,
      written_for_person: true,
      agreed_at: now,
    });
    if (!saved) throw await staleMeeting(tx, ctx, family, meetingId, now);
    // Not a chair who has left the care team: they are no longer told about the family.
    if (d.meeting.chair_staff_id !== a.staffId && d.chair.onTeam)
      await tellWorkers(tx, family, 'meeting_view_added', [d.meeting.chair_staff_id], viewAddedMessage(a.name, person));
    return { person: personId, forPerson: true };
  });
}

const viewAddedMessage = (by: string, person: { preferred_name: string | null; full_name: string }) =>
  `${by} wrote down ${person.preferred_name ?? person.full_name}’s view for a meeting you chair.`;

/** The worker's own report: saved as a draft (only they read it) until shared. */
export function saveReport(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof SaveReportInput>,
) {
  return changeAsWorker(deps, ctx, familyId, meetingId, 'meeting_report.saved', async (tx, family, d, a, now) => {
    refuse(
      mayWriteReport(factsOf(d, a)),
      'may_not_write_report',
      'Only the workers coming to this meeting, its chair and the worker who arranged it write a report for it.',
    );
    if (d.row.status === 'cancelled') throw notOpen();
    const mine = d.parts.reports.find((r) => r.author_staff_id === a.staffId);
    if ((mine?.version ?? 0) !== input.version) throw await staleMeeting(tx, ctx, family, meetingId, now);
    const words = checkWords({ text: input.text }, input.keepAsWritten);
    const id = mine?.id ?? newId();
    const saved = await repo.saveReport(
      tx,
      family,
      d.row.id,
      { id, author_staff_id: a.staffId, organisation_id: a.organisationId, text: input.text },
      input.version,
    );
    if (!saved) throw await staleMeeting(tx, ctx, family, meetingId, now);
    await recordKeptAsWritten(tx, family, a, { kind: 'meeting_part', id, version: input.version + 1 }, words);
    return { report: id };
  });
}

/** Shares the worker's own report with the parent (and everyone reading the meeting); late after reportsDueBy. */
export function shareReport(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof ShareInput>,
) {
  return changeAsWorker(deps, ctx, familyId, meetingId, 'meeting_report.shared', async (tx, family, d, a, now) => {
    refuse(
      mayWriteReport(factsOf(d, a)),
      'may_not_write_report',
      'Only the workers coming to this meeting, its chair and the worker who arranged it share a report for it.',
    );
    const mine = d.parts.reports.find((r) => r.author_staff_id === a.staffId);
    if (!mine) throw badRequest('Write your report first, then share it.');
    if (mine.shared_at) throw new HttpError(409, 'already_shared', 'Your report is already shared.');
    if (mine.version !== input.version) throw await staleMeeting(tx, ctx, family, meetingId, now);
    if (!(await repo.shareReport(tx, family, d.row.id, a.staffId, input.version, now)))
      throw await staleMeeting(tx, ctx, family, meetingId, now);
    const start = meetingStart(d.row, d.opts);
    const late = start !== null && now > workingDaysBefore(start, d.meeting.reports_due_working_days);
    if (d.meeting.family_invited)
      await tellParent(tx, family, 'meeting_report_shared', phrase(m.reportShared, { name: a.name, kind: d.row.meeting_kind ?? 'other' }));
    return { report: mine.id, late };
  });
}

/** Keeps a professionals' meeting from the parent for one of the record's reasons, with a review date, or stops keeping it. */
export function withhold(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof WithholdMeetingInput>,
) {
  return changeAsWorker(deps, ctx, familyId, meetingId, 'meeting.withholding_changed', async (tx, family, d, a, now) => {
    refuse(
      mayWithhold(factsOf(d, a), d.row.meeting_kind ?? 'professionals'),
      'may_not_withhold',
      'Only a professionals’ meeting can be kept from the family, by its chair or the worker who arranged it.',
    );
    if (input.reason && !input.reviewOn)
      throw badRequest('Choose when to look again at keeping it from the family.', { reviewOn: 'Choose a review date' });
    if (d.meeting.version !== input.version) throw await staleMeeting(tx, ctx, family, meetingId, now);
    const ok = await repo.updateMeeting(tx, family, d.row.id, input.version, {
      withholding_reason: input.reason,
      withholding_review_on: input.reason ? (input.reviewOn ?? null) : null,
      withheld_by_staff_id: input.reason ? a.staffId : null,
    });
    if (!ok) throw await staleMeeting(tx, ctx, family, meetingId, now);
    return { withheld: input.reason !== null };
  });
}
