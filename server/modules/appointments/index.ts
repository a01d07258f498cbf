// Public face of the appointments module (issue 17 §1, §3): visits and appointments arranged with the family, the parent's
// calendar and its calendar files, and the day-before reminders the scheduler runs.
export { remindAppointments } from './appointment-reminders.service.ts';
export {
  appointmentView,
  familyView,
  inCalendarOrder,
  isPast,
  type Names,
  personName,
  workerFacts,
} from './appointment-views.ts';
export { type WorkerFacts, workerChanges, workerReads } from './appointments.policy.ts';
// What modules/meetings builds on: a meeting is an appointment of kind 'meeting' (issue 17 §2), loaded, named, changed and
// told about the same way.
export * as appointmentsRepo from './appointments.repo.ts';
export { registerAppointmentRoutes } from './appointments.routes.ts';
export type { AppointmentDeps } from './appointments-core.ts';
export {
  changeFamily,
  checkKey,
  insistFuture,
  keyReused,
  type Loaded,
  namesFor,
  parentIsTold,
  Refused,
  tellParent,
  tellWorkers,
  workerAnswer,
  workerSide,
} from './appointments-core.ts';
export { calendarAsSeenBy } from './appointments-portal.service.ts';
