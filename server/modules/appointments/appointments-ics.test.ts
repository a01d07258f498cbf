// Calendar files (issue 17 §1): made with ical-generator, read back here with a real iCalendar parser (ical.js). The
// parent's whole calendar and one appointment, in her language; a worker's own diary and one appointment. Each event has a
// stable UID, its times in UTC, a SEQUENCE that goes up with each change, and a cancelled one is marked cancelled. Nothing in
// it says what a visit is for.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPOINTMENT_IDS } from '../../seeds/demo-appointments.ts';
import { DEMO_MEETING_IDS } from '../../seeds/demo-meetings.ts';
import { type AppointmentBody, appointmentsKit, F, type Kit } from './appointments-test-kit.ts';

let k: Kit;
let agreed: AppointmentBody;
let cancelled: AppointmentBody;
let proposed: string;
const PURPOSE = 'To talk about your medication and how you are sleeping.';

type Parsed = { uid: string; summary: string; start: Date; end: Date; status: string | null; sequence: number; location: string | null };

function parse(text: string): { name: string | null; events: Parsed[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: e.sequence,
      location: e.location ?? null,
    };
  });
  return { name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null, events };
}

async function choose(id: string) {
  const cal = await k.calendar();
  const appointment = cal.coming.find((a) => a.id === id) as AppointmentBody;
  const res = await k
    .as('marie')
    .post(`/api/portal/appointments/${id}/choose`, { optionId: appointment.times[0]?.id, version: appointment.version });
  expect(res.statusCode).toBe(200);
  return res.json() as AppointmentBody;
}

beforeAll(async () => {
  k = await appointmentsKit(['marie', 'daniel', 'priya', 'helen']);
  agreed = await choose((await k.propose('daniel', { purpose: PURPOSE, place: '14 Alder Road' }, 'ics-agreed')).json().id);
  const toCancel = await choose((await k.propose('daniel', { options: [k.option(5, '11:00')] }, 'ics-cancel')).json().id);
  cancelled = (
    await k
      .as('daniel')
      .post(`/api/families/${F}/appointments/${toCancel.id}/cancel`, { reason: 'I am unwell.', version: toCancel.version })
  ).json();
  proposed = (await k.propose('daniel', {}, 'ics-proposed')).json().id;
}, 180_000);
afterAll(async () => k?.t.close());

describe('the parent’s calendar file', () => {
  it('is a download of text/calendar that a real parser reads', async () => {
    const res = await k.as('marie').get('/api/portal/calendar.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="umbrella-calendar.ics"');
    expect(res.headers['cache-control']).toMatch(/no-store/);
    const { name, events } = parse(res.body);
    expect(name).toBe('Your visits and appointments (Umbrella)');
    const byUid = new Map(events.map((e) => [e.uid, e]));
    // Agreed, the demo's visit to come, the one that happened and its core group meeting, and the cancelled one: not the one
    // still being arranged.
    expect([...byUid.keys()].sort()).toEqual(
      [agreed.id, cancelled.id, DEMO_APPOINTMENT_IDS.nextVisit, DEMO_APPOINTMENT_IDS.firstVisit, DEMO_MEETING_IDS.coreGroup]
        .map((id) => `${id}@umbrella`)
        .sort(),
    );
    expect(byUid.has(`${proposed}@umbrella`)).toBe(false);
    const mine = byUid.get(`${agreed.id}@umbrella`);
    expect(mine).toMatchObject({
      summary: 'Visit from Daniel Okafor (Umbrella)',
      status: 'CONFIRMED',
      sequence: 1,
      location: '14 Alder Road',
    });
    expect(mine?.start.toISOString()).toBe(agreed.startsAt);
    expect(mine?.end.toISOString()).toBe(agreed.endsAt);
    const off = byUid.get(`${cancelled.id}@umbrella`);
    expect(off).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(off?.start.toISOString()).toBe(cancelled.startsAt);
  });

  it('holds its times in UTC and nothing of what a visit is for or why it was cancelled', async () => {
    const body = (await k.as('marie').get('/api/portal/calendar.ics')).body;
    const start = agreed.startsAt?.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(body).toContain(`DTSTART:${start}`);
    expect(body).not.toContain('medication');
    expect(body).not.toContain('unwell');
    expect(body).not.toMatch(/TZID/);
  });

  it('is worded in her language', async () => {
    await k.as('marie').put('/api/portal/language', { language: 'pl' });
    try {
      const { name, events } = parse((await k.as('marie').get('/api/portal/calendar.ics')).body);
      expect(name).toBe('Twoje wizyty i spotkania (Umbrella)');
      expect(events.find((e) => e.uid === `${agreed.id}@umbrella`)?.summary).toBe('Wizyta: Daniel Okafor (Umbrella)');
    } finally {
      await k.as('marie').put('/api/portal/language', { language: 'en' });
    }
  });

  it('one appointment has the same UID as in the whole calendar; one with no agreed time is refused', async () => {
    const res = await k.as('marie').get(`/api/portal/appointments/${agreed.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    const { events } = parse(res.body);
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe(`${agreed.id}@umbrella`);
    const none = await k.as('marie').get(`/api/portal/appointments/${proposed}/calendar.ics`);
    expect(none.statusCode).toBe(409);
    expect(none.json().message).toMatch(/no agreed time/);
  });

  it('is audited as her read of her calendar', async () => {
    const n = await k.count("SELECT count(*) AS n FROM audit_events WHERE action = 'calendar.downloaded' AND family_id = $1", [F]);
    expect(n).toBeGreaterThanOrEqual(2);
  });
});

describe('a worker’s calendar files', () => {
  it('one appointment: the kind and the family, never what it is for', async () => {
    const res = await k.as('daniel').get(`/api/families/${F}/appointments/${agreed.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    const { events } = parse(res.body);
    expect(events).toEqual([
      expect.objectContaining({ uid: `${agreed.id}@umbrella`, summary: 'Home visit: Marie, Jamie and Clare (Umbrella)' }),
    ]);
    expect(res.body).not.toContain('medication');
  });

  it('their own diary holds what they arranged or are coming to, and nothing else', async () => {
    const daniel = parse((await k.as('daniel').get('/api/appointments/calendar.ics')).body);
    const uids = daniel.events.map((e) => e.uid);
    // He is coming to the first joint visit Priya arranged.
    for (const id of [agreed.id, cancelled.id, DEMO_APPOINTMENT_IDS.nextVisit, DEMO_APPOINTMENT_IDS.firstVisit])
      expect(uids).toContain(`${id}@umbrella`);
    // Priya arranged the first visit and the demo's core group meeting, which Helen came to.
    const priya = parse((await k.as('priya').get('/api/appointments/calendar.ics')).body);
    expect(priya.events.map((e) => e.uid).sort()).toEqual(
      [DEMO_APPOINTMENT_IDS.firstVisit, DEMO_MEETING_IDS.coreGroup].map((id) => `${id}@umbrella`).sort(),
    );
    const helen = parse((await k.as('helen').get('/api/appointments/calendar.ics')).body);
    expect(helen.events.map((e) => e.uid)).toEqual([`${DEMO_MEETING_IDS.coreGroup}@umbrella`]);
    const audited = await k.count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'appointments.downloaded' AND actor_staff_id = $1",
      [k.ids.staff.daniel],
    );
    expect(audited).toBe(1);
  });

  it('a worker who does not read an appointment gets a 404 for its file', async () => {
    expect((await k.as('helen').get(`/api/families/${F}/appointments/${agreed.id}/calendar.ics`)).statusCode).toBe(404);
  });
});
