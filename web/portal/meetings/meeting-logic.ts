// What a meeting's page shows, worked out from the family's view of it (issue 17 §2): whether there is anything of the record
// yet, which view is hers, and the others' views in the order the record keeps them (the parent's first).
import type { MeetingView } from '../../../shared/contracts/meetings.ts';
import type { FamilyMeeting } from './meetings.api.ts';

/** "What happened at the meeting" shows once it happened or anything of it was written down. */
export function hasRecord(meeting: Pick<FamilyMeeting, 'appointment' | 'attendance' | 'decisions' | 'actions' | 'minutes'>): boolean {
  return (
    meeting.appointment.status === 'happened' ||
    meeting.attendance.length > 0 ||
    meeting.decisions.length > 0 ||
    meeting.actions.length > 0 ||
    meeting.minutes.sharedAt !== null
  );
}

/** Her own view and everyone else's (the children's, written by them or with them), in the server's order. */
export function splitViews(views: MeetingView[], personId: string): { mine: MeetingView | null; others: MeetingView[] } {
  return { mine: views.find((v) => v.personId === personId) ?? null, others: views.filter((v) => v.personId !== personId) };
}

/** The minutes, as she reads where they stand: shared, late, due by a date, or not yet. */
export type MinutesStanding = 'shared' | 'late' | 'due' | 'not_yet';
export function minutesStanding(minutes: FamilyMeeting['minutes']): MinutesStanding {
  if (minutes.sharedAt !== null && minutes.text !== null) return 'shared';
  if (minutes.overdue && minutes.dueOn) return 'late';
  return minutes.dueOn ? 'due' : 'not_yet';
}

/**
 * When reports should reach her: by their due date, unless that date came before she was even told of the meeting (it was
 * arranged at short notice), when a date already gone would only confuse: then she reads that they may come late.
 */
export type ReportsDue = { date: string } | 'short_notice' | null;
export function reportsDue(meeting: Pick<FamilyMeeting, 'reportsDueBy' | 'invitedAt'>): ReportsDue {
  if (!meeting.reportsDueBy) return null;
  if (meeting.invitedAt && Date.parse(meeting.reportsDueBy) < Date.parse(meeting.invitedAt)) return 'short_notice';
  return { date: meeting.reportsDueBy };
}
