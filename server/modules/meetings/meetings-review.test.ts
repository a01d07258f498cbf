// Whose record is it (issue 17 §2, a review of the meetings module): a family member's own view stays in their words (a
// worker writes a view down for someone, never over what they wrote themselves), and a chair who has left the care team is
// not told about the family any more (as every other notice of the module already does); a closed family's late minutes,
// which nobody can write until it is reopened, are neither reminded nor counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../audit/audit-log.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { workingDaysAfter } from './meeting-views.ts';
import { F, type MeetingKit, meetingsKit } from './meetings-test-kit.ts';
import { remindOverdueMinutes } from './record/minutes-reminders.service.ts';

let k: MeetingKit;
beforeAll(async () => {
  k = await meetingsKit(['marie', 'priya', 'daniel', 'jamie', 'angela']);
}, 180_000);
afterAll(async () => k?.t.close());

describe('a family member’s own view', () => {
  it('is not written over by a worker: an audited 403, and her words stay as she wrote them', async () => {
    const id = await k.arrangeMeeting('priya');
    const hers = 'I would like to talk about the school run. Mornings are the hardest.';
    const saved = await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: hers, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const url = `${k.url(id)}/views/${k.ids.people.marie}`;
    const over = await k.as('priya').put(url, { text: 'Marie says mornings are fine now.', version: 1, agreed: true });
    expect(over.statusCode, over.body).toBe(403);
    expect(over.json().message).toMatch(/own words/);
    const view = (await k.parentView(id)).json().views.find((v: { personId: string }) => v.personId === k.ids.people.marie);
    expect(view).toMatchObject({ text: hers, author: 'Marie', writtenForPerson: false, version: 1 });
    expect(
      await k.count(
        "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND details->>'reason' = 'not_their_view' AND subject_id = $1",
        [id],
      ),
    ).toBe(1);
  });

  it('a young person’s own view too; a view a worker wrote down for someone can still be changed by a worker', async () => {
    const id = await k.arrangeMeeting('priya', { withPersonIds: [k.ids.people.marie, k.ids.people.jamie] });
    const his = await k.as('jamie').put(`/api/portal/my-meetings/${id}/view`, { text: 'I like my school.', version: 0 });
    expect(his.statusCode, his.body).toBe(200);
    const over = await k
      .as('priya')
      .put(`${k.url(id)}/views/${k.ids.people.jamie}`, { text: 'Jamie is unhappy at school.', version: 1, agreed: true });
    expect(over.statusCode).toBe(403);
    const url = `${k.url(id)}/views/${k.ids.people.marie}`;
    const first = await k.as('priya').put(url, { text: 'Marie told me she would like help with mornings.', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    const again = await k.as('priya').put(url, { text: 'Marie told me she would like help with mornings and bedtimes.', version: 1 });
    expect(again.statusCode, again.body).toBe(200);
  });
});

describe('a chair who has left the care team', () => {
  it('is not told that someone in the family wrote their view', async () => {
    const id = await k.arrangeMeeting('priya', { chairStaffId: k.ids.staff.daniel });
    await k.t.database.asOwner('UPDATE care_team_members SET ended_at = now() WHERE family_id = $1 AND staff_id = $2', [
      (await k.t.database.asOwner('SELECT family_id FROM appointments WHERE id = $1', [id])).rows[0].family_id,
      k.ids.staff.daniel,
    ]);
    const before = await k.count("SELECT count(*) AS n FROM notifications WHERE kind = 'meeting_view_added' AND recipient_staff_id = $1", [
      k.ids.staff.daniel,
    ]);
    const saved = await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: 'Please can we meet after school.', version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const written = await k.as('priya').put(`${k.url(id)}/views/${k.ids.people.jamie}`, {
      text: 'Jamie would like to stay at his school.',
      version: 0,
      agreed: true,
    });
    expect(written.statusCode, written.body).toBe(200);
    expect(
      await k.count("SELECT count(*) AS n FROM notifications WHERE kind = 'meeting_view_added' AND recipient_staff_id = $1", [
        k.ids.staff.daniel,
      ]),
    ).toBe(before);
  });
});

describe('the notice of a decision', () => {
  it('does not tell a parent who was there that she was not: her view was just not asked', async () => {
    const id = await k.arrangeMeeting('priya');
    await k.agree(id);
    await k.moveIntoPast(id);
    const version = (await k.workerView('priya', id)).json().meetingVersion;
    const came = await k.as('priya').put(`${k.url(id)}/attendance`, {
      version,
      attendance: [{ personId: k.ids.people.marie, attendance: 'attended' }],
    });
    expect(came.statusCode, came.body).toBe(200);
    const before = (await k.told('marie', 'meeting_decision')).length;
    const res = await k
      .as('priya')
      .post(
        `${k.url(id)}/decisions`,
        { text: 'Clare will start at the nursery on Mondays.', decidedBy: 'professionals', parentView: null, parentAgrees: 'not_asked' },
        { 'idempotency-key': 'review-decision-01' },
      );
    expect(res.statusCode, res.body).toBe(201);
    const told = await k.told('marie', 'meeting_decision');
    expect(told).toHaveLength(before + 1);
    expect(told[0]?.message).toMatch(/^A decision was made at the core group meeting on /);
    expect(told[0]?.message).not.toMatch(/not there/);
  });
});

describe('a closed family', () => {
  it('late minutes nobody can write until it is reopened: the chair is not reminded, the team manager’s count leaves them out', async () => {
    const id = await k.arrangeMeeting('priya', {
      meetingKind: 'child_in_need_review',
      options: [k.option(2, '10:00')],
      shortNoticeReason: 'The review is due this week.',
    });
    await k.agree(id);
    const startsAt = (await k.workerView('priya', id)).json().appointment.startsAt as string;
    const late = new Date(Date.parse(`${workingDaysAfter(new Date(startsAt), 5)}T12:00:00Z`) + 2 * 86_400_000);
    const overdue = async () => (await k.as('angela').get('/api/team/meetings/minutes-overdue')).json().total as number;
    const close = (closed: boolean) =>
      k.t.database.asOwner(
        closed
          ? "UPDATE families SET closed_at = now(), team_read_until = now() + interval '90 days' WHERE id = $1"
          : 'UPDATE families SET closed_at = NULL, team_read_until = NULL WHERE id = $1',
        [F],
      );
    const was = k.now();
    k.setNow(late);
    try {
      const open = await overdue();
      await close(true);
      expect(await overdue()).toBeLessThan(open);
      // The minutes cannot be written while it is closed (409): so the chair is not asked for them.
      const refused = await k.as('priya').put(`${k.url(id)}/minutes`, { text: 'What we talked about.', version: 1 });
      expect(refused.statusCode).toBe(409);
      await remindOverdueMinutes(k.t.database.db, createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 }), late);
      const row = (await k.t.database.asOwner('SELECT minutes_reminded_at FROM meetings WHERE appointment_id = $1', [id])).rows[0];
      expect(row?.minutes_reminded_at).toBeNull();
    } finally {
      await close(false);
      k.setNow(was);
    }
  });
});
