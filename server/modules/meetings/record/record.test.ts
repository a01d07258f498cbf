// A meeting's record through the API (issue 17 §2, "Done means"): decisions flowing into the involvement level (the family's
// own path: the overview shows it, the parent has the involvement_changed notification) and actions into the plan (the
// working version has the action as 'proposed'; the plan's negotiable rules refuse with a clear 400); who may record and
// when; minutes invisible to the parent until shared, shared once, with her replies beside them (the chair told); and a
// professionals' meeting whose decisions and minutes never reach the parent's JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { F, type MeetingKit, meetingsKit } from '../meetings-test-kit.ts';

let k: MeetingKit;
let meetingId: string;
let proMeetingId: string;
let start: Date;
const HOUR = 3_600_000;
const url = (id: string, rest = '') => `${k.url(id)}${rest}`;
type Meeting = {
  meetingVersion: number;
  allowed: { record: boolean; writeMinutes: boolean };
  decisions: { id: string; text: string; involvementLevel: string | null; parentView: string | null }[];
  actions: { planItemId: string; content: { status: string; what: string } }[];
  attendance: { name: string; attendance: string }[];
  minutes: { text: string | null; sharedAt: string | null; dueOn: string | null; replies: { text: string }[] };
  explanationsToUpdate: { personId: string; name: string }[];
  factOnly?: boolean;
};

async function worker(who: string, id: string): Promise<Meeting> {
  const res = await k.as(who).get(url(id));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  k = await meetingsKit(['marie', 'priya', 'daniel', 'angela']);
  // Priya arranges a core group with Marie, Daniel coming; Marie chooses the time.
  meetingId = await k.arrangeMeeting('priya', {
    purpose: 'To look at how the plan is going, together.',
    options: [k.option(14, '10:00', 90)],
    staffIds: [k.ids.staff.daniel],
  });
  await k.agree(meetingId);
  const chosen = await k.workerView('priya', meetingId);
  start = new Date(chosen.json().appointment.startsAt);

  // A professionals' meeting Priya chairs, its time agreed among the workers.
  proMeetingId = await k.arrangeMeeting('priya', {
    meetingKind: 'professionals',
    purpose: 'Workers talk through the risks together.',
    place: 'Council offices, room 4',
    options: [k.option(14, '14:00')],
    staffIds: [k.ids.staff.daniel],
  });
  await k.t.database.asOwner(`UPDATE appointments SET status = 'agreed', starts_at = $2, ends_at = $3 WHERE family_id = $1 AND id = $4`, [
    F,
    k.at(14, '14:00'),
    k.at(14, '15:00'),
    proMeetingId,
  ]);
}, 180_000);
afterAll(async () => k?.t.close());

const decision = (extra: Record<string, unknown> = {}) => ({
  text: 'Jamie and Clare will have a child protection plan, looked at again in three months.',
  decidedBy: 'professionals',
  parentView: 'I do not think this is needed, but I will work with it.',
  parentAgrees: 'disagrees',
  ...extra,
});

describe('before the meeting’s time', () => {
  it('nothing is recorded yet (400), and the record is the chair’s or the arranger’s', async () => {
    const early = await k.as('priya').post(url(meetingId, '/decisions'), decision(), { 'idempotency-key': 'early-decision-1' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toMatch(/not started yet/);
  });

  it('opens half an hour before the agreed start, so the chair writes down who came as people arrive', async () => {
    const saved = k.now();
    try {
      k.setNow(new Date(start.getTime() - 31 * 60_000));
      expect((await worker('priya', meetingId)).allowed.record).toBe(false);
      const tooEarly = await k.as('priya').put(url(meetingId, '/attendance'), {
        attendance: [{ name: 'Sam Ward', role: 'Advocate', attendance: 'attended' }],
        version: (await worker('priya', meetingId)).meetingVersion,
      });
      expect(tooEarly.statusCode).toBe(400);
      k.setNow(new Date(start.getTime() - 29 * 60_000));
      const view = await worker('priya', meetingId);
      expect(view.allowed.record).toBe(true);
      expect(view.allowed.writeMinutes).toBe(true);
      // The family's views are still open until the start itself.
      expect((await k.parentView(meetingId)).json().mayWriteView).toBe(true);
    } finally {
      k.setNow(saved);
    }
  });
});

describe('at and after the meeting', () => {
  beforeAll(() => k.setNow(new Date(start.getTime() + 2 * HOUR)));

  it('a worker who is coming but neither chairs nor arranged it may not record (403, audited)', async () => {
    const res = await k.as('daniel').post(url(meetingId, '/decisions'), decision(), { 'idempotency-key': 'daniel-decision-1' });
    expect(res.statusCode).toBe(403);
    const denied = await k.count(
      "SELECT count(*) AS n FROM audit_events WHERE action = 'access.denied' AND details->>'attempted' = 'meeting.decision_recorded'",
    );
    expect(denied).toBeGreaterThan(0);
  });

  it('attendance is the whole list at the meeting’s version; a stale one is a 409 with the meeting as it is', async () => {
    const before = await worker('priya', meetingId);
    const res = await k.as('priya').put(url(meetingId, '/attendance'), {
      version: before.meetingVersion,
      attendance: [
        { personId: k.ids.people.marie, attendance: 'sent_apologies' },
        { staffId: k.ids.staff.daniel, attendance: 'attended' },
        { name: 'Sam Lee', role: 'Advocate', attendance: 'attended' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Meeting;
    expect(after.attendance.map((a) => [a.name, a.attendance])).toEqual([
      ['Marie', 'sent_apologies'],
      ['Daniel Okafor', 'attended'],
      ['Sam Lee', 'attended'],
    ]);
    expect(after.minutes.dueOn).not.toBeNull();
    const stale = await k.as('priya').put(url(meetingId, '/attendance'), { version: before.meetingVersion, attendance: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.attendance).toHaveLength(3);
  });

  it('a decision changing the involvement level goes through the family’s path: the overview shows it, the parent is told', async () => {
    const toldBefore = (await k.told('marie', 'involvement_changed')).length;
    const res = await k
      .as('priya')
      .post(url(meetingId, '/decisions'), decision({ involvementLevel: 'child_protection_plan', aboutPersonIds: [k.ids.people.jamie] }), {
        'idempotency-key': 'decision-level-01',
      });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json() as Meeting;
    expect(m.decisions).toHaveLength(1);
    expect(m.decisions[0]).toMatchObject({ involvementLevel: 'child_protection_plan', parentView: decision().parentView });
    expect(m.explanationsToUpdate.map((x) => x.personId)).toEqual([k.ids.people.jamie]);

    const overview = (await k.as('priya').get(`/api/families/${F}`)).json();
    expect(overview.involvement.level).toBe('child_protection_plan');
    expect(overview.involvement.history[0]).toMatchObject({ level: 'child_protection_plan' });
    const told = await k.told('marie', 'involvement_changed');
    expect(told.length).toBe(toldBefore + 1);
    // She sent apologies: she is told a decision was made without her view, in words her page says in her language.
    const decided = await k.told('marie', 'meeting_decision');
    expect(decided).toHaveLength(1);
    expect(decided[0]?.messageId).toBe('notify-meeting-record.decision');
    expect(decided[0]?.message).toMatch(/^A decision was made at the core group meeting on /);
    // The arranger and the key workers are prompted about Jamie's explanation.
    const prompted = await k.told('priya', 'meeting_explanation_prompt');
    expect(prompted[0]?.message).toMatch(/^Jamie’s explanation may need updating after the core group meeting/);

    // A retry with the same key makes nothing new.
    const again = await k
      .as('priya')
      .post(url(meetingId, '/decisions'), decision({ involvementLevel: 'child_protection_plan', aboutPersonIds: [k.ids.people.jamie] }), {
        'idempotency-key': 'decision-level-01',
      });
    expect(again.statusCode).toBe(200);
    expect((again.json() as Meeting).decisions).toHaveLength(1);
    expect((await k.told('marie', 'involvement_changed')).length).toBe(toldBefore + 1);
    const history = await k.count(
      "SELECT count(*) AS n FROM involvement_history WHERE family_id = $1 AND level = 'child_protection_plan'",
      [F],
    );
    expect(history).toBe(1);
  });

  it('an action lands in the plan’s working version as proposed; a non-negotiable one without its reasons is a clear 400', async () => {
    const content = {
      what: 'Marie goes to the parenting group on Tuesdays.',
      who: 'Marie, with Daniel’s help to get there',
      byWhen: '2027-03-01',
      onParent: true,
      negotiable: false,
    };
    const refused = await k.as('priya').post(url(meetingId, '/actions'), { content }, { 'idempotency-key': 'action-refused-1' });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().fields ?? {})).toEqual(expect.arrayContaining(['content.whyAsked', 'content.ifNotMet']));

    const full = {
      ...content,
      whyAsked: 'So the children have the same routines at home and at school.',
      ifNotMet: 'We would talk about it together at the next core group.',
    };
    const res = await k.as('priya').post(url(meetingId, '/actions'), { content: full }, { 'idempotency-key': 'action-ok-001' });
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json() as Meeting;
    expect(m.actions).toHaveLength(1);
    expect(m.actions[0]?.content.status).toBe('proposed');

    const plan = (await k.as('priya').get(`/api/families/${F}/recovery-plan`)).json();
    const item = plan.plan.items.find((i: { id: string }) => i.id === m.actions[0]?.planItemId);
    expect(item).toMatchObject({ kind: 'action', content: { status: 'proposed', what: full.what } });
    // Marie reads it in her plan too, as suggested at a meeting.
    const hers = (await k.as('marie').get(`/api/families/${F}/recovery-plan`)).json();
    expect(hers.plan.items.some((i: { id: string }) => i.id === item.id)).toBe(true);

    const again = await k.as('priya').post(url(meetingId, '/actions'), { content: full }, { 'idempotency-key': 'action-ok-001' });
    expect(again.statusCode).toBe(200);
    const items = await k.count("SELECT count(*) AS n FROM recovery_plan_items WHERE family_id = $1 AND content->>'what' = $2", [
      F,
      full.what,
    ]);
    expect(items).toBe(1);
  });

  it('the minutes are the chair’s; the parent reads them only once shared, replies beside them, and the chair is told', async () => {
    const before = await worker('priya', meetingId);
    const notChair = await k.as('daniel').put(url(meetingId, '/minutes'), { text: 'Notes.', version: before.meetingVersion });
    expect(notChair.statusCode).toBe(403);

    const minutes = 'We met to look at the plan. Marie sent her apologies. We agreed Jamie and Clare will have a child protection plan.';
    const saved = await k.as('priya').put(url(meetingId, '/minutes'), { text: minutes, version: before.meetingVersion });
    expect(saved.statusCode, saved.body).toBe(200);
    const draft = saved.json() as Meeting;
    expect(draft.minutes.text).toBe(minutes);

    const portal = await k.as('marie').get(`/api/portal/meetings/${meetingId}`);
    expect(portal.statusCode).toBe(200);
    expect(portal.json().minutes.text).toBeNull();
    expect(portal.body).not.toContain('We met to look at the plan');
    const early = await k.as('marie').post(`/api/portal/meetings/${meetingId}/minutes/replies`, { text: 'Too soon' });
    expect(early.statusCode).toBe(404);

    const stale = await k.as('priya').post(url(meetingId, '/minutes/share'), { version: before.meetingVersion });
    expect(stale.statusCode).toBe(409);
    const shared = await k.as('priya').post(url(meetingId, '/minutes/share'), { version: draft.meetingVersion });
    expect(shared.statusCode, shared.body).toBe(200);
    const twice = await k.as('priya').post(url(meetingId, '/minutes/share'), { version: (shared.json() as Meeting).meetingVersion });
    expect(twice.statusCode).toBe(409);
    const changed = await k
      .as('priya')
      .put(url(meetingId, '/minutes'), { text: 'Changed afterwards.', version: (shared.json() as Meeting).meetingVersion });
    expect(changed.statusCode).toBe(409);

    const toldShared = await k.told('marie', 'meeting_minutes_shared');
    expect(toldShared).toHaveLength(1);
    expect(toldShared[0]?.messageId).toBe('notify-meeting-record.minutesShared');
    const read = (await k.as('marie').get(`/api/portal/meetings/${meetingId}`)).json();
    expect(read.minutes.text).toBe(minutes);

    const reply = { text: 'I was ill that day. I would like my view about the plan written down.' };
    const r1 = await k
      .as('marie')
      .post(`/api/portal/meetings/${meetingId}/minutes/replies`, reply, { 'idempotency-key': 'minutes-reply-1' });
    expect(r1.statusCode, r1.body).toBe(200);
    const r2 = await k
      .as('marie')
      .post(`/api/portal/meetings/${meetingId}/minutes/replies`, reply, { 'idempotency-key': 'minutes-reply-1' });
    expect(r2.statusCode).toBe(200);
    expect(r2.json().minutes.replies.map((x: { text: string }) => x.text)).toEqual([reply.text]);
    expect((await worker('priya', meetingId)).minutes.replies).toHaveLength(1);
    const toldChair = await k.told('priya', 'meeting_reply');
    expect(toldChair).toHaveLength(1);
    expect(toldChair[0]?.message).toMatch(/^Marie replied to the minutes of the core group meeting with Marie, Jamie and Clare on /);
  });
});

describe('words the family reads', () => {
  it('a decision’s words are checked (400 words_to_check, nothing saved); kept as written with a reason, the team sees why', async () => {
    const before = (await worker('priya', meetingId)).decisions.length;
    const body = { text: 'Marie was non-compliant with the plan, so the plan continues.', decidedBy: 'chair', parentAgrees: 'partly' };
    const judged = await k.as('priya').post(url(meetingId, '/decisions'), body, { 'idempotency-key': 'words-decision-1' });
    expect(judged.statusCode).toBe(400);
    expect(judged.json().error).toBe('words_to_check');
    expect((await worker('priya', meetingId)).decisions).toHaveLength(before);
    const kept = await k
      .as('priya')
      .post(
        url(meetingId, '/decisions'),
        { ...body, keepAsWritten: { reason: 'Marie’s own words about herself' } },
        { 'idempotency-key': 'words-decision-2' },
      );
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json().keptAsWritten).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'Marie’s own words about herself' })]),
    );
    // Never in the parent's JSON.
    const hers = await k.as('marie').get(`/api/portal/meetings/${meetingId}`);
    expect(hers.body).not.toContain('Marie’s own words about herself');
  });
});

describe('a professionals’ meeting', () => {
  beforeAll(() => k.setNow(new Date(Date.parse(k.at(14, '16:00')))));

  it('its decisions and minutes never reach the parent’s JSON, and she is told nothing of them', async () => {
    const before = {
      decided: (await k.told('marie', 'meeting_decision')).length,
      shared: (await k.told('marie', 'meeting_minutes_shared')).length,
    };
    const secret = 'Workers agreed to share their worries about home with the school nurse.';
    const d = await k
      .as('priya')
      .post(
        url(proMeetingId, '/decisions'),
        { text: secret, decidedBy: 'professionals', parentAgrees: 'not_asked', involvementLevel: 'child_protection_plan' },
        { 'idempotency-key': 'pro-decision-1' },
      );
    expect(d.statusCode, d.body).toBe(201);
    const m = d.json() as Meeting;
    const saved = await k
      .as('priya')
      .put(url(proMeetingId, '/minutes'), { text: 'Professionals’ minutes: talked about school.', version: m.meetingVersion });
    expect(saved.statusCode, saved.body).toBe(200);
    const shared = await k.as('priya').post(url(proMeetingId, '/minutes/share'), { version: (saved.json() as Meeting).meetingVersion });
    expect(shared.statusCode, shared.body).toBe(200);

    const portal = await k.as('marie').get(`/api/portal/meetings/${proMeetingId}`);
    expect(portal.statusCode).toBe(200);
    expect(portal.json()).toMatchObject({ factOnly: true, decisions: [], actions: [], attendance: [] });
    expect(portal.json().minutes.text).toBeNull();
    expect(portal.body).not.toContain(secret);
    expect(portal.body).not.toContain('Professionals’ minutes');
    const reply = await k.as('marie').post(`/api/portal/meetings/${proMeetingId}/minutes/replies`, { text: 'Can I see them?' });
    expect(reply.statusCode).toBe(404);
    // The level it kept goes through the family's path, without the decision's words beside it.
    const overview = await k.as('marie').get(`/api/families/${F}`);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).not.toContain(secret);
    expect((await k.told('marie', 'meeting_decision')).length).toBe(before.decided);
    expect((await k.told('marie', 'meeting_minutes_shared')).length).toBe(before.shared);
  });
});
