// One synthetic family's visits, appointments and meetings for the generator (issue 17): visits over the last year and the
// next six weeks (proposed with times offered, agreed, happened, cancelled with a reason, a few unannounced), and the
// meetings a family at its involvement level has (core groups and conferences under a child protection plan, child in need
// reviews, care programme reviews and discharge planning for the parent's mental health, a few professionals' meetings),
// each with views, reports, replies, attendance, decisions, actions into the family's plan, and minutes.
import type { MeetingKind } from '../shared/domain/meetings.ts';
import { instantAt, isWorkingDay, DEFAULT_WORKING_TIME as WT } from '../shared/domain/working-time.ts';
import { uuidArray } from './bulk-load.ts';
import type { AppointmentTables } from './generate-appointments-tables.ts';
import * as w from './generate-appointments-words.ts';
import { writeMeeting } from './generate-meetings-family.ts';
import type { Rng } from './synthetic-data.ts';
import { uuidv7 } from './synthetic-data.ts';

export type TeamWorker = {
  staffId: string;
  accountId: string;
  organisationId: string;
  name: string;
  jobTitle: string;
  keyWorker: 'adult_mental_health' | 'childrens_services' | null;
};
export type ApptFamily = {
  id: string;
  createdMs: number;
  level: string;
  parent: { personId: string; accountId: string; name: string } | null;
  otherParent: string | null;
  children: { id: string; name: string }[];
  team: TeamWorker[];
  plan: { id: string; nextPosition: number } | null;
};
/** What a worker may open: meetings they chair or are coming to (for the bench's sessions). */
export type Readable = (w: TeamWorker, familyId: string, meetingId: string) => void;
export type Ctx = {
  rng: Rng;
  baseMs: number;
  t: AppointmentTables;
  /** The children's services organisations (a conference's chair is one of their workers). */
  childrensServices: ReadonlySet<string>;
  readable: Readable;
};

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const dayOf = (ms: number) => iso(ms).slice(0, 10);

/** A working day's date `n` working days after (n > 0) or before (n < 0) `date`. */
export function workingDaysFrom(date: string, n: number): string {
  let ms = Date.parse(`${date}T00:00:00Z`);
  for (let left = Math.abs(n); left > 0; ) {
    ms += Math.sign(n) * DAY;
    if (isWorkingDay(dayOf(ms), WT)) left--;
  }
  return dayOf(ms);
}

/** A start on a working day between `fromMs` and `toMs`, 09:30–16:00 London time, on the half hour. */
export function slot(rng: Rng, fromMs: number, toMs: number, minutes: number): { starts: number; ends: number } {
  let date = dayOf(fromMs + Math.floor(rng.next() * Math.max(DAY, toMs - fromMs)));
  while (!isWorkingDay(date, WT)) date = dayOf(Date.parse(`${date}T00:00:00Z`) + DAY);
  const starts = instantAt(date, 9 * 60 + 30 + 30 * rng.int(0, 13), WT.timeZone).getTime();
  return { starts, ends: starts + minutes * 60_000 };
}

const VISITS_BY_LEVEL: Record<string, readonly [number, number]> = {
  none: [0, 2],
  early_help: [2, 8],
  child_in_need: [5, 14],
  child_protection_plan: [12, 30],
  looked_after: [5, 12],
  pre_proceedings: [12, 30],
};
const VISIT_KINDS = [
  ['home_visit', 55],
  ['office_appointment', 20],
  ['phone_or_video', 25],
] as const;

/** Offers 1–3 times (round 1), a family suggestion for some (round 2), the one chosen; returns the appointment's sequence. */
export function offerTimes(
  c: Ctx,
  f: ApptFamily,
  id: string,
  by: TeamWorker,
  at: { starts: number; ends: number },
  createdMs: number,
  settled: boolean,
): number {
  const { rng, t } = c;
  const length = at.ends - at.starts;
  const suggested = f.parent !== null && rng.chance(0.15);
  const offered = rng.int(1, 3);
  const chosenAt = settled && !suggested ? rng.int(0, offered - 1) : -1;
  for (let i = 0; i < offered; i++) {
    const s = i === chosenAt ? at.starts : at.starts + (i - chosenAt + (chosenAt < 0 ? 1 : 0)) * 2 * DAY + 3_600_000;
    const status = i === chosenAt ? 'chosen' : settled || suggested ? 'set_aside' : 'open';
    t.options.add(
      f.id,
      uuidv7(rng, createdMs),
      id,
      1,
      iso(s),
      iso(s + length),
      'worker',
      by.staffId,
      by.accountId,
      null,
      status,
      iso(createdMs),
    );
  }
  if (suggested && f.parent) {
    const when = createdMs + DAY;
    const status = settled ? 'chosen' : 'open';
    t.options.add(
      f.id,
      uuidv7(rng, when),
      id,
      2,
      iso(at.starts),
      iso(at.ends),
      'family',
      null,
      f.parent.accountId,
      rng.pick(w.FAMILY_NOTES),
      status,
      iso(when),
    );
  }
  return suggested ? 2 : 1;
}

/** Cancelled: by a worker or the parent, with a reason the other side reads. */
export function cancelled(c: Ctx, f: ApptFamily, by: TeamWorker, atMs: number) {
  const byParent = f.parent !== null && c.rng.chance(0.4);
  return {
    staff: byParent ? null : by.staffId,
    account: byParent ? (f.parent?.accountId ?? null) : null,
    reason: byParent ? c.rng.pick(w.FAMILY_CANCEL_REASONS) : c.rng.pick(w.WORKER_CANCEL_REASONS),
    at: iso(atMs),
  };
}

function writeVisit(c: Ctx, f: ApptFamily, fromMs: number, toMs: number) {
  const { rng, t, baseMs } = c;
  const kind = rng.weighted(VISIT_KINDS);
  const csKey = f.team.find((m) => m.keyWorker === 'childrens_services') ?? f.team[0];
  const amhKey = f.team.find((m) => m.keyWorker === 'adult_mental_health') ?? f.team[0];
  const by = rng.weighted([
    [csKey, 50],
    [amhKey, 30],
    [rng.pick(f.team), 20],
  ] as const);
  if (!by || !f.parent) return;
  const at = slot(rng, fromMs, toMs, kind === 'phone_or_video' ? 30 : 60);
  const past = at.starts < baseMs;
  const createdMs = at.starts - rng.int(2, 14) * DAY;
  const id = uuidv7(rng, createdMs);
  const others = f.team.filter((m) => m !== by);
  const staff = others.length && rng.chance(0.15) ? [rng.pick(others).staffId] : [];
  const people = [f.parent.personId, ...(kind === 'home_visit' ? f.children.filter(() => rng.chance(0.5)).map((ch) => ch.id) : [])];
  const unannounced = past && kind === 'home_visit' && ['child_protection_plan', 'pre_proceedings'].includes(f.level) && rng.chance(0.06);
  const status = unannounced
    ? 'happened'
    : past
      ? rng.weighted([
          ['happened', 80],
          ['cancelled', 12],
          ['agreed', 8],
        ] as const)
      : rng.weighted([
          ['agreed', 60],
          ['proposed', 30],
          ['cancelled', 10],
        ] as const);
  const timed = status !== 'proposed';
  const agreedMs = Math.min(at.starts - 3_600_000, createdMs + rng.int(1, 3) * DAY);
  const off = status === 'cancelled' ? cancelled(c, f, by, Math.min(baseMs - 3_600_000, at.starts - rng.int(1, 48) * 3_600_000)) : null;
  const sequence = unannounced ? 0 : offerTimes(c, f, id, by, at, createdMs, timed) + (status === 'happened' || off ? 1 : 0);
  const made = unannounced ? at.starts + 2 * 3_600_000 : createdMs;
  t.appointments.add(
    f.id,
    id,
    kind,
    null,
    unannounced ? null : rng.pick(w.VISIT_PURPOSES),
    w.PLACES[kind],
    unannounced ? null : rng.pick(w.WHAT_TO_BRING),
    status,
    unannounced,
    unannounced ? rng.pick(w.UNANNOUNCED_REASONS) : null,
    by.staffId,
    by.organisationId,
    uuidArray(staff),
    uuidArray(people),
    timed ? iso(at.starts) : null,
    timed ? iso(at.ends) : null,
    timed && !unannounced ? iso(agreedMs) : null,
    off?.staff ?? null,
    off?.account ?? null,
    off?.reason ?? null,
    off?.at ?? null,
    sequence,
    1 + sequence,
    by.accountId,
    iso(made),
    off?.at ?? (status === 'happened' ? iso(at.ends + 3_600_000) : iso(timed ? agreedMs : made)),
  );
}

const MEETINGS_BY_LEVEL: Record<string, readonly (readonly [MeetingKind, number])[]> = {
  // [kind, how many a year on average]
  none: [
    ['care_programme_review', 0.3],
    ['discharge_planning', 0.1],
  ],
  early_help: [
    ['family_network', 0.15],
    ['care_programme_review', 0.3],
    ['discharge_planning', 0.05],
  ],
  child_in_need: [
    ['child_in_need_review', 4],
    ['family_network', 0.15],
    ['care_programme_review', 0.4],
    ['discharge_planning', 0.05],
    ['professionals', 0.1],
  ],
  child_protection_plan: [
    ['child_protection_initial', 0.5],
    ['core_group', 7],
    ['child_protection_review', 2],
    ['care_programme_review', 0.4],
    ['professionals', 0.3],
  ],
  looked_after: [
    ['family_network', 0.3],
    ['care_programme_review', 0.4],
    ['professionals', 0.2],
  ],
  pre_proceedings: [
    ['child_protection_review', 2],
    ['core_group', 7],
    ['family_network', 0.7],
    ['care_programme_review', 0.4],
    ['professionals', 0.6],
  ],
};

/** How many of something happen in `years`, at `perYear` on average (whole part, then a chance for the rest). */
function howMany(rng: Rng, perYear: number, years: number): number {
  const mean = perYear * years;
  return Math.floor(mean) + (rng.chance(mean - Math.floor(mean)) ? 1 : 0);
}

/** Writes one family's visits and meetings; returns how many of each. */
export function writeAppointments(c: Ctx, f: ApptFamily): { visits: number; meetings: number } {
  if (!f.parent || f.team.length === 0) return { visits: 0, meetings: 0 };
  const fromMs = Math.max(f.createdMs + DAY, c.baseMs - 365 * DAY);
  const toMs = c.baseMs + 42 * DAY;
  const years = (toMs - fromMs) / (365 * DAY);
  const [lo, hi] = VISITS_BY_LEVEL[f.level] ?? [0, 2];
  const visits = Math.round(c.rng.int(lo, hi) * Math.min(1, years));
  for (let i = 0; i < visits; i++) writeVisit(c, f, fromMs, toMs);
  let meetings = 0;
  for (const [kind, perYear] of MEETINGS_BY_LEVEL[f.level] ?? []) {
    for (let n = howMany(c.rng, perYear, years); n > 0; n--) {
      writeMeeting(c, f, kind, slot(c.rng, fromMs, toMs, kind === 'professionals' ? 60 : 90));
      meetings++;
    }
  }
  return { visits, meetings };
}
