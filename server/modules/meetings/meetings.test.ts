// Meetings before they happen, the care team's side, through the API (issue 17 §2): arranging (idempotent, the kinds,
// short notice says why), the invitation reaching the parent with her notice, a child's view written down with their
// agreement, each worker's report (a draft only its writer reads, shared on time or late), stale saves answered 409 with the
// meeting as it is now, and the wrong people refused (403 for who reads but may not, 404 for who does not read it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F as FAMILY, type MeetingKit, meetingsKit } from './meetings-test-kit.ts';

let k: MeetingKit;
beforeAll(async () => {
  k = await meetingsKit(['marie', 'priya', 'tom', 'daniel', 'helen', 'sarah']);
}, 180_000);
afterAll(async () => k?.t.close());

type Body = Record<string, unknown> & {
  appointment: { id: string; version: number; status: string; meetingKind: string; workers: { staffId: string }[] };
  meetingVersion: number;
  reports: { id: string; staffId: string; text: string; sharedAt: string | null; late: boolean; version: number; replies: unknown[] }[];
  views: { personId: string; text: string; author: string; writtenForPerson: boolean; version: number }[];
  allowed: Record<string, boolean>;
};

describe('arranging a meeting', () => {
  let id: string;

  it('makes a core group meeting the parent is invited to; a retry with the same key makes one, another body with it is refused', async () => {
    const first = await k.arrange('priya', {}, 'meeting-key-0001');
    expect(first.statusCode).toBe(201);
    const body = first.json() as Body;
    id = body.appointment.id;
    expect(body).toMatchObject({
      meetingKind: 'core_group',
      familyInvited: true,
      chair: { staffId: k.ids.staff.priya, name: 'Priya Shah' },
      reportsDueWorkingDays: 3,
      minutesDueWorkingDays: 5,
      shortNoticeReason: null,
      meetingVersion: 1,
    });
    expect(body.appointment).toMatchObject({ kind: 'meeting', meetingKind: 'core_group', status: 'proposed' });
    expect(body.noticeWorkingDays).toBeGreaterThanOrEqual(5);
    expect(body.invitedAt).toBeTruthy();
    expect(Date.parse(body.reportsDueBy as string)).toBeLessThan(Date.parse(k.option(8, '10:00').startsAt));
    // The family's people it is about by default: the parent and the children.
    expect((body.appointment as unknown as { withPeople: { name: string }[] }).withPeople.map((p) => p.name).sort()).toEqual(
      ['Clare', 'Jamie', 'Marie'].sort(),
    );
    const retry = await k.arrange('priya', {}, 'meeting-key-0001');
    expect(retry.statusCode).toBe(200);
    expect(retry.json().appointment.id).toBe(id);
    const changed = await k.arrange('priya', { purpose: 'Something else entirely.' }, 'meeting-key-0001');
    expect(changed.statusCode).toBe(422);
    expect(await k.count('SELECT count(*) AS n FROM meetings WHERE appointment_id = $1', [id])).toBe(1);
  });

  it('invites the parent, in words her page says in her language, with the notice she has', async () => {
    const told = await k.told('marie', 'meeting_invited');
    expect(told).toHaveLength(1);
    expect(told[0]?.messageId).toBe('notify-meetings.invited');
    expect(told[0]?.messageValues).toEqual({ name: 'Priya Shah', kind: 'core_group', short: 'no' });
    expect(told[0]?.message).toMatch(/^Priya Shah has invited you to a core group meeting\. Choose a time/);
    expect(told[0]?.message).toMatch(/bring a supporter or an advocate, ask for help to get there/);
    const row = await k.t.database.asOwner("SELECT message_id FROM notifications WHERE kind = 'meeting_invited'");
    expect(row.rows.map((r) => r.message_id)).toEqual(['notify-meetings.invited']);
  });

  it('asks why when the notice is short, and the parent reads why', async () => {
    const before = await k.count('SELECT count(*) AS n FROM meetings');
    const soon = { options: [k.option(2, '10:00')], meetingKind: 'child_in_need_review' };
    const refused = await k.arrange('priya', soon);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toHaveProperty('shortNoticeReason');
    expect(refused.json().message).toMatch(/working day.*notice.*Say why/);
    expect(await k.count('SELECT count(*) AS n FROM meetings')).toBe(before);
    const reason = 'Jamie leaves hospital on Friday and we need to plan before then.';
    const ok = await k.arrange('priya', { ...soon, shortNoticeReason: reason });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().noticeWorkingDays).toBeLessThan(5);
    const told = await k.told('marie', 'meeting_invited');
    expect(told.some((n) => n.messageValues?.short === 'yes' && /shorter notice than usual/.test(n.message))).toBe(true);
    const hers = await k.parentView(ok.json().appointment.id);
    expect(hers.statusCode).toBe(200);
    expect(hers.json().shortNoticeReason).toBe(reason);
  });

  it('refuses what cannot be arranged, naming the field', async () => {
    expect((await k.arrange('priya', { meetingKind: 'tea_party' })).json().fields).toHaveProperty('meetingKind');
    expect((await k.arrange('priya', { purpose: ' ' })).json().fields).toHaveProperty('purpose');
    expect((await k.arrange('priya', { chairStaffId: k.ids.staff.mark })).statusCode).toBe(400);
    // A professionals' meeting is at one time: nobody in the family chooses it.
    const two = await k.arrange('priya', { meetingKind: 'professionals' });
    expect(two.statusCode).toBe(400);
    expect(two.json().fields).toHaveProperty('options');
  });

  it('moves a professionals’ meeting to one new time, agreed at once (nobody in the family chooses it)', async () => {
    const made = await k.arrange('priya', { meetingKind: 'professionals', options: [k.option(8, '10:00', 60)] });
    expect(made.statusCode, made.body).toBe(201);
    const { id, version } = made.json().appointment;
    const offer = (options: unknown[], v: number) =>
      k.as('priya').post(`/api/families/${FAMILY}/appointments/${id}/offer`, { options, version: v });
    const two = await offer([k.option(10, '10:00', 60), k.option(11, '10:00', 60)], version);
    expect(two.statusCode).toBe(400);
    expect(two.json().fields).toHaveProperty('options');
    const moved = await offer([k.option(10, '11:00', 60)], version);
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await k.workerView('priya', id)).json().appointment;
    expect(after.status).toBe('agreed');
    expect(after.startsAt).toBe(new Date(k.option(10, '11:00', 60).startsAt).toISOString());
    expect(after.waitingFor).toBeNull();
  });

  it('checks the worker’s words the family reads (purpose) for respectful language', async () => {
    const res = await k.arrange('priya', { purpose: 'To discuss the non-compliant mother and her engagement.' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('words_to_check');
  });

  it('keeps words as written with the worker’s reason, shown to the care team beside the meeting and never to the parent', async () => {
    const purpose = 'To discuss the non-compliant mother and her engagement.';
    const kept = await k.arrange('priya', { purpose, keepAsWritten: { reason: 'These are the words of the court order.' } });
    expect(kept.statusCode).toBe(201);
    expect(kept.json().keptAsWritten).toEqual([
      expect.objectContaining({ reason: 'These are the words of the court order.', by: 'Priya Shah' }),
    ]);
    const hers = await k.parentView(kept.json().appointment.id);
    expect(hers.json().appointment.purpose).toBe(purpose);
    expect(hers.body).not.toContain('court order');
  });

  it('a worker reads it by the appointments’ rule or as its chair; anyone else gets the family’s 404', async () => {
    expect((await k.workerView('priya', id)).statusCode).toBe(200);
    expect((await k.workerView('tom', id)).statusCode).toBe(200); // same agency as who arranged it
    expect((await k.workerView('daniel', id)).statusCode).toBe(200); // a key worker
    expect((await k.workerView('helen', id)).statusCode).toBe(404); // the school, not coming
    const chaired = await k.arrangeMeeting('daniel', { chairStaffId: k.ids.staff.helen });
    const asChair = await k.workerView('helen', chaired);
    expect(asChair.statusCode).toBe(200);
    expect(asChair.json().allowed).toMatchObject({ writeReport: true, writeViews: true, record: false, withhold: false });
  });
});

describe('a worker’s report before the meeting', () => {
  let id: string;
  let tomsReport: Body['reports'][number];

  beforeAll(async () => {
    id = await k.arrangeMeeting('priya', { staffIds: [k.ids.staff.tom] });
  });

  it('is a draft only its writer reads', async () => {
    const saved = await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'Jamie has been going to school every day.', version: 0 });
    expect(saved.statusCode).toBe(200);
    const mine = (saved.json() as Body).reports.find((r) => r.staffId === k.ids.staff.tom);
    expect(mine).toMatchObject({ sharedAt: null, version: 1, late: false });
    tomsReport = mine as Body['reports'][number];
    for (const who of ['priya', 'daniel']) {
      const res = await k.workerView(who, id);
      expect(res.body).not.toContain('going to school every day');
    }
    expect((await k.parentView(id)).body).not.toContain('going to school every day');
  });

  it('answers a save of an older version with 409 and the meeting as it is now', async () => {
    const stale = await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'Something older.', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.reports.find((r: { staffId: string }) => r.staffId === k.ids.staff.tom).text).toBe(
      'Jamie has been going to school every day.',
    );
    const staleShare = await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: 7 });
    expect(staleShare.statusCode).toBe(409);
  });

  it('is shared with the parent and everyone reading the meeting, on time, and she is told', async () => {
    const shared = await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: tomsReport.version });
    expect(shared.statusCode).toBe(200);
    expect((shared.json() as Body).reports.find((r) => r.staffId === k.ids.staff.tom)).toMatchObject({ late: false });
    expect((await k.workerView('daniel', id)).body).toContain('going to school every day');
    const hers = (await k.parentView(id)).json();
    expect(hers.reports).toEqual([expect.objectContaining({ author: 'Tom Reilly', text: 'Jamie has been going to school every day.' })]);
    const told = await k.told('marie', 'meeting_report_shared');
    expect(told.at(-1)).toMatchObject({
      messageId: 'notify-meetings.reportShared',
      messageValues: { name: 'Tom Reilly', kind: 'core_group' },
    });
    expect((await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: tomsReport.version + 1 })).statusCode).toBe(409);
  });

  it('is late when shared after it was due (working days before the meeting)', async () => {
    const later = await k.arrangeMeeting('priya', { options: [k.option(12, '15:00')] });
    await k.agree(later);
    await k.as('priya').put(`${k.url(later)}/reports/mine`, { text: 'A report shared late.', version: 0 });
    const saved = k.now();
    try {
      // Two days before the meeting: past the three working days it was due by.
      k.setNow(new Date(Date.parse(k.option(10, '15:00').startsAt)));
      const shared = await k.as('priya').post(`${k.url(later)}/reports/mine/share`, { version: 1 });
      expect(shared.statusCode, shared.body).toBe(200);
      expect((shared.json() as Body).reports[0]).toMatchObject({ late: true });
    } finally {
      k.setNow(saved);
    }
  });

  it('at short notice is due before the meeting, not by a date already gone when the parent was invited', async () => {
    const soon = await k.arrangeMeeting('priya', { options: [k.option(1, '15:00')], shortNoticeReason: 'A hospital discharge.' });
    await k.as('priya').put(`${k.url(soon)}/reports/mine`, { text: 'A short report.', version: 0 });
    const shared = await k.as('priya').post(`${k.url(soon)}/reports/mine/share`, { version: 1 });
    expect(shared.statusCode).toBe(200);
    const body = shared.json() as Body & { reportsDueBy: string };
    expect(body.reports[0]).toMatchObject({ late: false });
    expect(body.reportsDueBy).toBe(new Date(k.option(1, '15:00').startsAt).toISOString());
  });

  it('is written only by who is coming, chairs or arranged it; a key worker who is not is refused with who can', async () => {
    const res = await k.as('daniel').put(`${k.url(id)}/reports/mine`, { text: 'My report.', version: 0 });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/coming to this meeting, its chair and the worker who arranged it/);
    expect((await k.as('helen').put(`${k.url(id)}/reports/mine`, { text: 'My report.', version: 0 })).statusCode).toBe(404);
    const denied = await k.count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'meeting_report.saved'",
    );
    expect(denied).toBeGreaterThanOrEqual(1);
  });
});

describe('a family member’s view written down for them', () => {
  let id: string;
  beforeAll(async () => {
    id = await k.arrangeMeeting('priya');
  });

  it('needs a child’s agreement that it is read at the meeting', async () => {
    const url = `${k.url(id)}/views/${k.ids.people.jamie}`;
    const without = await k.as('priya').put(url, { text: 'I want to stay at my school.', version: 0 });
    expect(without.statusCode).toBe(400);
    expect(without.json().fields).toHaveProperty('agreed');
    const ok = await k.as('priya').put(url, { text: 'I want to stay at my school.', agreed: true, version: 0 });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as Body).views).toEqual([
      expect.objectContaining({ personId: k.ids.people.jamie, author: 'Priya Shah', writtenForPerson: true, version: 1 }),
    ]);
    expect((await k.as('priya').put(url, { text: 'Again.', agreed: true, version: 0 })).statusCode).toBe(409);
  });

  it('is written only by who may change the meeting or the chair', async () => {
    const url = `${k.url(id)}/views/${k.ids.people.marie}`;
    expect((await k.as('tom').put(url, { text: 'x', version: 0 })).statusCode).toBe(403); // same agency: reads only
    expect((await k.as('helen').put(url, { text: 'x', version: 0 })).statusCode).toBe(404);
  });
});
