// The family's calls for meetings (issue 17 §2, shared/contracts/meetings.ts): the parent's meeting page (her view, help to
// get there, replies to reports and to the minutes) and a young person's meetings about them with their own view.
import { queryOptions } from '@tanstack/react-query';
import type {
  AskHelpInput,
  FamilyMeeting,
  MeetingReplyInput,
  OwnViewInput,
  YoungPersonMeeting,
  YoungPersonMeetings,
} from '../../../shared/contracts/meetings.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';
import { loadLaterMessages } from '../../i18n/i18n.ts';

export type { FamilyMeeting, YoungPersonMeeting, YoungPersonMeetings };

const enc = encodeURIComponent;
const one = (meetingId: string) => `/api/portal/meetings/${enc(meetingId)}`;

export const meetingQuery = (meetingId: string) =>
  queryOptions({
    queryKey: ['portal', 'meetings', meetingId],
    queryFn: ({ signal }) => apiGet<FamilyMeeting>(one(meetingId), signal),
  });

/** A young person's meetings; the words are in the language's later part, fetched with them so nothing shows in English first. */
export const myMeetingsQuery = queryOptions({
  queryKey: ['portal', 'my-meetings'],
  queryFn: async ({ signal }) => {
    const [meetings] = await Promise.all([apiGet<YoungPersonMeetings>('/api/portal/my-meetings', signal), loadLaterMessages()]);
    return meetings;
  },
});

export const writeOwnView = (meetingId: string, body: OwnViewInput) => apiPut<FamilyMeeting>(`${one(meetingId)}/view`, body);

export const askHelp = (meetingId: string, body: AskHelpInput) => apiPost<FamilyMeeting>(`${one(meetingId)}/help`, body);

/** A reply to a shared report, or (reportId null) to the shared minutes; the key makes a retried send one reply. */
export const sendReply = (meetingId: string, reportId: string | null, body: MeetingReplyInput, idempotencyKey: string) =>
  apiPost<FamilyMeeting>(reportId ? `${one(meetingId)}/reports/${enc(reportId)}/replies` : `${one(meetingId)}/minutes/replies`, body, {
    headers: { 'idempotency-key': idempotencyKey },
  });

export const writeMyView = (meetingId: string, body: OwnViewInput) =>
  apiPut<YoungPersonMeetings>(`/api/portal/my-meetings/${enc(meetingId)}/view`, body);
