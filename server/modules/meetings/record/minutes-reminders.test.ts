// The overdue-minutes reminder with the clock under test control (issue 17 §2): not before the minutes are due, once after
// (however often and however many run it), never once they are shared; and the team manager's count of late minutes by
// chair in her own team (a worker who is not a manager gets 403).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../../test/test-app.ts';
import { workingDaysAfter } from '../meeting-views.ts';
import { F, type MeetingKit, meetingsKit } from '../meetings-test-kit.ts';
import { remindOverdueMinutes } from './minutes-reminders.service.ts';

let k: MeetingKit;
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
const DAY = 86_400_000;
const run = (at: Date) => remindOverdueMinutes(k.t.database.db, audit, at);

/** Noon in London on a calendar date. */
const noonOn = (date: string) => new Date(`${date}T12:00:00Z`);

/** A child in need review Priya chairs, `days` ahead, its time agreed by Marie. */
async function arrange(days: number): Promise<{ id: string; startsAt: string }> {
  const id = await k.arrangeMeeting('priya', {
    meetingKind: 'child_in_need_review',
    options: [k.option(days, '10:00')],
    shortNoticeReason: 'The review is due this week.',
  });
  await k.agree(id);
  return { id, startsAt: (await k.workerView('priya', id)).json().appointment.startsAt };
}

/** Overdue-minutes reminders Priya (the chair) has had about this family. */
const reminders = () =>
  k.count("SELECT count(*) AS n FROM notifications WHERE kind = 'meeting_minutes_overdue' AND recipient_staff_id = $1 AND family_id = $2", [
    k.ids.staff.priya,
    F,
  ]);
const remindedAt = async (id: string) =>
  (await k.t.database.asOwner('SELECT minutes_reminded_at FROM meetings WHERE appointment_id = $1', [id])).rows[0]?.minutes_reminded_at;

beforeAll(async () => {
  k = await meetingsKit(['marie', 'priya', 'angela', 'daniel']);
}, 180_000);
afterAll(async () => k?.t.close());

describe('the overdue-minutes reminder', () => {
  it('gives the meeting its due date once its time has come, reminds the chair once after it, never before', async () => {
    const { id, startsAt } = await arrange(2);
    const dueOn = workingDaysAfter(new Date(startsAt), 5);
    // Before the meeting: no due date yet, no reminder.
    await run(new Date(Date.parse(startsAt) - DAY));
    expect(
      (await k.t.database.asOwner('SELECT minutes_due_on FROM meetings WHERE appointment_id = $1', [id])).rows[0]?.minutes_due_on,
    ).toBeNull();
    // On the due date itself: due, not late.
    await run(noonOn(dueOn));
    const due = (
      await k.t.database.asOwner("SELECT to_char(minutes_due_on, 'YYYY-MM-DD') AS d FROM meetings WHERE appointment_id = $1", [id])
    ).rows[0]?.d;
    expect(due).toBe(dueOn);
    expect(await remindedAt(id)).toBeNull();
    expect(await reminders()).toBe(0);
    // The day after: late. Three instances at once and later runs remind once.
    const late = new Date(noonOn(dueOn).getTime() + DAY);
    await Promise.all([run(late), run(late), run(late)]);
    await run(new Date(late.getTime() + 3 * DAY));
    expect(await remindedAt(id)).not.toBeNull();
    expect(await reminders()).toBe(1);
    const told = await k.told('priya', 'meeting_minutes_overdue');
    expect(told[0]?.message).toMatch(
      /^The minutes of the child in need review with Marie, Jamie and Clare on .* are late: they were due with the family by /,
    );
    const audited = await k.count("SELECT count(*) AS n FROM audit_events WHERE action = 'meeting.minutes_reminded' AND subject_id = $1", [
      id,
    ]);
    expect(audited).toBe(1);
  });

  it('never reminds once the minutes are shared', async () => {
    const before = await reminders();
    const { id, startsAt } = await arrange(3);
    const dueOn = workingDaysAfter(new Date(startsAt), 5);
    const start = k.now();
    k.setNow(new Date(Date.parse(startsAt) + 3_600_000));
    try {
      const m = (await k.as('priya').get(`/api/families/${F}/meetings/${id}`)).json();
      const saved = await k
        .as('priya')
        .put(`/api/families/${F}/meetings/${id}/minutes`, { text: 'We talked and agreed.', version: m.meetingVersion });
      expect(saved.statusCode, saved.body).toBe(200);
      const shared = await k.as('priya').post(`/api/families/${F}/meetings/${id}/minutes/share`, { version: saved.json().meetingVersion });
      expect(shared.statusCode, shared.body).toBe(200);
    } finally {
      k.setNow(start);
    }
    await run(new Date(noonOn(dueOn).getTime() + 10 * DAY));
    expect(await remindedAt(id)).toBeNull();
    expect(await reminders()).toBe(before);
  });
});

describe('the team manager’s count of late minutes', () => {
  it('counts the late minutes of meetings chaired in her team, by chair; a worker who is not a manager gets 403', async () => {
    const { startsAt } = await arrange(4);
    const dueOn = workingDaysAfter(new Date(startsAt), 5);
    const start = k.now();
    const notYet = await k.as('angela').get('/api/team/meetings/minutes-overdue');
    expect(notYet.statusCode, notYet.body).toBe(200);
    const before = notYet.json() as { total: number };
    k.setNow(new Date(noonOn(dueOn).getTime() + 2 * DAY));
    try {
      const res = await k.as('angela').get('/api/team/meetings/minutes-overdue');
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { total: number; byChair: { staffId: string; name: string; count: number; oldestDueOn: string }[] };
      expect(body.total).toBeGreaterThan(before.total);
      const priya = body.byChair.find((c) => c.staffId === k.ids.staff.priya);
      expect(priya).toMatchObject({ name: 'Priya Shah' });
      expect(priya?.count).toBeGreaterThanOrEqual(2);
      expect((priya?.oldestDueOn ?? '9999') <= dueOn).toBe(true);
      expect(res.body).not.toContain('Marie');
      const refused = await k.as('priya').get('/api/team/meetings/minutes-overdue');
      expect(refused.statusCode).toBe(403);
    } finally {
      k.setNow(start);
    }
  });
});
