// English for what the parent is sent about meetings before they happen (issue 17 §2): the invitation, with what she can
// do, and a worker's report shared with her. Kept as Phrases; other languages in shared/i18n/locales/*/notify-meetings.json.
// `kind` is the meeting's kind key (shared/domain/meetings.ts); `name` a worker's name; `short` is `yes` when the invitation
// gives less notice than usual.
import { defineMessages } from './messages.ts';

export const notifyMeetings = defineMessages('notify-meetings', {
  invited:
    '{name} has invited you to {kind, select, family_network {a family network meeting} core_group {a core group meeting} child_in_need_review {a child in need review} child_protection_initial {a child protection conference} child_protection_review {a review child protection conference} care_programme_review {a care programme review} discharge_planning {a meeting to plan leaving hospital} other {a meeting}}. {short, select, yes {This is shorter notice than usual, and the meeting page says why. } other {}}Choose a time in your calendar or ask for another. You can see who is coming, bring a supporter or an advocate, ask for help to get there, and write what you would like the meeting to know.',
  reportShared:
    '{name} has shared their report for {kind, select, family_network {the family network meeting} core_group {the core group meeting} child_in_need_review {the child in need review} child_protection_initial {the child protection conference} child_protection_review {the review child protection conference} care_programme_review {the care programme review} discharge_planning {the meeting to plan leaving hospital} other {the meeting}} with you. You can read it and reply before the meeting.',
});
