// English for what a family member is sent about visits and appointments (issue 17 §1): notifications kept as Phrases and
// the calendar file's words; other languages in shared/i18n/locales/*/notify-appointments.json. `kind` is the appointment's
// kind key (home_visit, office_appointment, phone_or_video); `name` a worker's name; `time` a clock time in London ("10:30").
import { defineMessages } from './messages.ts';

export const notifyAppointments = defineMessages('notify-appointments', {
  proposed:
    '{name} would like to arrange {kind, select, home_visit {a visit at home} office_appointment {an appointment} other {a phone or video call}} with you. Choose a time that suits you, or suggest another, in your calendar.',
  newTimes:
    '{name} has offered new times for {kind, select, home_visit {a visit at home} office_appointment {an appointment} other {a phone or video call}}. Choose one that suits you, or suggest another, in your calendar.',
  agreedByWorker:
    '{name} agreed to the time you suggested for {kind, select, home_visit {a visit at home} office_appointment {an appointment} other {a phone or video call}}. It is in your calendar.',
  agreedByYou:
    'You agreed a time with {name} for {kind, select, home_visit {a visit at home} office_appointment {an appointment} other {a phone or video call}}. It is in your calendar.',
  cancelled:
    '{name} has cancelled {kind, select, home_visit {a visit at home} office_appointment {an appointment} other {a phone or video call}}. Your calendar says why.',
  reminder:
    'A reminder: {kind, select, home_visit {{name} is visiting you at home tomorrow at {time}} office_appointment {you have an appointment with {name} tomorrow at {time}} meeting {you have a meeting with {name} tomorrow at {time}} other {{name} will call you tomorrow at {time}}}.',
  unannounced: '{name} came to see you without arranging it with you first. Your calendar says why.',
  icsTitle:
    '{kind, select, home_visit {Visit from {name}} office_appointment {Appointment with {name}} meeting {Meeting with {name}} other {Call with {name}}} (Umbrella)',
  icsDescription: 'Arranged in Umbrella. Open Umbrella to see the details.',
  icsCalendarName: 'Your visits and appointments (Umbrella)',
});
