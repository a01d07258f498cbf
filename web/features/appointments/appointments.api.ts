// The care team's calls for a family's visits and appointments (issue 17 §1): the list with the arranging form's data,
// proposing, an unannounced visit, accepting the parent's time, offering new times, cancelling, saying it happened, what
// makes appointments hard, and the calendar files (server/modules/appointments/appointments.routes.ts).
import { queryOptions } from '@tanstack/react-query';
import type {
  AppointmentBarriers,
  AppointmentBarriersInput,
  CancelAppointmentInput,
  ChooseTimeInput,
  HappenedInput,
  OfferTimesInput,
  ProposeAppointmentInput,
  UnannouncedVisitInput,
  WorkerAppointment,
  WorkerAppointments,
} from '../../../shared/contracts/appointments.ts';
import { apiGet, apiPost, apiPut } from '../../api/client.ts';

export type { AppointmentBarriers, WorkerAppointment, WorkerAppointments };

const enc = encodeURIComponent;
const base = (familyId: string) => `/api/families/${enc(familyId)}/appointments`;
const one = (familyId: string, appointmentId: string, action: string) => `${base(familyId)}/${enc(appointmentId)}/${action}`;

export const appointmentsQuery = (familyId: string) =>
  queryOptions({
    queryKey: ['families', familyId, 'appointments'],
    queryFn: ({ signal }) => apiGet<WorkerAppointments>(base(familyId), signal),
  });

/** Sent with an idempotency key: a retried send of the same form makes one appointment. */
export const proposeAppointment = (familyId: string, body: ProposeAppointmentInput, key: string) =>
  apiPost<WorkerAppointment>(base(familyId), body, { headers: { 'idempotency-key': key } });

export const recordUnannounced = (familyId: string, body: UnannouncedVisitInput, key: string) =>
  apiPost<WorkerAppointment>(`${base(familyId)}/unannounced`, body, { headers: { 'idempotency-key': key } });

export const acceptTime = (familyId: string, appointmentId: string, body: ChooseTimeInput) =>
  apiPost<WorkerAppointment>(one(familyId, appointmentId, 'accept'), body);

export const offerTimes = (familyId: string, appointmentId: string, body: OfferTimesInput) =>
  apiPost<WorkerAppointment>(one(familyId, appointmentId, 'offer'), body);

export const cancelAppointment = (familyId: string, appointmentId: string, body: CancelAppointmentInput) =>
  apiPost<WorkerAppointment>(one(familyId, appointmentId, 'cancel'), body);

export const recordHappened = (familyId: string, appointmentId: string, body: HappenedInput) =>
  apiPost<WorkerAppointment>(one(familyId, appointmentId, 'happened'), body);

export const saveBarriers = (familyId: string, body: AppointmentBarriersInput) =>
  apiPut<AppointmentBarriers>(`${base(familyId)}/barriers`, body);

/** One appointment as a calendar file for the worker's diary, and their own diary of every family they reach. */
export const appointmentFile = (familyId: string, appointmentId: string) => one(familyId, appointmentId, 'calendar.ics');
export const MY_DIARY_FILE = '/api/appointments/calendar.ics';

/** The list with one appointment as the server now has it (after a change, or a 409's `current`). */
export function withAppointment(list: WorkerAppointments, changed: WorkerAppointment): WorkerAppointments {
  return { ...list, appointments: list.appointments.map((a) => (a.id === changed.id ? changed : a)) };
}
