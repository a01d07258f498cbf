// Asking for help (issue 14 §1, P9): how soon, how to be contacted, what happens to a request, the promise that
// asking is never held against anyone, the national numbers for out of hours, and every word the family reads.

import { type Phrase, phrase } from '../i18n/messages.ts';
import { notifySupport as n } from '../i18n/notify-support.messages.ts';
import { addWorkingMinutes, type WorkingTime, wallClock, workingDayMinutes } from './working-time.ts';

/** How soon the person would like an answer. */
export const HELP_URGENCIES = ['today', 'this_week', 'letting_know'] as const;
export type HelpUrgency = (typeof HELP_URGENCIES)[number];
export const HELP_URGENCY_WORDS = {
  today: 'Today',
  this_week: 'This week',
  letting_know: 'No rush, I just want you to know',
} as const satisfies Record<HelpUrgency, string>;

/** How they would like to be contacted (any of them). */
export const CONTACT_WAYS = ['call', 'text', 'visit', 'message'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];
export const CONTACT_WAY_WORDS = {
  call: 'A phone call',
  text: 'A text message',
  visit: 'A visit',
  message: 'A message in Umbrella',
} as const satisfies Record<ContactWay, string>;

/** A request for help for oneself, or a worry raised by someone else in the family (a trusted person, the other parent). */
export const HELP_REQUEST_KINDS = ['help', 'worry'] as const;
export type HelpRequestKind = (typeof HELP_REQUEST_KINDS)[number];

/** Whom a worry is about. */
export const WORRY_ABOUT = ['parent', 'children'] as const;
export type WorryAbout = (typeof WORRY_ABOUT)[number];

/** Who in the family asked. */
export const HELP_ASKER_KINDS = ['parent', 'young_person', 'other_parent', 'network_member'] as const;
export type HelpAskerKind = (typeof HELP_ASKER_KINDS)[number];

/**
 * Why the request is kept: it is early help, counted as such (the insights issue counts it), never as a risk.
 * One value today; a column with a CHECK so nothing else can be written.
 */
export const HELP_PURPOSES = ['early_help'] as const;
export type HelpPurpose = (typeof HELP_PURPOSES)[number];

/**
 * What a key worker decided when acknowledging a worry: the parent is told that it was raised and by whom, or,
 * rarely, not (a safeguarding reason, which the information governance lead reviews).
 */
export const WORRY_OUTCOMES = ['parent_told', 'safeguarding'] as const;
export type WorryOutcome = (typeof WORRY_OUTCOMES)[number];

/** What happens to a request, one event each: the person asking sees every one. */
export const HELP_EVENT_KINDS = ['acknowledged', 'contact_arranged', 'passed', 'escalated_to_duty', 'escalated_to_manager'] as const;
export type HelpEventKind = (typeof HELP_EVENT_KINDS)[number];

/** Said where anyone asks for help, in one plain sentence (PRODUCT §7: asking is never a risk signal). */
export const HELP_PROMISE =
  'Asking for help is never held against you, and it does not change how worried anyone is about you or your family.';

/** Said on a young person's page: who reads it, and the rare case where a worker must tell someone else. */
export const YOUNG_PERSON_HELP_PRIVACY =
  'The adult you choose reads what you write here. If they cannot answer in time, someone in their team will. The one time they would tell anyone else is if you or someone else might be in danger, and they would talk to you about it first if they could.';

/** Said to a trusted person or the other parent before they raise a worry: who reads it, and that the parent usually will. */
export const worryExplained = (parentName: string) =>
  `Your worry goes to the family’s key workers. They will usually tell ${parentName} that you raised it, and ${parentName} can then read what you wrote, so that nothing happens behind anyone’s back.`;

/** The national numbers shown first out of hours, beside the crisis contacts in the parent's own plan. */
export const NATIONAL_HELPLINES = [
  { name: 'Emergency', number: '999', href: 'tel:999', words: 'If someone is in danger now, call 999.' },
  { name: 'NHS 111', number: '111', href: 'tel:111', words: 'Call 111 and choose option 2 for mental health help, day or night.' },
  { name: 'Samaritans', number: '116 123', href: 'tel:116123', words: 'Call 116 123 to talk to someone. It is free, day or night.' },
  { name: 'Shout', number: '85258', href: 'sms:85258', words: 'Text SHOUT to 85258 to talk by text. It is free, day or night.' },
] as const;

/** Minutes of working time within which a request should be acknowledged; null: no target (it still reaches them). */
export function acknowledgeTargetMinutes(urgency: HelpUrgency, wt: WorkingTime): number | null {
  switch (urgency) {
    case 'today':
      return 4 * 60;
    case 'this_week':
      return 2 * workingDayMinutes(wt);
    case 'letting_know':
      return null;
  }
}

/** When a request sent at `sentAt` should be acknowledged by; null when it has no target. */
export function acknowledgeBy(urgency: HelpUrgency, sentAt: Date, wt: WorkingTime): Date | null {
  const minutes = acknowledgeTargetMinutes(urgency, wt);
  return minutes === null ? null : addWorkingMinutes(sentAt, minutes, wt);
}

/** When a still-unacknowledged request goes on to the team manager: a further target period after the first. */
export function managerBy(urgency: HelpUrgency, acknowledgeByAt: Date, wt: WorkingTime): Date | null {
  const minutes = acknowledgeTargetMinutes(urgency, wt);
  return minutes === null ? null : addWorkingMinutes(acknowledgeByAt, minutes, wt);
}

/** A moment as people say it: "Tuesday 8 December at 10am", "Friday 11 December at 2:30pm" (London time by default). */
export function momentInWords(at: Date | string, timeZone = 'Europe/London'): string {
  const moment = new Date(at);
  const day = moment.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const { minutes } = wallClock(moment, timeZone);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const clock = `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
  return `${day} at ${clock}`;
}

// ---- Messages (notifications) ------------------------------------------------------------------------------------------
// Each is a Phrase (issue 16 §3): its English is stored for the workers' screens, its id and values so a family member
// reads it in their own language (shared/i18n/notify-support.messages.ts).

export const helpRequestedMessage = (asker: string, urgency: HelpUrgency): Phrase =>
  urgency === 'letting_know' ? phrase(n.helpLettingKnow, { asker }) : phrase(n.helpRequested, { asker, urgency });
/** A worry to the key workers: about the parent (by name), or about the children. */
export const worryRaisedToTeamMessage = (raiser: string, about: { children: true } | { parent: string }): Phrase =>
  'parent' in about ? phrase(n.worryAboutParentToTeam, { raiser, parent: about.parent }) : phrase(n.worryAboutChildrenToTeam, { raiser });
export const worryRaisedToParentMessage = (raiser: string | null, worker: string): Phrase =>
  raiser === null ? phrase(n.worryRaisedToParentUnnamed, { worker }) : phrase(n.worryRaisedToParent, { raiser, worker });
export const helpAcknowledgedMessage = (worker: string): Phrase => phrase(n.helpAcknowledged, { worker });
export const helpContactArrangedMessage = (worker: string, way: ContactWay, at: Date | string, timeZone = 'Europe/London'): Phrase =>
  phrase(n.helpContactArranged, { worker, way, ...momentParts(at, timeZone) });
export const helpPassedToAskerMessage = (from: string, to: string): Phrase => phrase(n.helpPassedToAsker, { from, to });
export const helpPassedToWorkerMessage = (from: string, asker: string): Phrase => phrase(n.helpPassedToWorker, { from, asker });
export const helpEscalatedMessage = (asker: string | null): Phrase =>
  asker === null ? phrase(n.helpEscalatedUnnamed) : phrase(n.helpEscalated, { asker });

/** A duty worker or manager joined the care team to answer: their job title and team as written. */
export const careTeamJoinedMessage = (name: string, jobTitle: string, team: string | null): Phrase =>
  team ? phrase(n.careTeamJoined, { name, jobTitle, team }) : phrase(n.careTeamJoinedNoTeam, { name, jobTitle });

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A moment as the parts a message words in its language (what momentInWords says in English): the day of the week and
 * month by key, the day, and the time on a 12-hour clock ("10am", "2:30pm"), all on the wall clock of `timeZone`.
 */
export function momentParts(at: Date | string, timeZone = 'Europe/London') {
  const moment = new Date(at);
  const { date, minutes } = wallClock(moment, timeZone);
  const [y, m, d] = date.split('-').map(Number);
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return {
    weekday: WEEKDAYS[new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? 'mon',
    day: d ?? 1,
    month: MONTHS[(m ?? 1) - 1] ?? 'jan',
    hour: hour % 12 === 0 ? 12 : hour % 12,
    minute: minute ? String(minute).padStart(2, '0') : 'none',
    half: hour < 12 ? 'am' : 'pm',
  };
}

/** How an event reads to the person who asked: who, and what was done, in plain words. */
export function helpEventWords(kind: HelpEventKind, who: string, toName: string | null): string {
  switch (kind) {
    case 'acknowledged':
      return `${who} read it`;
    case 'contact_arranged':
      return `${who} arranged to be in touch`;
    case 'passed':
      return `${who} asked ${toName ?? 'a colleague'} to help`;
    case 'escalated_to_duty':
    case 'escalated_to_manager':
      return `Nobody had answered yet, so ${toName ?? 'someone else in the team'} was asked to answer`;
  }
}
