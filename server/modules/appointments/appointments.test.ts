// Visits and appointments arranged with the family, through the API (issue 17 §1, §3): a worker proposes with 1–5 times,
// the parent chooses one (both told) or suggests another (the worker accepts it or offers new times), either side cancels
// with a reason (the other told), an unannounced visit is recorded with why and the parent sees it, stale saves are 409s,
// retried creates make one, and the parent's words keep their language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRespectfulWords } from '../../../shared/domain/respectful-words.ts';
import { DEMO_APPOINTMENT_IDS } from '../../seeds/demo-appointments.ts';
import { type AppointmentBody, appointmentsKit, F, type Kit } from './appointments-test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await appointmentsKit(['marie', 'daniel', 'priya', 'tom', 'helen', 'jamie']);
}, 180_000);
afterAll(async () => k?.t.close());

const url = (id = '') => `/api/families/${F}/appointments${id ? `/${id}` : ''}`;
const find = (cal: { coming: AppointmentBody[]; past: AppointmentBody[] }, id: string) =>
  [...cal.coming, ...cal.past].find((a) => a.id === id);

describe('a worker proposes a visit, and the parent chooses a time from her phone', () => {
  let id: string;

  it('proposes what it is for, where, and two times; a retry with the same key makes one, another body with it is refused', async () => {
    const first = await k.propose('daniel', { whatToBring: 'Your medication, if you would like to talk about it' }, 'visit-key-0001');
    expect(first.statusCode).toBe(201);
    const body = first.json() as AppointmentBody;
    id = body.id;
    expect(body).toMatchObject({ status: 'proposed', waitingFor: 'family', startsAt: null, version: 1, past: false });
    expect(body.times).toHaveLength(2);
    expect(body.times.every((t) => t.proposedBy === 'worker' && t.status === 'open' && t.round === 1)).toBe(true);
    expect(body.workers).toEqual([
      expect.objectContaining({ name: 'Daniel Okafor', roleKey: 'community_psychiatric_nurse', arranged: true }),
    ]);
    expect(body.withPeople).toEqual([{ personId: k.ids.people.marie, name: 'Marie' }]);
    const retry = await k.propose('daniel', { whatToBring: 'Your medication, if you would like to talk about it' }, 'visit-key-0001');
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(id);
    const changed = await k.propose('daniel', { purpose: 'Something else' }, 'visit-key-0001');
    expect(changed.statusCode).toBe(422);
    expect(await k.count("SELECT count(*) AS n FROM appointments WHERE idempotency_key = 'visit-key-0001'")).toBe(1);
    expect(await k.count('SELECT count(*) AS n FROM appointment_options WHERE appointment_id = $1', [id])).toBe(2);
  });

  it('tells the parent, in words her page can say in her language', async () => {
    const told = await k.told('marie', 'appointment_proposed');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toBe(
      'Daniel Okafor would like to arrange a visit at home with you. Choose a time that suits you, or suggest another, in your calendar.',
    );
    expect(told[0]?.messageId).toBe('notify-appointments.proposed');
    expect(told[0]?.messageValues).toEqual({ name: 'Daniel Okafor', kind: 'home_visit' });
  });

  it('refuses what cannot be arranged, naming the field, and saves nothing', async () => {
    const before = await k.count('SELECT count(*) AS n FROM appointments');
    const none = await k.propose('daniel', { options: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().fields).toHaveProperty('options');
    const six = await k.propose('daniel', { options: [1, 2, 3, 4, 5, 6].map((d) => k.option(d + 2, '10:00')) });
    expect(six.statusCode).toBe(400);
    const backwards = await k.propose('daniel', { options: [{ startsAt: k.at(3, '11:00'), endsAt: k.at(3, '10:00') }] });
    expect(backwards.statusCode).toBe(400);
    expect(JSON.stringify(backwards.json().fields)).toMatch(/endsAt/);
    const past = await k.propose('daniel', { options: [k.option(-1, '10:00')] });
    expect(past.statusCode).toBe(400);
    const noPurpose = await k.propose('daniel', { purpose: '  ' });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().fields).toHaveProperty('purpose');
    const stranger = await k.propose('daniel', { withPersonIds: ['00000000-0000-4000-8000-000000000001'] });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fields).toHaveProperty('withPersonIds');
    const notOnTeam = await k.propose('daniel', { staffIds: [k.ids.staff.mark] });
    expect(notOnTeam.statusCode).toBe(400);
    expect(notOnTeam.json().fields).toHaveProperty('staffIds');
    expect(await k.count('SELECT count(*) AS n FROM appointments')).toBe(before);
  });

  it('shows it in her calendar as coming, waiting for her, with who, where, what to bring and her barriers from the needs pages', async () => {
    const cal = await k.calendar();
    const mine = cal.coming.find((a) => a.id === id);
    expect(mine).toMatchObject({
      mayChoose: true,
      maySuggest: true,
      mayCancel: true,
      waitingFor: 'family',
      purpose: 'To talk about how things are going and what would help.',
    });
    expect(mine).not.toHaveProperty('keptAsWritten');
    expect(mine).not.toHaveProperty('allowed');
    // The demo: Daniel's next visit to come, the first joint visit past.
    expect(find(cal, DEMO_APPOINTMENT_IDS.nextVisit)?.status).toBe('agreed');
    expect(cal.past.map((a) => a.id)).toContain(DEMO_APPOINTMENT_IDS.firstVisit);
    expect(cal.arranging.needsBarriers).toMatchObject({
      childcare: 'No one to have Clare on Tuesdays and Thursdays.',
      times: 'Not before 10 — school run.',
    });
    expect(cal.arranging.barriers.version).toBe(0);
  });

  it('a stale choice is a 409 with the appointment as it is now; a choice agrees it and tells both sides', async () => {
    const cal = await k.calendar();
    const mine = find(cal, id) as AppointmentBody;
    const pick = mine.times[1] as { id: string; startsAt: string; endsAt: string };
    const stale = await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: pick.id, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id, status: 'proposed', version: 1 });
    const res = await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: pick.id, version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'agreed', startsAt: pick.startsAt, endsAt: pick.endsAt, version: 2, sequence: 1 });
    expect(res.json().times.map((t: { status: string }) => t.status)).toEqual(['set_aside', 'chosen']);
    expect((await k.told('daniel', 'appointment_agreed')).map((n) => n.message)).toEqual([
      expect.stringMatching(/^Marie chose .* for the home visit\. It is agreed\.$/),
    ]);
    expect((await k.told('marie', 'appointment_agreed'))[0]?.messageId).toBe('notify-appointments.agreedByYou');
    const again = await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: pick.id, version: 2 });
    expect(again.statusCode).toBe(400);
  });
});

describe('the parent suggests another time, and the worker accepts it or offers others', () => {
  let id: string;

  it('she suggests a time with a note, in Polish; it waits for the worker, who is told', async () => {
    id = (await k.propose('daniel', {}, 'visit-key-0002')).json().id;
    expect((await k.as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    const suggested = await k.as('marie').post(`/api/portal/appointments/${id}/suggest`, {
      startsAt: k.at(10, '11:00'),
      note: 'Po 10, kiedy dzieci są w szkole',
      version: 1,
    });
    await k.as('marie').put('/api/portal/language', { language: 'en' });
    expect(suggested.statusCode).toBe(200);
    const body = suggested.json() as AppointmentBody;
    expect(body).toMatchObject({ status: 'proposed', waitingFor: 'worker', mayChoose: false });
    const mine = body.times.find((t) => t.proposedBy === 'family');
    // As long as the time Daniel offered (an hour), and her note in the language she wrote it in.
    expect(mine).toMatchObject({
      note: 'Po 10, kiedy dzieci są w szkole',
      writtenIn: 'pl',
      round: 2,
      status: 'open',
      endsAt: k.at(10, '12:00'),
    });
    expect(body.times.filter((t) => t.proposedBy === 'worker').every((t) => t.status === 'set_aside')).toBe(true);
    expect((await k.told('daniel', 'appointment_time_proposed'))[0]?.message).toMatch(/^Marie suggested another time for the home visit/);
    // A worker's words come back as English: only the family's carry another language.
    expect(body.times.find((t) => t.proposedBy === 'worker')?.writtenIn).toBe('en');
  });

  it('the worker accepts her time: agreed, and she is told', async () => {
    const view = (await k.as('daniel').get(url(id))).json() as AppointmentBody;
    expect(view.allowed).toMatchObject({ accept: true, offer: true, cancel: true, recordHappened: false });
    const hers = view.times.find((t) => t.proposedBy === 'family' && t.status === 'open');
    const res = await k.as('daniel').post(url(`${id}/accept`), { optionId: hers?.id, version: view.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'agreed', startsAt: hers?.startsAt });
    const told = await k.told('marie', 'appointment_agreed');
    expect(told.some((n) => n.messageId === 'notify-appointments.agreedByWorker')).toBe(true);
  });

  it('or offers other times instead, and it waits for her again', async () => {
    const other = (await k.propose('daniel', {}, 'visit-key-0003')).json() as AppointmentBody;
    const s = await k.as('marie').post(`/api/portal/appointments/${other.id}/suggest`, { startsAt: k.at(11, '09:00'), version: 1 });
    expect(s.statusCode).toBe(200);
    const offered = await k.as('daniel').post(url(`${other.id}/offer`), { options: [k.option(12, '10:00')], version: 2 });
    expect(offered.statusCode).toBe(200);
    const body = offered.json() as AppointmentBody;
    expect(body).toMatchObject({ status: 'proposed', waitingFor: 'family', version: 3 });
    expect(body.times.map((t) => [t.round, t.proposedBy, t.status])).toEqual([
      [1, 'worker', 'set_aside'],
      [1, 'worker', 'set_aside'],
      [2, 'family', 'set_aside'],
      [3, 'worker', 'open'],
    ]);
    expect((await k.told('marie', 'appointment_proposed')).some((n) => n.messageId === 'notify-appointments.newTimes')).toBe(true);
    // A time that was set aside cannot be chosen.
    const old = await k.as('marie').post(`/api/portal/appointments/${other.id}/choose`, { optionId: body.times[0]?.id, version: 3 });
    expect(old.statusCode).toBe(400);
  });

  it('an agreed time can be moved by either side: it goes back to waiting', async () => {
    const cal = await k.calendar();
    const agreed = find(cal, id) as AppointmentBody;
    expect(agreed.status).toBe('agreed');
    const moved = await k
      .as('marie')
      .post(`/api/portal/appointments/${id}/suggest`, { startsAt: k.at(13, '13:00'), version: agreed.version });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'proposed', startsAt: null, waitingFor: 'worker' });
  });
});

describe('either side cancels, with a reason the other side reads', () => {
  it('the parent cancels; a reason is required; the workers are told', async () => {
    const { id } = (await k.propose('daniel', { staffIds: [k.ids.staff.sarah] }, 'visit-key-0004')).json();
    const noReason = await k.as('marie').post(`/api/portal/appointments/${id}/cancel`, { reason: '', version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toHaveProperty('reason');
    const res = await k.as('marie').post(`/api/portal/appointments/${id}/cancel`, { reason: 'Clare is ill and at home.', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'cancelled',
      mayCancel: false,
      cancelled: { by: 'family', name: 'Marie', reason: 'Clare is ill and at home.', writtenIn: 'en' },
    });
    expect((await k.told('daniel', 'appointment_cancelled')).map((n) => n.message)).toContain(
      'Marie cancelled the home visit. The reason is on the appointment.',
    );
    const sarah = await k.t.database.asOwner(
      "SELECT count(*) AS n FROM notifications WHERE recipient_staff_id = $1 AND kind = 'appointment_cancelled'",
      [k.ids.staff.sarah],
    );
    expect(Number(sarah.rows[0].n)).toBe(1);
    const again = await k.as('marie').post(`/api/portal/appointments/${id}/cancel`, { reason: 'Twice', version: 2 });
    expect(again.statusCode).toBe(409);
  });

  it('the worker cancels: words the family should not read are checked; kept as written with a reason, the team sees why', async () => {
    const { id } = (await k.propose('daniel', {}, 'visit-key-0005')).json();
    const judged = await k.as('daniel').post(url(`${id}/cancel`), { reason: 'Marie was non-compliant last time.', version: 1 });
    expect(judged.statusCode).toBe(400);
    expect(judged.json().error).toBe('words_to_check');
    expect(judged.json().findings.length).toBeGreaterThan(0);
    const kept = await k.as('daniel').post(url(`${id}/cancel`), {
      reason: 'Marie was non-compliant last time.',
      version: 1,
      keepAsWritten: { reason: 'Marie’s own words about herself' },
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().keptAsWritten).toEqual([expect.objectContaining({ version: 2, reason: 'Marie’s own words about herself' })]);
    const { id: plain } = (await k.propose('daniel', {}, 'visit-key-0006')).json();
    const res = await k
      .as('daniel')
      .post(url(`${plain}/cancel`), { reason: 'I am unwell. I will ring to arrange another day.', version: 1 });
    expect(res.statusCode).toBe(200);
    const told = await k.told('marie', 'appointment_cancelled');
    expect(told.some((n) => n.messageId === 'notify-appointments.cancelled' && n.messageValues?.name === 'Daniel Okafor')).toBe(true);
    const cal = await k.calendar();
    expect(find(cal, plain)?.cancelled).toMatchObject({
      by: 'worker',
      name: 'Daniel Okafor',
      reason: 'I am unwell. I will ring to arrange another day.',
    });
    expect(find(cal, id)).not.toHaveProperty('keptAsWritten');
  });
});

describe('an unannounced visit is recorded with why, and the parent sees it', () => {
  it('needs a reason; is recorded as happened and unannounced, once for a retried key; she is told and reads the reason', async () => {
    const when = new Date(k.now().getTime() - 2 * 3_600_000).toISOString();
    const noReason = await k.as('priya').post(url('unannounced'), { startsAt: when, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toHaveProperty('reason');
    const body = { startsAt: when, reason: 'The school rang: Clare said there was no food in the house, so I came straight away.' };
    const res = await k.as('priya').post(url('unannounced'), body, { 'idempotency-key': 'unannounced-01' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'happened', unannounced: true, unannouncedReason: body.reason, past: true });
    const retry = await k.as('priya').post(url('unannounced'), body, { 'idempotency-key': 'unannounced-01' });
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(res.json().id);
    expect((await k.told('marie', 'visit_unannounced')).map((n) => n.message)).toEqual([
      'Priya Shah came to see you without arranging it with you first. Your calendar says why.',
    ]);
    const seen = (await k.calendar()).past.find((a) => a.id === res.json().id);
    expect(seen).toMatchObject({ unannounced: true, unannouncedReason: body.reason, status: 'happened', mayCancel: false });
    // "Record a visit or contact" opens with the people and the time filled in.
    expect(res.json().recordVisit).toEqual({
      kind: 'home_visit',
      occurredAt: new Date(when).toISOString(),
      presentPersonIds: [k.ids.people.marie],
      presentStaffIds: [k.ids.staff.priya],
      aboutPersonIds: [k.ids.people.marie],
    });
  });

  it('refuses a visit in the future', async () => {
    const res = await k.as('priya').post(url('unannounced'), { startsAt: k.at(0, '23:59'), reason: 'Tomorrow' });
    expect(res.statusCode).toBe(400);
  });
});

describe('after a visit', () => {
  it('an agreed visit whose time has come can be marked as happened, and its record opens pre-filled', async () => {
    const { id } = (await k.propose('daniel', { staffIds: [k.ids.staff.sarah], options: [k.option(1, '10:00')] }, 'visit-key-0007')).json();
    const pick = (await k.calendar()).coming.find((a) => a.id === id)?.times[0]?.id;
    expect((await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: pick, version: 1 })).statusCode).toBe(200);
    const early = await k.as('daniel').post(url(`${id}/happened`), { version: 2 });
    expect(early.statusCode).toBe(409);
    const start = k.now();
    k.setNow(new Date(start.getTime() + 2 * 86_400_000));
    try {
      const view = (await k.as('daniel').get(url(id))).json() as AppointmentBody;
      expect(view.allowed?.recordHappened).toBe(true);
      expect(view.recordVisit).toMatchObject({ kind: 'home_visit', presentStaffIds: [k.ids.staff.daniel, k.ids.staff.sarah] });
      const done = await k.as('daniel').post(url(`${id}/happened`), { version: 2 });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ status: 'happened', past: true });
    } finally {
      k.setNow(start);
    }
  });
});

describe('times that have passed', () => {
  it('a proposal whose every time has passed moves to the past, and its times can no longer be chosen', async () => {
    const { id } = (await k.propose('daniel', { options: [k.option(1, '09:30')] }, 'visit-key-0008')).json();
    const start = k.now();
    k.setNow(new Date(start.getTime() + 3 * 86_400_000));
    try {
      const cal = await k.calendar();
      const gone = cal.past.find((a) => a.id === id);
      expect(gone).toMatchObject({ status: 'proposed', past: true, mayChoose: false, maySuggest: false });
      const res = await k.as('marie').post(`/api/portal/appointments/${id}/choose`, { optionId: gone?.times[0]?.id, version: 1 });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/passed/);
    } finally {
      k.setNow(start);
    }
  });
});

describe('what makes appointments hard', () => {
  it('the parent writes it in her language; a stale save is a 409 with what is saved; a worker writes it with her', async () => {
    await k.as('marie').put('/api/portal/language', { language: 'pl' });
    const first = await k.as('marie').put('/api/portal/calendar/barriers', { times: 'Po 10', childcare: null, version: 0 });
    await k.as('marie').put('/api/portal/language', { language: 'en' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ times: 'Po 10', writtenIn: 'pl', version: 1 });
    const stale = await k.as('marie').put('/api/portal/calendar/barriers', { times: 'After 10', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ times: 'Po 10', version: 1 });
    const judged = await k.as('tom').put(url('barriers'), { times: 'Po 10', other: 'She is chaotic in the mornings', version: 1 });
    expect(judged.statusCode).toBe(400);
    expect(judged.json().error).toBe('words_to_check');
    const byTom = await k.as('tom').put(url('barriers'), { times: 'Po 10', travel: 'No car; two buses', version: 1 });
    expect(byTom.statusCode).toBe(200);
    // Her words, changed a little by a worker with her, stay marked as hers.
    expect(byTom.json()).toMatchObject({ travel: 'No car; two buses', writtenIn: 'pl', version: 2 });
    const list = (await k.as('daniel').get(url())).json();
    expect(list.arranging.barriers).toMatchObject({ travel: 'No car; two buses', version: 2 });
  });
});

describe('the demo family', () => {
  it('has Daniel’s visit next week, agreed, at a time that suits Marie, and the first visit that happened; their words pass the check', async () => {
    const cal = await k.calendar();
    const next = cal.coming.find((a) => a.id === DEMO_APPOINTMENT_IDS.nextVisit);
    expect(next).toMatchObject({
      status: 'agreed',
      kind: 'home_visit',
      workers: [expect.objectContaining({ name: 'Daniel Okafor', arranged: true })],
    });
    const days = (Date.parse(next?.startsAt as string) - k.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(1);
    expect(days).toBeLessThan(14);
    expect(cal.past.find((a) => a.id === DEMO_APPOINTMENT_IDS.firstVisit)).toMatchObject({ status: 'happened', unannounced: false });
    const words = (
      await k.t.database.asOwner('SELECT purpose, place, what_to_bring FROM appointments WHERE id = ANY($1)', [
        Object.values(DEMO_APPOINTMENT_IDS),
      ])
    ).rows as Record<string, string | null>[];
    expect(words.flatMap((w) => Object.values(w)).flatMap((text) => (text ? checkRespectfulWords(text).map((f) => f.found) : []))).toEqual(
      [],
    );
  });
});

describe('audit', () => {
  it('writes an event for every read and change, with the family, never the words', async () => {
    const rows = (
      await k.t.database.asOwner(
        `SELECT action, details::text AS details FROM audit_events WHERE family_id = $1 AND (action LIKE 'appointment%' OR action LIKE 'calendar.%')`,
        [F],
      )
    ).rows as { action: string; details: string }[];
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'appointment.proposed',
      'appointment.agreed',
      'appointment.time_suggested',
      'appointment.times_offered',
      'appointment.cancelled',
      'appointment.unannounced_recorded',
      'appointment.happened',
      'appointment.viewed',
      'appointment_barriers.saved',
      'appointments.viewed',
      'calendar.viewed',
    ])
      expect(actions, a).toContain(a);
    expect(rows.some((r) => /Clare is ill|no food|Po 10/.test(r.details))).toBe(false);
  });
});
