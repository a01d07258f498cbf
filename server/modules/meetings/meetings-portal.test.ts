// Meetings, the family's side, through the API (issue 17 §2): the parent reads a meeting she is invited to, writes her view
// until it happens (409 when stale, closed once it has happened), asks for help to get there (the chair and who arranged it
// told), replies to a shared report (its writer told; a retry makes one); a professionals' meeting never reaches her before
// it happened, then only as a fact (kind, date, purpose: nothing of where, who, reports or minutes in the JSON she gets), and
// a withheld one not at all; a young person reads the meetings about them and writes their own view, nothing else; the other
// parent and a trusted person read none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type MeetingKit, meetingsKit } from './meetings-test-kit.ts';

let k: MeetingKit;
beforeAll(async () => {
  k = await meetingsKit(['marie', 'jamie', 'clive', 'patricia', 'priya', 'tom', 'daniel']);
}, 180_000);
afterAll(async () => k?.t.close());

describe('the parent and a meeting she is invited to', () => {
  let id: string;
  let reportId: string;

  beforeAll(async () => {
    id = await k.arrangeMeeting('priya', { staffIds: [k.ids.staff.tom], whatToBring: 'Anything you would like to show us' });
    await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'Tom’s report: the family time has gone well.', version: 0 });
    const shared = await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: 1 });
    reportId = shared.json().reports[0].id;
    await k.as('priya').put(`${k.url(id)}/reports/mine`, { text: 'Priya’s draft, not shared yet.', version: 0 });
  });

  it('reads who is coming, where, the shared reports and what she may do; never a draft', async () => {
    const res = await k.parentView(id);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      factOnly: false,
      familyInvited: true,
      mayBringSupporter: true,
      mayWriteView: true,
      mayAskHelp: true,
      mayReply: true,
      chair: { name: 'Priya Shah' },
    });
    expect(body.appointment.place).toBe('Northfield Family Centre, room 2');
    expect(body.appointment.workers.map((w: { name: string }) => w.name).sort()).toEqual(['Priya Shah', 'Tom Reilly']);
    expect(body.reports.map((r: { author: string }) => r.author)).toEqual(['Tom Reilly']);
    expect(res.body).not.toContain('Priya’s draft');
    expect(body).not.toHaveProperty('keptAsWritten');
    expect(body).not.toHaveProperty('withheld');
  });

  it('writes her view until it happens, in her language; an older version is a 409 with the meeting as it is now', async () => {
    const first = await k
      .as('marie')
      .put(`/api/portal/meetings/${id}/view`, { text: 'I would like Jamie to stay at his school.', version: 0 });
    expect(first.statusCode).toBe(200);
    expect(first.json().views).toEqual([
      expect.objectContaining({ personId: k.ids.people.marie, author: 'Marie', writtenForPerson: false, writtenIn: 'en', version: 1 }),
    ]);
    const stale = await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: 'Older.', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.views[0].text).toBe('I would like Jamie to stay at his school.');
    expect((await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: 'Changed my mind.', version: 1 })).statusCode).toBe(200);
    expect(await k.told('priya', 'meeting_view_added')).not.toHaveLength(0);
    // The chair reads it on the meeting's page.
    expect((await k.workerView('priya', id)).json().views[0].text).toBe('Changed my mind.');
  });

  it('asks for help to get there: the chair and who arranged it are told', async () => {
    const version = (await k.parentView(id)).json().meetingVersion;
    const res = await k.as('marie').post(`/api/portal/meetings/${id}/help`, { kind: 'childcare', text: 'Someone to mind Clare.', version });
    expect(res.statusCode).toBe(200);
    expect(res.json().help).toMatchObject({ kind: 'childcare', text: 'Someone to mind Clare.' });
    const told = await k.told('priya', 'meeting_help_asked');
    expect(told.at(-1)?.message).toMatch(/Marie asked for help with childcare/);
    expect((await k.as('marie').post(`/api/portal/meetings/${id}/help`, { kind: 'travel', text: 'A bus fare.', version })).statusCode).toBe(
      409,
    );
  });

  it('replies to a shared report: its writer is told, and a retry with the same key makes one', async () => {
    const url = `/api/portal/meetings/${id}/reports/${reportId}/replies`;
    const first = await k.as('marie').post(url, { text: 'Thank you, Tom.' }, { 'idempotency-key': 'reply-key-0001' });
    expect(first.statusCode).toBe(200);
    const again = await k.as('marie').post(url, { text: 'Thank you, Tom.' }, { 'idempotency-key': 'reply-key-0001' });
    expect(again.statusCode).toBe(200);
    expect(again.json().reports[0].replies).toEqual([expect.objectContaining({ name: 'Marie', text: 'Thank you, Tom.', writtenIn: 'en' })]);
    expect(await k.told('tom', 'meeting_reply')).toHaveLength(1);
    // Tom reads her reply beside his report.
    expect((await k.workerView('tom', id)).json().reports.find((r: { id: string }) => r.id === reportId).replies).toHaveLength(1);
  });

  it('is closed for her view and help once it has happened', async () => {
    const past = await k.arrangeMeeting('priya');
    await k.moveIntoPast(past, 2);
    const body = (await k.parentView(past)).json();
    expect(body).toMatchObject({ mayWriteView: false, mayAskHelp: false });
    expect((await k.as('marie').put(`/api/portal/meetings/${past}/view`, { text: 'Late.', version: 0 })).statusCode).toBe(409);
  });
});

describe('a professionals’ meeting', () => {
  let id: string;
  const PLACE = 'Room 4, the Civic Centre';

  beforeAll(async () => {
    const res = await k.arrange('priya', {
      meetingKind: 'professionals',
      purpose: 'To share what each agency knows before the review.',
      place: PLACE,
      staffIds: [k.ids.staff.tom, k.ids.staff.daniel],
      options: [k.option(6, '09:30')],
    });
    expect(res.statusCode).toBe(201);
    id = res.json().appointment.id;
    expect(res.json()).toMatchObject({ familyInvited: false, invitedAt: null, appointment: { status: 'agreed' } });
    await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'Tom’s report for the workers.', version: 0 });
    await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: 1 });
  });

  it('is never sent to the parent, nor in her calendar, nor her meeting page, before it happened', async () => {
    for (const kind of ['meeting_invited', 'meeting_report_shared'])
      expect((await k.told('marie', kind)).filter((n) => n.messageValues?.kind === 'professionals')).toEqual([]);
    const cal = await k.calendar();
    expect([...cal.coming, ...cal.past].some((a) => a.id === id)).toBe(false);
    expect((await k.parentView(id)).statusCode).toBe(404);
    expect((await k.as('marie').get(`/api/portal/appointments/${id}/calendar.ics`)).statusCode).toBe(404);
    // Its time moved through the appointments' routes: the workers' business, she is not told.
    const version = (await k.workerView('priya', id)).json().appointment.version;
    const moved = await k.as('priya').post(`/api/families/${F}/appointments/${id}/offer`, { options: [k.option(7, '09:30')], version });
    expect(moved.statusCode).toBe(200);
    expect((await k.told('marie', 'appointment_proposed')).filter((n) => n.messageValues?.kind === 'meeting')).toEqual([]);
    // Workers reading it (through its page or the appointments' routes) leave nothing in her "Who has looked"; reading a
    // meeting she is invited to does.
    const log = async () => (await k.as('marie').get('/api/portal/access-log?limit=200')).json().items.length as number;
    const before = await log();
    expect((await k.as('priya').get(`/api/families/${F}/appointments/${id}`)).statusCode).toBe(200);
    expect((await k.workerView('priya', id)).statusCode).toBe(200);
    expect(await log()).toBe(before);
    const invited = await k.arrangeMeeting('priya');
    const afterArranging = await log();
    expect(afterArranging).toBe(before + 1);
    expect((await k.workerView('priya', invited)).statusCode).toBe(200);
    expect(await log()).toBe(afterArranging + 1);
  });

  it('once it happened, she reads that it took place, when and what for: nothing of where, who or what was said', async () => {
    await k.moveIntoPast(id, 1);
    const cal = await k.calendar();
    const card = cal.past.find((a) => a.id === id);
    expect(card).toMatchObject({
      purpose: 'To share what each agency knows before the review.',
      place: null,
      workers: [],
      withPeople: [],
      times: [],
    });
    expect(card).toMatchObject({ mayChoose: false, maySuggest: false, mayCancel: false });
    const res = await k.parentView(id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ factOnly: true, reports: [], views: [], decisions: [], attendance: [], actions: [] });
    for (const body of [res.body, JSON.stringify(card)]) {
      expect(body).not.toContain(PLACE);
      expect(body).not.toContain('Tom Reilly');
      expect(body).not.toContain('Tom’s report');
      expect(body).not.toContain('Daniel Okafor');
    }
    // Nothing for her to answer.
    const version = res.json().appointment.version;
    expect((await k.as('marie').post(`/api/portal/appointments/${id}/suggest`, { startsAt: k.at(3, '10:00'), version })).statusCode).toBe(
      403,
    );
    expect((await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: 'x', version: 0 })).statusCode).toBe(404);
  });

  it('withheld from her for a reason with a review date, she reads nothing of it', async () => {
    const version = (await k.workerView('priya', id)).json().meetingVersion;
    const tomTries = await k
      .as('tom')
      .put(`${k.url(id)}/withholding`, { reason: 'serious_risk', reviewOn: k.at(30, '00:00').slice(0, 10), version });
    expect(tomTries.statusCode).toBe(403);
    const res = await k
      .as('priya')
      .put(`${k.url(id)}/withholding`, { reason: 'serious_risk', reviewOn: k.at(30, '00:00').slice(0, 10), version });
    expect(res.statusCode).toBe(200);
    expect(res.json().withheld).toMatchObject({ reason: 'serious_risk' });
    const cal = await k.calendar();
    expect([...cal.coming, ...cal.past].some((a) => a.id === id)).toBe(false);
    expect((await k.parentView(id)).statusCode).toBe(404);
  });

  it('cannot be withheld when it is a meeting the family is invited to', async () => {
    const invited = await k.arrangeMeeting('priya');
    const version = (await k.workerView('priya', invited)).json().meetingVersion;
    const res = await k
      .as('priya')
      .put(`${k.url(invited)}/withholding`, { reason: 'third_party', reviewOn: k.at(30, '00:00').slice(0, 10), version });
    expect(res.statusCode).toBe(403);
  });
});

describe('the rest of the family', () => {
  let id: string;
  beforeAll(async () => {
    id = await k.arrangeMeeting('priya', { withPersonIds: [k.ids.people.marie, k.ids.people.jamie] });
    await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'A report Jamie does not read here.', version: 0 });
    await k.as('priya').put(`${k.url(id)}/reports/mine`, { text: 'Priya’s shared report.', version: 0 });
    await k.as('priya').post(`${k.url(id)}/reports/mine/share`, { version: 1 });
  });

  it('a young person reads the meetings about them: kind, when, where and their own view, nothing else', async () => {
    const res = await k.as('jamie').get('/api/portal/my-meetings');
    expect(res.statusCode).toBe(200);
    const mine = res.json().meetings.find((m: { id: string }) => m.id === id);
    expect(mine).toMatchObject({ meetingKind: 'core_group', place: 'Northfield Family Centre, room 2', myView: null, mayWriteView: true });
    expect(res.body).not.toContain('Priya’s shared report');
    const saved = await k.as('jamie').put(`/api/portal/my-meetings/${id}/view`, { text: 'I like my school.', version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().meetings.find((m: { id: string }) => m.id === id).myView).toMatchObject({ text: 'I like my school.', version: 1 });
    const stale = await k.as('jamie').put(`/api/portal/my-meetings/${id}/view`, { text: 'Older.', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).not.toContain('Priya’s shared report');
    // The parent's page is not theirs.
    expect((await k.as('jamie').get(`/api/portal/meetings/${id}`)).statusCode).toBe(403);
  });

  it('a young person does not read a meeting not about them', async () => {
    const notJamie = await k.arrangeMeeting('priya', { withPersonIds: [k.ids.people.marie] });
    const res = await k.as('jamie').get('/api/portal/my-meetings');
    expect(res.json().meetings.some((m: { id: string }) => m.id === notJamie)).toBe(false);
    expect((await k.as('jamie').put(`/api/portal/my-meetings/${notJamie}/view`, { text: 'x', version: 0 })).statusCode).toBe(404);
  });

  it('the other parent and a trusted person read none', async () => {
    for (const who of ['clive', 'patricia']) {
      expect((await k.as(who).get(`/api/portal/meetings/${id}`)).statusCode).toBe(403);
      expect((await k.as(who).get('/api/portal/my-meetings')).statusCode).toBe(403);
    }
  });

  it('the parent’s copy of her information has her meetings as her meeting page shows them', async () => {
    const page = (await k.parentView(id)).json();
    const { t } = k;
    const { meetingsAsSeenBy } = await import('./index.ts');
    const { systemFamily } = await import('../../access/visible-family.ts');
    const marie = {
      kind: 'parent',
      accountId: 'x',
      personId: k.ids.people.marie ?? '',
      familyId: F,
      name: 'Marie',
      language: 'en',
    } as const;
    const copy = await t.database.db
      .transaction()
      .execute((tx) => meetingsAsSeenBy(tx, systemFamily('subject access export', F), marie, k.now()));
    expect(copy?.find((m) => m.appointment.id === id)).toEqual(page);
    const jamie = { ...marie, kind: 'young_person' } as const;
    expect(
      await t.database.db.transaction().execute((tx) => meetingsAsSeenBy(tx, systemFamily('subject access export', F), jamie)),
    ).toBeNull();
  });

  it('a young person’s copy of their information has their meetings as their own list shows them, and nobody else’s does', async () => {
    const { t } = k;
    const { youngPersonMeetingsAsSeenBy } = await import('./index.ts');
    const { systemFamily } = await import('../../access/visible-family.ts');
    const list = (await k.as('jamie').get('/api/portal/my-meetings')).json().meetings;
    expect(list.length).toBeGreaterThan(0);
    const jamie = {
      kind: 'young_person',
      accountId: 'x',
      personId: k.ids.people.jamie ?? '',
      familyId: F,
      name: 'Jamie',
      language: 'en',
    } as const;
    const family = systemFamily('subject access export', F);
    const copy = await t.database.db.transaction().execute((tx) => youngPersonMeetingsAsSeenBy(tx, family, jamie, k.now()));
    expect(copy).toEqual(list);
    const marie = { ...jamie, kind: 'parent', personId: k.ids.people.marie ?? '' } as const;
    expect(await t.database.db.transaction().execute((tx) => youngPersonMeetingsAsSeenBy(tx, family, marie))).toBeNull();
  });
});

describe('in her language', () => {
  it('what she writes keeps the language she wrote it in (her view, help, a reply)', async () => {
    const id = await k.arrangeMeeting('priya', { staffIds: [k.ids.staff.tom] });
    await k.as('tom').put(`${k.url(id)}/reports/mine`, { text: 'Raport.', version: 0 });
    const reportId = (await k.as('tom').post(`${k.url(id)}/reports/mine/share`, { version: 1 })).json().reports[0].id;
    expect((await k.as('marie').put('/api/portal/language', { language: 'pl' })).statusCode).toBe(200);
    try {
      const view = await k.as('marie').put(`/api/portal/meetings/${id}/view`, { text: 'Chcę, żeby Jamie został w szkole.', version: 0 });
      expect(view.json().views[0]).toMatchObject({ writtenIn: 'pl' });
      const help = await k
        .as('marie')
        .post(`/api/portal/meetings/${id}/help`, { kind: 'travel', text: 'Bilet na autobus.', version: view.json().meetingVersion });
      expect(help.json().help).toMatchObject({ kind: 'travel', writtenIn: 'pl' });
      const reply = await k.as('marie').post(`/api/portal/meetings/${id}/reports/${reportId}/replies`, { text: 'Dziękuję.' });
      expect(reply.json().reports[0].replies[0]).toMatchObject({ writtenIn: 'pl' });
      // The workers read her words as she wrote them, marked with their language.
      expect((await k.workerView('priya', id)).json().views[0]).toMatchObject({
        text: 'Chcę, żeby Jamie został w szkole.',
        writtenIn: 'pl',
      });
    } finally {
      await k.as('marie').put('/api/portal/language', { language: 'en' });
    }
  });

  it('the invitation and a shared report are worded in Welsh, Polish and Urdu from their id and values', async () => {
    const { translateFor } = await import('../../i18n/catalogues.ts');
    const { notifyMeetings } = await import('../../../shared/i18n/notify-meetings.messages.ts');
    const values = { name: 'Priya Shah', kind: 'core_group', short: 'yes' };
    expect(translateFor('cy', notifyMeetings.invited, values)).toMatch(
      /^Mae Priya Shah wedi eich gwahodd i gyfarfod grŵp craidd\. Mae hyn yn llai o rybudd/,
    );
    expect(translateFor('pl', notifyMeetings.invited, values)).toMatch(
      /^Priya Shah zaprasza Cię na spotkanie grupy podstawowej\. To krótszy termin/,
    );
    expect(translateFor('ur', notifyMeetings.invited, values)).toContain('کور گروپ میٹنگ');
    expect(translateFor('pl', notifyMeetings.invited, { ...values, short: 'no' })).not.toContain('krótszy');
    expect(translateFor('en', notifyMeetings.reportShared, { name: 'Tom Reilly', kind: 'discharge_planning' })).toBe(
      'Tom Reilly has shared their report for the meeting to plan leaving hospital with you. You can read it and reply before the meeting.',
    );
    expect(translateFor('cy', notifyMeetings.reportShared, { name: 'Tom Reilly', kind: 'core_group' })).toContain('Tom Reilly');
  });
});
