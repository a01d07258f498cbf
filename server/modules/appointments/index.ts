// Public face of the appointments module (issue 17 §1, §3): visits and appointments arranged with the family, the parent's
// calendar and its calendar files, and the day-before reminders the scheduler runs.
export { remindAppointments } from './appointment-reminders.service.ts';
export { registerAppointmentRoutes } from './appointments.routes.ts';
export type { AppointmentDeps } from './appointments-core.ts';
export { calendarAsSeenBy } from './appointments-portal.service.ts';
