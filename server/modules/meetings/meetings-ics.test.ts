// A meeting in calendar files (issue 17 §2), read back with a real iCalendar parser (ical.js): a meeting the parent agreed a
// time for is in her phone's calendar as "Meeting with <who arranged it>" at its time, with its place; a professionals'
// meeting never is (she is not going), before or after it happened; both are in the diary of the worker who arranged them.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type MeetingKit, meetingsKit } from './meetings-test-kit.ts';

let k: MeetingKit;
let invited: string;
let professionals: string;

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate(), location: e.location ?? null };
  });
}

beforeAll(async () => {
  k = await meetingsKit(['marie', 'priya']);
  invited = await k.arrangeMeeting('priya', { options: [k.option(8, '10:00', 90)] });
  await k.agree(invited);
  professionals = await k.arrangeMeeting('priya', {
    meetingKind: 'professionals',
    place: 'Room 4, the Civic Centre',
    options: [k.option(6, '09:30')],
  });
}, 180_000);
afterAll(async () => k?.t.close());

describe('a meeting in calendar files', () => {
  it('is in the parent’s calendar file at its agreed time, as a meeting with who arranged it, where it is', async () => {
    const res = await k.as('marie').get('/api/portal/calendar.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const mine = events(res.body).find((e) => e.uid.includes(invited));
    expect(mine).toMatchObject({ summary: 'Meeting with Priya Shah (Umbrella)', location: 'Northfield Family Centre, room 2' });
    expect(mine?.start.toISOString()).toBe(k.option(8, '10:00').startsAt);
    const one = await k.as('marie').get(`/api/portal/appointments/${invited}/calendar.ics`);
    expect(events(one.body)).toHaveLength(1);
  });

  it('never has a professionals’ meeting, before or after it happened', async () => {
    const before = await k.as('marie').get('/api/portal/calendar.ics');
    expect(events(before.body).some((e) => e.uid.includes(professionals))).toBe(false);
    expect(before.body).not.toContain('Civic Centre');
    await k.moveIntoPast(professionals, 1);
    const after = await k.as('marie').get('/api/portal/calendar.ics');
    expect(events(after.body).some((e) => e.uid.includes(professionals))).toBe(false);
    expect((await k.as('marie').get(`/api/portal/appointments/${professionals}/calendar.ics`)).statusCode).toBe(404);
  });

  it('both are in the diary of the worker who arranged them', async () => {
    const diary = await k.as('priya').get('/api/appointments/calendar.ics');
    const uids = events(diary.body).map((e) => e.uid);
    expect(uids.some((u) => u.includes(invited))).toBe(true);
    expect(uids.some((u) => u.includes(professionals))).toBe(true);
    const one = await k.as('priya').get(`/api/families/${F}/appointments/${professionals}/calendar.ics`);
    expect(events(one.body)[0]?.location).toBe('Room 4, the Civic Centre');
  });
});
