// shared/domain/appointments.ts's word lists in the language shown, each looked up by its key (issue 16 §3): the kinds, where
// an appointment stands, what became of a time offered, and what makes appointments hard.
import type { AppointmentBarrierField, AppointmentKind, AppointmentStatus, OptionStatus } from '../../../shared/domain/appointments.ts';
import type { Message } from '../../../shared/i18n/messages.ts';
import { calendarPage as p } from './calendar.messages.ts';
import { calendarForms as f } from './calendar-forms.messages.ts';

export const KIND_WORDS = {
  home_visit: p.kind_home_visit,
  office_appointment: p.kind_office_appointment,
  phone_or_video: p.kind_phone_or_video,
  meeting: p.kind_meeting,
} as const satisfies Record<AppointmentKind, Message>;

export const STATUS_WORDS = {
  proposed: p.status_proposed,
  agreed: p.status_agreed,
  happened: p.status_happened,
  cancelled: p.status_cancelled,
} as const satisfies Record<AppointmentStatus, Message>;

export const TIME_STATUS_WORDS = {
  open: p.time_open,
  chosen: p.time_chosen,
  set_aside: p.time_set_aside,
} as const satisfies Record<OptionStatus, Message>;

export const BARRIER_WORDS = {
  childcare: { label: f.barrier_childcare_label, hint: f.barrier_childcare_hint },
  travel: { label: f.barrier_travel_label, hint: f.barrier_travel_hint },
  times: { label: f.barrier_times_label, hint: f.barrier_times_hint },
  other: { label: f.barrier_other_label, hint: f.barrier_other_hint },
} as const satisfies Record<AppointmentBarrierField, { label: Message; hint: Message }>;
