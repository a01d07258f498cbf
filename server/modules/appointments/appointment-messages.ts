// What workers are told about visits and appointments, in English (their screens are English for now); what the family is
// told is a Phrase from shared/i18n/notify-appointments.messages.ts, so they read it in their own language. Never the words
// of a reason or a note: those are on the appointment.
import { APPOINTMENT_KIND_WORDS, type AppointmentKind } from '../../../shared/domain/appointments.ts';
import { momentInWords } from '../../../shared/domain/help.ts';

const what = (kind: AppointmentKind) => `the ${APPOINTMENT_KIND_WORDS[kind].label.toLowerCase()}`;

export const chosenMessage = (parent: string, kind: AppointmentKind, at: Date) =>
  `${parent} chose ${momentInWords(at)} for ${what(kind)}. It is agreed.`;
export const acceptedMessage = (worker: string, parent: string, kind: AppointmentKind, at: Date) =>
  `${worker} agreed ${parent}’s time for ${what(kind)}: ${momentInWords(at)}.`;
export const suggestedMessage = (parent: string, kind: AppointmentKind, at: Date) =>
  `${parent} suggested another time for ${what(kind)}: ${momentInWords(at)}. Please accept it or offer other times.`;
export const newTimesMessage = (worker: string, kind: AppointmentKind) =>
  `${worker} offered new times for ${what(kind)}. It is waiting for the family to choose.`;
export const cancelledByFamilyMessage = (parent: string, kind: AppointmentKind) =>
  `${parent} cancelled ${what(kind)}. The reason is on the appointment.`;
export const cancelledByWorkerMessage = (worker: string, kind: AppointmentKind) =>
  `${worker} cancelled ${what(kind)}. The reason is on the appointment.`;
export const reminderToWorkerMessage = (kind: AppointmentKind, family: string, at: Date) =>
  `A reminder: ${what(kind)} with ${family} is tomorrow, ${momentInWords(at)}.`;
