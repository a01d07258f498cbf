// The care team's calls for a family's meetings (issue 17 §2; shared/contracts/meetings.ts): arranging one, reading it,
// the family's views written down for them, this worker's report, withholding a professionals' meeting, the record
// (attendance, decisions, actions into the plan, minutes), and a team manager's count of overdue minutes.
import { queryOptions } from '@tanstack/react-query';
import type {
  ArrangeMeetingInput,
  AttendanceInput,
  DecisionInput,
  MeetingActionInput,
  MinutesInput,
  OverdueMinutes,
  SaveReportInput,
  ShareInput,
  WithholdMeetingInput,
  WorkerMeeting,
  WriteViewForInput,
} from '../../../shared/contracts/meetings.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { OverdueMinutes, WorkerMeeting };

const enc = encodeURIComponent;
const base = (familyId: string) => `/api/families/${enc(familyId)}/meetings`;
const one = (familyId: string, meetingId: string) => `${base(familyId)}/${enc(meetingId)}`;

export const meetingQuery = (familyId: string, meetingId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'meetings', meetingId],
    queryFn: ({ signal }) => apiGet<WorkerMeeting>(one(familyId, meetingId), signal),
  });

/** Sent with an idempotency key: a retried send of the same form arranges one meeting. */
export const arrangeMeeting = (familyId: string, body: ArrangeMeetingInput, key: string) =>
  apiPost<WorkerMeeting>(base(familyId), body, { headers: { 'idempotency-key': key } });

export const writeViewFor = (familyId: string, meetingId: string, personId: string, body: WriteViewForInput) =>
  apiPut<WorkerMeeting>(`${one(familyId, meetingId)}/views/${enc(personId)}`, body);

export const saveMyReport = (familyId: string, meetingId: string, body: SaveReportInput) =>
  apiPut<WorkerMeeting>(`${one(familyId, meetingId)}/reports/mine`, body);

export const shareMyReport = (familyId: string, meetingId: string, body: ShareInput) =>
  apiPost<WorkerMeeting>(`${one(familyId, meetingId)}/reports/mine/share`, body);

export const saveWithholding = (familyId: string, meetingId: string, body: WithholdMeetingInput) =>
  apiPut<WorkerMeeting>(`${one(familyId, meetingId)}/withholding`, body);

export const saveAttendance = (familyId: string, meetingId: string, body: AttendanceInput) =>
  apiPut<WorkerMeeting>(`${one(familyId, meetingId)}/attendance`, body);

/** Idempotent: a retried send of the same decision records it once. */
export const recordDecision = (familyId: string, meetingId: string, body: DecisionInput, key: string) =>
  apiPost<WorkerMeeting>(`${one(familyId, meetingId)}/decisions`, body, { headers: { 'idempotency-key': key } });

/** Idempotent: a retried send of the same action puts it in the plan once. */
export const addMeetingAction = (familyId: string, meetingId: string, body: MeetingActionInput, key: string) =>
  apiPost<WorkerMeeting>(`${one(familyId, meetingId)}/actions`, body, { headers: { 'idempotency-key': key } });

export const saveMinutes = (familyId: string, meetingId: string, body: MinutesInput) =>
  apiPut<WorkerMeeting>(`${one(familyId, meetingId)}/minutes`, body);

export const shareMinutes = (familyId: string, meetingId: string, body: ShareInput) =>
  apiPost<WorkerMeeting>(`${one(familyId, meetingId)}/minutes/share`, body);

export const overdueMinutesQuery = queryOptions({
  queryKey: ['team', 'meetings', 'minutes-overdue'],
  queryFn: ({ signal }) => apiGet<OverdueMinutes>('/api/team/meetings/minutes-overdue', signal),
});
