// English for what the parent is sent about a meeting’s record (issue 17 §2): a decision made without her view beside it, and
// the minutes shared with her; kept as Phrases so she reads them in her language (other languages in
// shared/i18n/locales/*/notify-meeting-record.json). `kind` is the meeting's kind key (shared/domain/meetings.ts); `date` the
// meeting's day as a number (noon UTC), worded by the language. The workers' messages are English
// (server/modules/meetings/record/record-messages.ts).
import { defineMessages } from './messages.ts';

export const notifyMeetingRecord = defineMessages('notify-meeting-record', {
  decision:
    'A decision was made at the {kind, select, family_network {family network meeting} core_group {core group meeting} child_in_need_review {child in need review} child_protection_initial {child protection conference} child_protection_review {child protection review conference} care_programme_review {care programme approach review} discharge_planning {discharge planning meeting} other {meeting}} on {date, date, long}, without your view written beside it. You can read it, and what happens next, on the meeting’s page in your calendar.',
  minutesShared:
    'The minutes of the {kind, select, family_network {family network meeting} core_group {core group meeting} child_in_need_review {child in need review} child_protection_initial {child protection conference} child_protection_review {child protection review conference} care_programme_review {care programme approach review} discharge_planning {discharge planning meeting} other {meeting}} on {date, date, long} are ready: what was talked about and what was decided. You can read them on the meeting’s page in your calendar, and reply beside them if something is wrong or missing.',
});
