// The demo family's visits (issue 17 §1, §3): the joint first visit that happened (Priya and Daniel at Marie's home, the
// visit the record's entry of 14 October describes), and Daniel's next visit, agreed with Marie for next week: he offered
// two times that respect what she wrote makes appointments hard (not before 10, at home), and she chose the Wednesday.
// The next visit is placed from the day the demo loads, so it is always still to come.
import { APPOINTMENT_TIME_ZONE } from '../../shared/domain/appointments.ts';
import { instantAt } from '../../shared/domain/working-time.ts';
import type { Tx } from '../db/database.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const MARIE = id(101);
const TRUST = id(1);
const COUNCIL = id(2);
const DANIEL = id(21);
const DANIEL_ACCOUNT = id(321);
const PRIYA = id(23);
const PRIYA_ACCOUNT = id(323);
const DAY = 86_400_000;

export const DEMO_APPOINTMENT_IDS = { firstVisit: id(950), nextVisit: id(951) };

/** The London day (YYYY-MM-DD) of the given weekday (1 Monday … 7 Sunday) in the week after `now`'s. */
function nextWeeks(weekday: number, now: Date): string {
  const today = new Date(now.toISOString().slice(0, 10));
  const todayWeekday = today.getUTCDay() || 7;
  return new Date(today.getTime() + (7 - todayWeekday + weekday) * DAY).toISOString().slice(0, 10);
}

export async function loadDemoAppointments(tx: Tx, now = new Date()) {
  const at = (date: string, minutes: number) => instantAt(date, minutes, APPOINTMENT_TIME_ZONE);
  const wednesday = nextWeeks(3, now);
  const friday = nextWeeks(5, now);
  const chosen = { starts: at(wednesday, 11 * 60), ends: at(wednesday, 12 * 60) };
  const agreedAt = new Date(now.getTime() - 2 * DAY);
  const first = { starts: new Date('2026-10-14T14:00:00Z'), ends: new Date('2026-10-14T15:00:00Z') };

  await tx
    .insertInto('appointments')
    .values([
      {
        family_id: F,
        id: DEMO_APPOINTMENT_IDS.firstVisit,
        kind: 'home_visit',
        meeting_kind: null,
        purpose: 'To meet you, and to talk about what is going well, what would help, and what happens next.',
        place: 'At home',
        what_to_bring: null,
        status: 'happened',
        unannounced: false,
        unannounced_reason: null,
        arranged_by_staff_id: PRIYA,
        arranged_by_organisation_id: COUNCIL,
        staff_ids: [DANIEL],
        person_ids: [MARIE],
        starts_at: first.starts,
        ends_at: first.ends,
        agreed_at: new Date('2026-10-13T09:30:00Z'),
        sequence: 2,
        version: 3,
        created_by_account_id: PRIYA_ACCOUNT,
        created_at: new Date('2026-10-13T09:00:00Z'),
        updated_at: new Date('2026-10-14T15:10:00Z'),
      },
      {
        family_id: F,
        id: DEMO_APPOINTMENT_IDS.nextVisit,
        kind: 'home_visit',
        meeting_kind: null,
        purpose: 'To see how you are, and to look at your plan together.',
        place: 'At home',
        what_to_bring: 'Nothing, unless you would like to show me your wellness plan.',
        status: 'agreed',
        unannounced: false,
        unannounced_reason: null,
        arranged_by_staff_id: DANIEL,
        arranged_by_organisation_id: TRUST,
        staff_ids: [],
        person_ids: [MARIE],
        starts_at: chosen.starts,
        ends_at: chosen.ends,
        agreed_at: agreedAt,
        sequence: 1,
        version: 2,
        created_by_account_id: DANIEL_ACCOUNT,
        created_at: new Date(now.getTime() - 3 * DAY),
        updated_at: agreedAt,
      },
    ])
    .execute();
  await tx
    .insertInto('appointment_options')
    .values([
      {
        family_id: F,
        id: id(952),
        appointment_id: DEMO_APPOINTMENT_IDS.firstVisit,
        round: 1,
        starts_at: first.starts,
        ends_at: first.ends,
        proposed_by: 'worker',
        proposed_by_staff_id: PRIYA,
        proposed_by_account_id: PRIYA_ACCOUNT,
        note: null,
        status: 'chosen',
        created_at: new Date('2026-10-13T09:00:00Z'),
      },
      {
        family_id: F,
        id: id(953),
        appointment_id: DEMO_APPOINTMENT_IDS.nextVisit,
        round: 1,
        starts_at: chosen.starts,
        ends_at: chosen.ends,
        proposed_by: 'worker',
        proposed_by_staff_id: DANIEL,
        proposed_by_account_id: DANIEL_ACCOUNT,
        note: null,
        status: 'chosen',
        created_at: new Date(now.getTime() - 3 * DAY),
      },
      {
        family_id: F,
        id: id(954),
        appointment_id: DEMO_APPOINTMENT_IDS.nextVisit,
        round: 1,
        starts_at: at(friday, 14 * 60),
        ends_at: at(friday, 15 * 60),
        proposed_by: 'worker',
        proposed_by_staff_id: DANIEL,
        proposed_by_account_id: DANIEL_ACCOUNT,
        note: null,
        status: 'set_aside',
        created_at: new Date(now.getTime() - 3 * DAY),
      },
    ])
    .execute();
}
