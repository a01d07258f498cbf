// shared/domain/meetings.ts's keys in the family's words (issue 17 §2), each looked up by its key: the kinds (name, what it
// is for, who decides, what can happen next, a young person's version), who decided, what she thought of a decision, who
// came, and what would help her get there. Never the workers' labels (meeting-words.test.ts).
import type { Attendance, DecidedBy, MeetingHelpKind, MeetingKind, ParentAgrees } from '../../../shared/domain/meetings.ts';
import { meetingKinds as k } from '../../../shared/i18n/meeting-kinds.messages.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { meetingPage as m } from './meeting.messages.ts';

export type KindWords = { name: Message; whatFor: Message; whoDecides: Message; whatNext: Message; young: Message };

export const KIND_WORDS = {
  family_network: {
    name: k.family_network_name,
    whatFor: k.family_network_whatFor,
    whoDecides: k.family_network_whoDecides,
    whatNext: k.family_network_whatNext,
    young: k.family_network_young,
  },
  core_group: {
    name: k.core_group_name,
    whatFor: k.core_group_whatFor,
    whoDecides: k.core_group_whoDecides,
    whatNext: k.core_group_whatNext,
    young: k.core_group_young,
  },
  child_in_need_review: {
    name: k.child_in_need_review_name,
    whatFor: k.child_in_need_review_whatFor,
    whoDecides: k.child_in_need_review_whoDecides,
    whatNext: k.child_in_need_review_whatNext,
    young: k.child_in_need_review_young,
  },
  child_protection_initial: {
    name: k.child_protection_initial_name,
    whatFor: k.child_protection_initial_whatFor,
    whoDecides: k.child_protection_initial_whoDecides,
    whatNext: k.child_protection_initial_whatNext,
    young: k.child_protection_initial_young,
  },
  child_protection_review: {
    name: k.child_protection_review_name,
    whatFor: k.child_protection_review_whatFor,
    whoDecides: k.child_protection_review_whoDecides,
    whatNext: k.child_protection_review_whatNext,
    young: k.child_protection_review_young,
  },
  care_programme_review: {
    name: k.care_programme_review_name,
    whatFor: k.care_programme_review_whatFor,
    whoDecides: k.care_programme_review_whoDecides,
    whatNext: k.care_programme_review_whatNext,
    young: k.care_programme_review_young,
  },
  discharge_planning: {
    name: k.discharge_planning_name,
    whatFor: k.discharge_planning_whatFor,
    whoDecides: k.discharge_planning_whoDecides,
    whatNext: k.discharge_planning_whatNext,
    young: k.discharge_planning_young,
  },
  professionals: {
    name: k.professionals_name,
    whatFor: k.professionals_whatFor,
    whoDecides: k.professionals_whoDecides,
    whatNext: k.professionals_whatNext,
    young: k.professionals_young,
  },
} as const satisfies Record<MeetingKind, KindWords>;

/** A kind the server sends as a plain string (the calendar's `meetingKind`): its words, or null for one this page does not know. */
export function kindWordsOf(kind: string | null): KindWords | null {
  return kind !== null && Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind as MeetingKind] : null;
}

export const DECIDED_WORDS = {
  chair: m.decided_chair,
  professionals: m.decided_professionals,
  everyone: m.decided_everyone,
  one_agency: m.decided_one_agency,
} as const satisfies Record<DecidedBy, Message>;

export const AGREES_WORDS = {
  agrees: m.agrees_agrees,
  partly: m.agrees_partly,
  disagrees: m.agrees_disagrees,
  not_asked: m.agrees_not_asked,
} as const satisfies Record<ParentAgrees, Message>;

export const ATTENDANCE_WORDS = {
  attended: m.attendance_attended,
  sent_apologies: m.attendance_sent_apologies,
  did_not_attend: m.attendance_did_not_attend,
} as const satisfies Record<Attendance, Message>;

/** What would help: the choice's label, and the word inside "You asked for help with {kind}". */
export const HELP_WORDS = {
  childcare: { label: m.helpChildcare, inSentence: m.help_childcare },
  travel: { label: m.helpTravel, inSentence: m.help_travel },
  other: { label: m.helpOther, inSentence: m.help_other },
} as const satisfies Record<MeetingHelpKind, { label: Message; inSentence: Message }>;
