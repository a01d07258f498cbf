// Calendar files (iCalendar, RFC 5545) of visits and appointments (issue 17 §1), made with ical-generator: for a phone's
// calendar or a worker's diary. An event says no more than the person already reads in Umbrella and less than the page:
// the kind and the other side's name ("Visit from Daniel Okafor (Umbrella)"), where, and "see Umbrella" — never what it
// is for, which can say something about someone's health. Times are UTC; each appointment keeps one UID for good, and
// its SEQUENCE goes up with each change, so a calendar replaces the old copy; a cancelled one is STATUS:CANCELLED.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AppointmentStatus } from '../../../shared/domain/appointments.ts';

export type IcsEvent = {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
  updatedAt: Date;
  summary: string;
  description: string;
  location: string | null;
};

/** The UID an appointment keeps in every file and every calendar. */
export const uidOf = (appointmentId: string) => `${appointmentId}@umbrella`;

/** Which appointments a calendar file holds: those with a time that was agreed (still agreed, happened, or cancelled since). */
export const hasCalendarTime = (status: AppointmentStatus, startsAt: Date | null): startsAt is Date =>
  startsAt !== null && (status === 'agreed' || status === 'happened' || status === 'cancelled');

export function calendarFile(name: string, events: readonly IcsEvent[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Umbrella', product: 'Umbrella', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events) {
    calendar.createEvent({
      id: uidOf(e.id),
      sequence: e.sequence,
      stamp: e.updatedAt,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.summary,
      description: e.description,
      location: e.location,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A safe file name: letters, digits and dashes only. */
export const fileName = (base: string) => `${base.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 60)}.ics`;
