// The day-before reminder with a clock under test control (issue 17 §1): an agreed visit reminds both sides once, 24 hours
// before it starts, the parent in words her page says in her language; runs at once remind once; a cancelled one never;
// a time agreed again is reminded again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockTime } from '../../../shared/domain/appointments.ts';
import { momentInWords } from '../../../shared/domain/help.ts';
import { createAuditLog } from '../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { remindAppointments } from './appointment-reminders.service.ts';
import { type AppointmentBody, appointmentsKit, F, type Kit } from './appointments-test-kit.ts';

let k: Kit;
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
const HOUR = 3_600_000;
const run = (at: Date) => remindAppointments(k.t.database.db, audit, at);

/** Reminders about one appointment, by recipient (Marie's carry its time in their values). */
const reminders = async (startsAt: string) => {
  const rows = (
    await k.t.database.asOwner(
      `SELECT recipient_account_id, recipient_staff_id, message, message_id, message_values FROM notifications
       WHERE kind = 'appointment_reminder' AND family_id = $1 ORDER BY created_at`,
      [F],
    )
  ).rows as {
    recipient_account_id: string | null;
    recipient_staff_id: string | null;
    message: string;
    message_id: string | null;
    message_values: Record<string, string> | null;
  }[];
  const time = clockTime(new Date(startsAt));
  const inWords = momentInWords(new Date(startsAt));
  return rows.filter((r) => (r.recipient_account_id ? r.message_values?.time === time : r.message.includes(inWords)));
};

async function agree(body: Record<string, unknown>, key: string): Promise<AppointmentBody> {
  const { id } = (await k.propose('daniel', body, key)).json();
  const appointment = (await k.calendar()).coming.find((a) => a.id === id) as AppointmentBody;
  const res = await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: appointment.times[0]?.id, version: 1 });
  expect(res.statusCode).toBe(200);
  return res.json();
}

beforeAll(async () => {
  k = await appointmentsKit(['marie', 'daniel']);
  // The demo's own visit next week is left alone: each test looks at its own appointments.
}, 180_000);
afterAll(async () => k?.t.close());

describe('the day-before reminder', () => {
  it('comes 24 hours before, to the parent and the worker, once however often and however many run it', async () => {
    const visit = await agree({ options: [k.option(3, '10:30')], staffIds: [] }, 'remind-0001');
    const start = new Date(visit.startsAt as string);
    await run(new Date(start.getTime() - 25 * HOUR));
    expect(await reminders(visit.startsAt as string)).toHaveLength(0);
    const due = new Date(start.getTime() - 23 * HOUR);
    await Promise.all([run(due), run(due), run(due)]);
    await run(new Date(start.getTime() - 2 * HOUR));
    const sent = await reminders(visit.startsAt as string);
    expect(sent).toHaveLength(2);
    const toMarie = sent.find((r) => r.recipient_account_id !== null);
    expect(toMarie?.message_id).toBe('notify-appointments.reminder');
    expect(toMarie?.message_values).toEqual({ kind: 'home_visit', name: 'Daniel Okafor', time: clockTime(start) });
    expect(toMarie?.message).toBe(`A reminder: Daniel Okafor is visiting you at home tomorrow at ${clockTime(start)}.`);
    const toDaniel = sent.find((r) => r.recipient_staff_id === k.ids.staff.daniel);
    expect(toDaniel?.message).toMatch(/^A reminder: the home visit with Marie, Jamie and Clare is tomorrow, /);
    const audited = await k.count("SELECT count(*) AS n FROM audit_events WHERE action = 'appointment.reminded' AND subject_id = $1", [
      visit.id,
    ]);
    expect(audited).toBe(1);
  });

  it('never reminds of a cancelled one', async () => {
    const visit = await agree({ options: [k.option(4, '13:15')] }, 'remind-0002');
    const res = await k
      .as('daniel')
      .post(`/api/families/${F}/appointments/${visit.id}/cancel`, { reason: 'I am on leave.', version: visit.version });
    expect(res.statusCode).toBe(200);
    await run(new Date(Date.parse(visit.startsAt as string) - 20 * HOUR));
    expect(await reminders(visit.startsAt as string)).toHaveLength(0);
  });

  it('never reminds while the family is closed, and does once it is reopened', async () => {
    const visit = await agree({ options: [k.option(5, '11:10')] }, 'remind-0004');
    const setClosed = (closed: boolean) =>
      k.t.database.asOwner(
        closed
          ? "UPDATE families SET closed_at = now(), team_read_until = now() + interval '90 days' WHERE id = $1"
          : 'UPDATE families SET closed_at = NULL, team_read_until = NULL WHERE id = $1',
        [F],
      );
    await setClosed(true);
    try {
      await run(new Date(Date.parse(visit.startsAt as string) - 20 * HOUR));
      expect(await reminders(visit.startsAt as string)).toHaveLength(0);
    } finally {
      await setClosed(false);
    }
    await run(new Date(Date.parse(visit.startsAt as string) - 19 * HOUR));
    expect(await reminders(visit.startsAt as string)).toHaveLength(2);
  });

  it('reminds again when a time is agreed again', async () => {
    const visit = await agree({ options: [k.option(6, '09:45')] }, 'remind-0003');
    await run(new Date(Date.parse(visit.startsAt as string) - 10 * HOUR));
    expect(await reminders(visit.startsAt as string)).toHaveLength(2);
    // Moved: Daniel offers another time, Marie takes it, and the new time is reminded in its turn.
    const offered = await k.as('daniel').post(`/api/families/${F}/appointments/${visit.id}/offer`, {
      options: [k.option(7, '15:20')],
      version: visit.version,
    });
    expect(offered.statusCode).toBe(200);
    const again = offered.json() as AppointmentBody;
    const open = again.times.find((t) => t.status === 'open');
    const chosen = await k.as('marie').post(`/api/portal/appointments/${visit.id}/choose`, { optionId: open?.id, version: again.version });
    expect(chosen.statusCode).toBe(200);
    await run(new Date(Date.parse(chosen.json().startsAt) - 12 * HOUR));
    expect(await reminders(chosen.json().startsAt)).toHaveLength(2);
  });
});
