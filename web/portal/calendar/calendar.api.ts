// The parent's calls for her calendar (issue 17 §1, §3): the calendar, choosing a time, suggesting another, cancelling with a
// reason, what makes appointments hard, and the calendar files for her phone (server/modules/appointments/appointments.routes.ts).
import { queryOptions } from '@tanstack/react-query';
import type {
  AppointmentBarriers,
  AppointmentBarriersInput,
  CancelAppointmentInput,
  ChooseTimeInput,
  FamilyAppointment,
  PortalCalendar,
  SuggestTimeInput,
} from '../../../shared/contracts/appointments.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { AppointmentBarriers, FamilyAppointment, PortalCalendar };

const enc = encodeURIComponent;

export const calendarQuery = queryOptions({
  queryKey: ['portal', 'calendar'],
  queryFn: ({ signal }) => apiGet<PortalCalendar>('/api/portal/calendar', signal),
});

/** The whole calendar as a file her phone's calendar opens (agreed times; cancelled ones marked cancelled). */
export const CALENDAR_FILE = '/api/portal/calendar.ics';
export const appointmentFile = (appointmentId: string) => `/api/portal/appointments/${enc(appointmentId)}/calendar.ics`;

const one = (appointmentId: string, action: string) => `/api/portal/appointments/${enc(appointmentId)}/${action}`;

export const chooseTime = (appointmentId: string, body: ChooseTimeInput) => apiPost<FamilyAppointment>(one(appointmentId, 'choose'), body);

export const suggestTime = (appointmentId: string, body: SuggestTimeInput) =>
  apiPost<FamilyAppointment>(one(appointmentId, 'suggest'), body);

export const cancelAppointment = (appointmentId: string, body: CancelAppointmentInput) =>
  apiPost<FamilyAppointment>(one(appointmentId, 'cancel'), body);

export const saveBarriers = (body: AppointmentBarriersInput) => apiPut<AppointmentBarriers>('/api/portal/calendar/barriers', body);

/** The calendar with one appointment as the server now has it (after an answer, or a 409's `current`). */
export function withAppointment(calendar: PortalCalendar, changed: FamilyAppointment): PortalCalendar {
  const swap = (list: FamilyAppointment[]) => list.map((a) => (a.id === changed.id ? changed : a));
  return { ...calendar, coming: swap(calendar.coming), past: swap(calendar.past) };
}
