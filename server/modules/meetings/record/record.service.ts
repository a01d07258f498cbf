// A meeting's record (issue 17 §2): who came, each decision with who made it and the parent's view beside it (a new
// involvement level made through the family's own path; children it changes something for prompt their explanation), the
// actions that land in the family's recovery plan as proposed, the chair's minutes shared once with the family, and the
// family's replies to them. Who may: meetings.policy.ts (recording by the chair or the arranger once the meeting's time has
// come; minutes by the chair, or the arranger when the chair has left the care team). Each change is one transaction with
// its audit event; a worker's words the family reads go through the respectful-language check; a stale save is a 409 with
// the meeting as it is now.
import type { z } from 'zod';
import type {
  AttendanceInput,
  DecisionInput,
  FamilyMeeting,
  MeetingActionInput,
  MeetingReplyInput,
  MinutesInput,
  ShareInput,
  WorkerMeeting,
} from '../../../../shared/contracts/meetings.ts';
import { phrase } from '../../../../shared/i18n/messages.ts';
import { notifyMeetingRecord as m } from '../../../../shared/i18n/notify-meeting-record.messages.ts';
import { type ProfessionalActor, writerLanguage } from '../../../access/actor.ts';
import type { Tx } from '../../../db/database.ts';
import { newId } from '../../../db/ids.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../http/errors.ts';
import type { RequestContext } from '../../../http/request-context.ts';
import { changeFamily, checkKey, keyReused, personName, tellParent, tellWorkers } from '../../appointments/index.ts';
import { recordInvolvementChange } from '../../families/index.ts';
import { askForFeedback } from '../../feedback/index.ts';
import { addProposedAction } from '../../plans/index.ts';
import { checkWords, recordKeptAsWritten, UNCHECKED } from '../../words/index.ts';
import type { MeetingData } from '../meeting-views.ts';
import { recordOpens, workingDaysAfter } from '../meeting-views.ts';
import { mayRecord, mayWriteMinutes } from '../meetings.policy.ts';
import * as meetingsRepo from '../meetings.repo.ts';
import { answerFamily, answerWorker, factsOf, loadMeeting, type MeetingDeps, refuse, staleMeeting, worker } from '../meetings-core.ts';
import { serviceToday } from './minutes-reminders.service.ts';
import * as repo from './record.repo.ts';
import { explanationPromptMessage, minutesReplyMessage } from './record-messages.ts';

const WHO_RECORDS =
  'Only the chair or the worker who arranged this meeting can write down who came, decisions and actions, once the meeting’s time has come. Ask one of them.';
const WHO_WRITES_MINUTES =
  'Only the chair writes and shares the minutes (the worker who arranged the meeting does, if the chair has left the care team), once the meeting’s time has come.';
const CANCELLED = 'This meeting was cancelled, so nothing can be recorded on it.';

/** The day a meeting took place, as a number for the family's message (noon UTC; worded in her language). */
const dayValue = (at: Date | string) => Date.parse(`${new Date(at).toISOString().slice(0, 10)}T12:00:00Z`);

/** A meeting the caller reads (404 otherwise), not cancelled. */
async function meetingToRecord(tx: Tx, ctx: RequestContext, family: Parameters<typeof loadMeeting>[2], meetingId: string, now: Date) {
  const d = await loadMeeting(tx, ctx, family, meetingId, now);
  if (!d) return undefined;
  if (d.row.status === 'cancelled') throw conflict(CANCELLED, null);
  return d;
}

/** Refuses a worker who may not record on this meeting (audited 403). */
function insistMayRecord(d: MeetingData, a: ProfessionalActor, now: Date) {
  const facts = factsOf(d, a);
  const come = recordOpens(d.row, now);
  if (!come && (facts.chair || facts.arranger))
    throw badRequest('This meeting has not started yet. Write down who came, decisions and actions from half an hour before it starts.');
  refuse(mayRecord(facts, come), 'may_not_record', WHO_RECORDS);
}

function insistMayWriteMinutes(d: MeetingData, a: ProfessionalActor, now: Date) {
  const facts = factsOf(d, a);
  const come = recordOpens(d.row, now);
  if (!come && mayWriteMinutes(facts, d.chair.onTeam))
    throw badRequest('This meeting has not started yet. Write the minutes from half an hour before it starts.');
  refuse(come && mayWriteMinutes(facts, d.chair.onTeam), 'may_not_write_minutes', WHO_WRITES_MINUTES);
}

/** The minutes' due date, from the meeting's time as it is now (set on the record's first write, moved with the time). */
async function keepMinutesDue(tx: Tx, family: Parameters<typeof loadMeeting>[2], d: MeetingData) {
  if (d.row.starts_at && d.meeting.minutes_shared_at === null)
    await repo.setMinutesDue(tx, family, d.row.id, workingDaysAfter(new Date(d.row.starts_at), d.meeting.minutes_due_working_days));
}

const parentPerson = (d: MeetingData) => d.names.people.find((p) => p.account_kind === 'parent');

/** The worker's answer after a change: the meeting as it is now. */
async function workerNow(tx: Tx, ctx: RequestContext, family: Parameters<typeof loadMeeting>[2], meetingId: string, now: Date) {
  const answer = await answerWorker(tx, ctx, family, meetingId, now);
  if (!answer) throw notFound();
  return answer;
}

export function recordAttendance(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof AttendanceInput>,
): Promise<WorkerMeeting> {
  const a = worker(ctx);
  const now = deps.now();
  return changeFamily<WorkerMeeting>(deps, ctx, familyId, 'meeting.attendance_recorded', meetingId, async (tx, family) => {
    const d = await meetingToRecord(tx, ctx, family, meetingId, now);
    if (!d) return null;
    insistMayRecord(d, a, now);
    const people = new Map(d.names.people.map((p) => [p.id, p]));
    const team = new Map(d.names.team.map((t) => [t.staff_id, t]));
    const rows: repo.AttendanceValues[] = [];
    for (const [i, x] of input.attendance.entries()) {
      if (x.personId && x.staffId) throw badRequest('Choose a family member or a worker, not both.', { [`attendance.${i}`]: 'Choose one' });
      if (x.personId) {
        const p = people.get(x.personId);
        if (!p) throw badRequest('Choose someone in this family.', { [`attendance.${i}.personId`]: 'Choose someone in this family' });
        rows.push({ id: newId(), person_id: p.id, staff_id: null, name: personName(p), role: x.role, attendance: x.attendance });
      } else if (x.staffId) {
        const t = team.get(x.staffId) ?? d.names.staff.get(x.staffId);
        const name = t ? ('full_name' in t ? t.full_name : t.name) : x.name;
        if (!name)
          throw badRequest('Choose a worker on the care team, or write their name.', { [`attendance.${i}.staffId`]: 'Choose a worker' });
        rows.push({ id: newId(), person_id: null, staff_id: x.staffId, name, role: x.role, attendance: x.attendance });
      } else {
        rows.push({ id: newId(), person_id: null, staff_id: null, name: x.name ?? '', role: x.role, attendance: x.attendance });
      }
    }
    const seen = new Set<string>();
    for (const r of rows) {
      const who = r.person_id ?? r.staff_id;
      if (!who) continue;
      if (seen.has(who)) throw badRequest('Someone is on the list twice. Keep one line for each person.');
      seen.add(who);
    }
    if (!(await repo.updateRecord(tx, family, d.row.id, input.version, {}))) throw await staleMeeting(tx, ctx, family, meetingId, now);
    await repo.replaceAttendance(tx, family, d.row.id, rows);
    await askForFeedback(tx, family, { about: 'meeting', id: d.row.id, came: rows }, now);
    await keepMinutesDue(tx, family, d);
    return {
      result: await workerNow(tx, ctx, family, meetingId, now),
      audit: { subjectType: 'meeting', subjectId: d.row.id, details: { meeting: d.row.id, people: rows.length } },
    };
  });
}

export function recordDecision(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof DecisionInput>,
  key: string | undefined,
): Promise<{ meeting: WorkerMeeting; created: boolean }> {
  const a = worker(ctx);
  checkKey(key);
  const now = deps.now();
  // The family reads the decision: the worker's words are checked (the parent's view beside it is hers, never checked).
  const words = checkWords({ text: input.text }, input.keepAsWritten);
  return changeFamily(deps, ctx, familyId, 'meeting.decision_recorded', meetingId, async (tx, family) => {
    const d = await meetingToRecord(tx, ctx, family, meetingId, now);
    if (!d) return null;
    if (key) {
      const before = await repo.decisionByKey(tx, family, a.accountId, key);
      if (before) {
        if (before.appointment_id !== d.row.id || before.text !== input.text || before.decided_by !== input.decidedBy) throw keyReused();
        return retried(tx, ctx, family, d, now, before.id);
      }
    }
    insistMayRecord(d, a, now);
    const children = new Set(d.names.people.map((p) => p.id));
    const about = [...new Set(input.aboutPersonIds)];
    if (about.some((id) => !children.has(id)))
      throw badRequest('Choose people in this family.', { aboutPersonIds: 'Choose people in this family' });
    const id = newId();
    const inserted = await repo.insertDecision(tx, family, d.row.id, {
      id,
      text: input.text,
      decided_by: input.decidedBy,
      parent_view: input.parentView,
      // The parent's view as the worker wrote it down at the meeting, in the worker's language.
      parent_view_written_in: writerLanguage(a),
      parent_agrees: input.parentAgrees,
      involvement_level_to: input.involvementLevel ?? null,
      about_person_ids: about,
      created_by_account_id: a.accountId,
      idempotency_key: key ?? null,
    });
    if (!inserted) {
      // The same key at the same moment: the other request made it.
      const before = key ? await repo.decisionByKey(tx, family, a.accountId, key) : undefined;
      if (!before) throw conflict('This decision is being saved already. Look at the meeting as it is now.', null);
      return retried(tx, ctx, family, d, now, before.id);
    }
    await recordKeptAsWritten(tx, family, a, { kind: 'meeting_part', id, version: 1 }, words);
    await keepMinutesDue(tx, family, d);
    // A new involvement level goes through the family's own path: the history, the level, and the parent told what it means.
    // The decision's words are the note beside the level, which the parent reads: only from a meeting she is invited to (a
    // professionals' meeting's decisions never reach her; the level itself does, with what it means).
    if (input.involvementLevel)
      await recordInvolvementChange(tx, family, a, {
        level: input.involvementLevel,
        startedOn: serviceToday(now),
        note: d.meeting.family_invited ? input.text : null,
        words: d.meeting.family_invited ? words : UNCHECKED,
      });
    if (about.length > 0) {
      await repo.addExplanationPrompts(tx, family, d.row.id, about);
      const named = new Map(d.names.people.map((p) => [p.id, personName(p)]));
      const side = [d.row.arranged_by_staff_id, ...d.names.team.filter((t) => t.key_worker !== null).map((t) => t.staff_id)];
      const onTeam = new Set(d.names.team.map((t) => t.staff_id));
      const to = [...new Set(side)].filter((s) => onTeam.has(s));
      const kind = d.row.meeting_kind ?? 'core_group';
      for (const personId of about)
        await tellWorkers(
          tx,
          family,
          'meeting_explanation_prompt',
          to,
          explanationPromptMessage(named.get(personId) ?? 'A child', kind, family.display_name, d.row.starts_at ?? now),
        );
    }
    // She is told of a decision made without her view beside it: she was away, or was not asked (a meeting she is invited to only).
    if (d.meeting.family_invited && d.row.meeting_kind && !parentWasThere(d, input.parentAgrees))
      await tellParent(
        tx,
        family,
        'meeting_decision',
        phrase(m.decision, { kind: d.row.meeting_kind, date: dayValue(d.row.starts_at ?? now) }),
      );
    return {
      result: { meeting: await workerNow(tx, ctx, family, meetingId, now), created: true },
      audit: {
        subjectType: 'meeting',
        subjectId: d.row.id,
        details: {
          meeting: d.row.id,
          decision: id,
          decidedBy: input.decidedBy,
          involvementLevel: input.involvementLevel ?? null,
          aboutPeople: about.length,
          retried: false,
        },
      },
    };
  });
}

/** Whether the parent was there to give her view: asked (her view beside it), and not recorded as away. */
function parentWasThere(d: MeetingData, agrees: string): boolean {
  if (agrees === 'not_asked') return false;
  const parent = parentPerson(d);
  const row = parent ? d.parts.attendance.find((x) => x.person_id === parent.id) : undefined;
  return !row || row.attendance === 'attended';
}

/** A retried decision: the meeting as it is now, audited as a retry. */
async function retried(tx: Tx, ctx: RequestContext, family: Parameters<typeof loadMeeting>[2], d: MeetingData, now: Date, id: string) {
  const meeting = await workerNow(tx, ctx, family, d.row.id, now);
  const decision = d.parts.decisions.find((x) => x.id === id);
  return {
    result: { meeting, created: false },
    audit: {
      subjectType: 'meeting',
      subjectId: d.row.id,
      details: {
        meeting: d.row.id,
        decision: id,
        decidedBy: decision?.decided_by ?? 'chair',
        involvementLevel: decision?.involvement_level_to ?? null,
        aboutPeople: decision?.about_person_ids.length ?? 0,
        retried: true,
      },
    },
  };
}

/** The words of an action a worker wrote, by field as the 400 names them, for the respectful-language check. */
function actionWords(c: z.output<typeof MeetingActionInput>['content']) {
  return {
    'content.what': c.what,
    'content.who': c.who,
    'content.support': c.support,
    'content.whyAsked': c.whyAsked,
    'content.ifNotMet': c.ifNotMet,
  };
}

export function recordAction(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof MeetingActionInput>,
  key: string | undefined,
): Promise<{ meeting: WorkerMeeting; created: boolean }> {
  const a = worker(ctx);
  checkKey(key);
  const now = deps.now();
  const words = checkWords(actionWords(input.content), input.keepAsWritten);
  return changeFamily(deps, ctx, familyId, 'meeting.action_recorded', meetingId, async (tx, family) => {
    const d = await meetingToRecord(tx, ctx, family, meetingId, now);
    if (!d) return null;
    const again = async () => {
      const before = key ? await repo.actionByKey(tx, family, a.accountId, key) : undefined;
      if (!before) return null;
      if (before.appointment_id !== d.row.id) throw keyReused();
      return {
        result: { meeting: await workerNow(tx, ctx, family, meetingId, now), created: false },
        audit: {
          subjectType: 'meeting',
          subjectId: d.row.id,
          details: { meeting: d.row.id, planItem: before.plan_item_id, retried: true },
        },
      };
    };
    const before = await again();
    if (before) return before;
    insistMayRecord(d, a, now);
    if (input.decisionId && !(await repo.decisionOf(tx, family, d.row.id, input.decisionId)))
      throw badRequest('Choose a decision of this meeting.', { decisionId: 'Choose a decision of this meeting' });
    const planItemId = newId();
    const reserved = await repo.insertAction(tx, family, d.row.id, {
      plan_item_id: planItemId,
      decision_id: input.decisionId ?? null,
      created_by_account_id: a.accountId,
      idempotency_key: key ?? null,
    });
    if (!reserved) {
      const other = await again();
      if (other) return other;
      throw conflict('This action is being saved already. Look at the meeting as it is now.', null);
    }
    // Into the plan's working version, proposed, by the plan's own rules (a plan is started if the family has none).
    await addProposedAction(
      tx,
      ctx.scope,
      family,
      a,
      { content: input.content, worryId: input.worryId ?? null, words, id: planItemId },
      now,
    );
    await keepMinutesDue(tx, family, d);
    return {
      result: { meeting: await workerNow(tx, ctx, family, meetingId, now), created: true },
      audit: { subjectType: 'meeting', subjectId: d.row.id, details: { meeting: d.row.id, planItem: planItemId, retried: false } },
    };
  });
}

export function saveMinutes(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof MinutesInput>,
): Promise<WorkerMeeting> {
  const a = worker(ctx);
  const now = deps.now();
  const words = checkWords({ text: input.text }, input.keepAsWritten);
  return changeFamily<WorkerMeeting>(deps, ctx, familyId, 'meeting.minutes_saved', meetingId, async (tx, family) => {
    const d = await meetingToRecord(tx, ctx, family, meetingId, now);
    if (!d) return null;
    insistMayWriteMinutes(d, a, now);
    if (d.meeting.minutes_shared_at !== null)
      throw conflict(
        'The minutes were shared with the family, so they stay as they read them. Add anything new as a note on the record.',
        await answerWorker(tx, ctx, family, meetingId, now),
      );
    if (!(await repo.updateRecord(tx, family, d.row.id, input.version, { minutes: input.text }, true)))
      throw await staleMeeting(tx, ctx, family, meetingId, now);
    await recordKeptAsWritten(tx, family, a, { kind: 'meeting', id: d.row.id, version: input.version + 1 }, words);
    await keepMinutesDue(tx, family, d);
    return {
      result: await workerNow(tx, ctx, family, meetingId, now),
      audit: { subjectType: 'meeting', subjectId: d.row.id, details: { meeting: d.row.id, version: input.version + 1 } },
    };
  });
}

export function shareMinutes(
  deps: MeetingDeps,
  ctx: RequestContext,
  familyId: string,
  meetingId: string,
  input: z.output<typeof ShareInput>,
): Promise<WorkerMeeting> {
  const a = worker(ctx);
  const now = deps.now();
  return changeFamily<WorkerMeeting>(deps, ctx, familyId, 'meeting.minutes_shared', meetingId, async (tx, family) => {
    const d = await meetingToRecord(tx, ctx, family, meetingId, now);
    if (!d) return null;
    insistMayWriteMinutes(d, a, now);
    if (!d.meeting.minutes) throw badRequest('Write the minutes first, then share them.');
    if (d.meeting.minutes_shared_at !== null)
      throw conflict('The minutes were shared already.', await answerWorker(tx, ctx, family, meetingId, now));
    if (!(await repo.updateRecord(tx, family, d.row.id, input.version, { minutes_shared_at: now }, true)))
      throw await staleMeeting(tx, ctx, family, meetingId, now);
    // A professionals' meeting's minutes never reach the family; every other kind's reach the parent, in her language.
    const familyTold = d.meeting.family_invited && d.row.meeting_kind !== null;
    if (familyTold && d.row.meeting_kind)
      await tellParent(
        tx,
        family,
        'meeting_minutes_shared',
        phrase(m.minutesShared, { kind: d.row.meeting_kind, date: dayValue(d.row.starts_at ?? now) }),
      );
    return {
      result: await workerNow(tx, ctx, family, meetingId, now),
      audit: { subjectType: 'meeting', subjectId: d.row.id, details: { meeting: d.row.id, familyTold } },
    };
  });
}

/** The parent replies to the shared minutes, in her words and language; the chair is told (the arranger if the chair left). */
export function replyToMinutes(
  deps: MeetingDeps,
  ctx: RequestContext,
  meetingId: string,
  input: z.output<typeof MeetingReplyInput>,
  key: string | undefined,
): Promise<FamilyMeeting> {
  const p = ctx.actor;
  if (p.kind !== 'parent') throw forbidden('Replying to the minutes is for the parent.');
  checkKey(key);
  const now = deps.now();
  return changeFamily<FamilyMeeting>(deps, ctx, p.familyId, 'meeting.minutes_replied', meetingId, async (tx, family) => {
    const d = await loadMeeting(tx, ctx, family, meetingId, now);
    // Minutes she may reply to are ones she reads: a meeting she was invited to, shared with her.
    if (!d?.meeting.family_invited || d.meeting.minutes_shared_at === null) return null;
    if (key) {
      const before = await meetingsRepo.replyByKey(tx, family, p.accountId, key);
      if (before) {
        if (before.appointment_id !== d.row.id || before.report_id !== null || before.text !== input.text) throw keyReused();
        return replied(tx, ctx, family, meetingId, now, before.id, true);
      }
    }
    const id = newId();
    const inserted = await meetingsRepo.insertReply(tx, family, d.row.id, {
      id,
      report_id: null,
      author_account_id: p.accountId,
      author_name: p.name,
      text: input.text,
      written_in: writerLanguage(p),
      idempotency_key: key ?? null,
    });
    if (!inserted) {
      const before = key ? await meetingsRepo.replyByKey(tx, family, p.accountId, key) : undefined;
      if (!before) throw conflict('Your reply is being saved already.', null);
      return replied(tx, ctx, family, meetingId, now, before.id, true);
    }
    const onTeam = new Set(d.names.team.map((t) => t.staff_id));
    const to = d.chair.onTeam ? d.chair.staffId : onTeam.has(d.row.arranged_by_staff_id) ? d.row.arranged_by_staff_id : null;
    if (to && d.row.meeting_kind)
      await tellWorkers(
        tx,
        family,
        'meeting_reply',
        [to],
        minutesReplyMessage(p.name, d.row.meeting_kind, family.display_name, d.row.starts_at ?? now),
      );
    return replied(tx, ctx, family, meetingId, now, id, false);
  });
}

async function replied(
  tx: Tx,
  ctx: RequestContext,
  family: Parameters<typeof loadMeeting>[2],
  meetingId: string,
  now: Date,
  replyId: string,
  retry: boolean,
) {
  const answer = await answerFamily(tx, ctx, family, meetingId, now);
  if (!answer) return null;
  return {
    result: answer,
    audit: { subjectType: 'meeting', subjectId: meetingId, details: { meeting: meetingId, reply: replyId, retried: retry } },
  };
}
