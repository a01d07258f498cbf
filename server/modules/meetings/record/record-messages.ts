// What workers are told about a meeting's record, in English (their screens are English): the minutes are late, the family
// replied to the minutes, and a child's explanation may need updating. The family's messages are Phrases
// (shared/i18n/notify-meeting-record.messages.ts). Never the words of the minutes, a decision or a reply.
import { dateInWords } from '../../../../shared/domain/dates.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../../shared/domain/meetings.ts';

const label = (kind: MeetingKind) => MEETING_KIND_LABELS[kind].charAt(0).toLowerCase() + MEETING_KIND_LABELS[kind].slice(1);
const meeting = (kind: MeetingKind, family: string, on: Date | string) => `the ${label(kind)} with ${family} on ${dateInWords(on)}`;

export const minutesOverdueMessage = (kind: MeetingKind, family: string, on: Date | string, dueOn: string) =>
  `The minutes of ${meeting(kind, family, on)} are late: they were due with the family by ${dateInWords(dueOn)}. Please write and share them.`;

export const minutesReplyMessage = (name: string, kind: MeetingKind, family: string, on: Date | string) =>
  `${name} replied to the minutes of ${meeting(kind, family, on)}. The reply is beside the minutes.`;

export const explanationPromptMessage = (child: string, kind: MeetingKind, family: string, on: Date | string) =>
  `${child}’s explanation may need updating after ${meeting(kind, family, on)}: a decision there changed something for them.`;
