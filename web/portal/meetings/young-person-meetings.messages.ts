// English for "Meetings about you" on a young person's page (issue 17 §2); other languages in
// shared/i18n/locales/*/calendar-meeting-young.json (the later part, fetched with their meetings).
import { defineMessages } from '../../../shared/i18n/messages.ts';

export const youngPersonMeetings = defineMessages('calendar-meeting-young', {
  title: 'Meetings about you',
  intro:
    'These are meetings where the adults who work with your family talk about you. You can tell the meeting what you think. What you write is shared at the meeting, so the people there, including your family, will read it.',
  when: 'When',
  notFixed: 'The time is not fixed yet.',
  where: 'Where',
  cancelled: 'This meeting was cancelled.',
  yourView: 'What you’d like the meeting to know',
  viewHint: 'What is going well, what is hard, and what you would like to happen. Use your own words. You can change it until the meeting.',
  happened: 'This meeting has happened. This is what you told it:',
  nothingWritten: 'You did not write anything for this meeting.',
});
