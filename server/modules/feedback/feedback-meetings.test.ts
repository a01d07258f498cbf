// Asks after a meeting (issue 18 §1): recording who came asks the family members with an account who came (the parent, a
// young person), about the chair, and not those who did not come; a professionals' meeting never asks anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type MeetingKit, meetingsKit } from '../meetings/meetings-test-kit.ts';

let k: MeetingKit;
const HOUR = 3_600_000;
beforeAll(async () => {
  k = await meetingsKit(['marie', 'jamie', 'clive', 'priya', 'daniel']);
}, 180_000);
afterAll(async () => k?.t.close());

const asks = async () =>
  (
    await k.t.database.asOwner(
      `SELECT a.username, k.about_kind, k.about_id, s.full_name AS about
         FROM feedback_asks k JOIN accounts a ON a.id = k.account_id LEFT JOIN staff s ON s.id = k.staff_id ORDER BY a.username`,
    )
  ).rows as { username: string; about_kind: string; about_id: string; about: string }[];

async function recordWhoCame(meetingId: string, came: { personId?: string; staffId?: string; attendance: string }[]) {
  const view = await k.as('priya').get(k.url(meetingId));
  expect(view.statusCode, view.body).toBe(200);
  const res = await k.as('priya').put(`${k.url(meetingId)}/attendance`, { version: view.json().meetingVersion, attendance: came });
  expect(res.statusCode, res.body).toBe(200);
}

describe('after a meeting', () => {
  it('a professionals’ meeting asks no one', async () => {
    const id = await k.arrangeMeeting('priya', {
      meetingKind: 'professionals',
      purpose: 'Workers talk through the risks together.',
      options: [k.option(3, '14:00')],
      staffIds: [k.ids.staff.daniel],
    });
    await k.t.database.asOwner(`UPDATE appointments SET status = 'agreed', starts_at = $2, ends_at = $3 WHERE family_id = $1 AND id = $4`, [
      F,
      k.at(3, '14:00'),
      k.at(3, '15:00'),
      id,
    ]);
    const saved = k.now();
    k.setNow(new Date(Date.parse(k.at(3, '14:00')) + 2 * HOUR));
    try {
      await recordWhoCame(id, [{ staffId: k.ids.staff.daniel, attendance: 'attended' }]);
    } finally {
      k.setNow(saved);
    }
    expect(await asks()).toEqual([]);
  });

  it('recording who came asks Marie and Jamie, who came, about the chair; not Clive, who did not', async () => {
    const id = await k.arrangeMeeting('priya', { options: [k.option(14, '10:00', 90)], staffIds: [k.ids.staff.daniel] });
    await k.agree(id);
    const saved = k.now();
    k.setNow(new Date(Date.parse(k.at(14, '10:00')) + 2 * HOUR));
    try {
      await recordWhoCame(id, [
        { personId: k.ids.people.marie, attendance: 'attended' },
        { personId: k.ids.people.jamie, attendance: 'attended' },
        { personId: k.ids.people.clive, attendance: 'did_not_attend' },
        { staffId: k.ids.staff.daniel, attendance: 'attended' },
      ]);
      // Recording it again (a correction) asks nobody twice.
      await recordWhoCame(id, [
        { personId: k.ids.people.marie, attendance: 'attended' },
        { personId: k.ids.people.jamie, attendance: 'attended' },
      ]);
    } finally {
      k.setNow(saved);
    }
    expect(await asks()).toEqual([
      { username: 'jamie', about_kind: 'meeting', about_id: id, about: 'Priya Shah' },
      { username: 'marie', about_kind: 'meeting', about_id: id, about: 'Priya Shah' },
    ]);
    const jamie = (await k.as('jamie').get('/api/portal/feedback')).json();
    expect(jamie.asks).toEqual([expect.objectContaining({ aboutKind: 'meeting', workerName: 'Priya' })]);
  });
});
