// What a team manager is told (issue 18 §4), through the paths that cause it and the jobs on a clock the test moves: a move
// to child protection or higher, a request for help escalated to her, a safeguarding override, a withholding past its
// review date and late minutes each reach Angela (team manager of Marie's family's team) once, in words that name the
// family and nothing from the record; a manager of the family's other team hears of what concerns the whole caseload; a
// manager of an unrelated team never does; nobody is told of what they did themselves; and her list puts unread notices
// first, most urgent first, then everything else newest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGER_NOTICE_URGENCY } from '../../../shared/domain/notifications.ts';
import { createAuditLog } from '../../audit/audit-log.ts';
import { remindWithholdingReviews } from '../../jobs/scheduler.ts';
import { TEST_AUDIT_KEY } from '../../test/test-app.ts';
import { escalateHelpRequests } from '../help/index.ts';
import { workingDaysAfter } from '../meetings/meeting-views.ts';
import { F, type MeetingKit, meetingsKit } from '../meetings/meetings-test-kit.ts';
import { remindOverdueMinutes } from '../meetings/record/minutes-reminders.service.ts';

let k: MeetingKit;
const audit = createAuditLog({ key: TEST_AUDIT_KEY, streams: 8 });
const DAY = 86_400_000;
const FAMILY = 'Marie, Jamie and Clare';
const SECRET = 'Quetzal-strategy-words';
/** A manager of the adult mental health team (Daniel's, also on Marie's care team), and one of a team with no families. */
const MORGAN = '00000000-0000-7000-8000-00000000e181';
const UMA = '00000000-0000-7000-8000-00000000e182';
const UNRELATED_TEAM = '00000000-0000-7000-8000-00000000e180';

type Listed = { id: string; kind: string; message: string; read: boolean; createdAt: string; familyId: string | null };
const list = async (who: string) => (await k.as(who).get('/api/notifications')).json().notifications as Listed[];
const angelaTold = async (kind: string) => (await list('angela')).filter((n) => n.kind === kind);
/** Notices of a kind a staff member without a sign-in (Morgan, Uma) was given. */
const toldStaff = async (staffId: string, kind: string) =>
  k.count('SELECT count(*) AS n FROM notifications WHERE recipient_staff_id = $1 AND kind = $2', [staffId, kind]);

beforeAll(async () => {
  k = await meetingsKit(['marie', 'jamie', 'priya', 'angela', 'daniel']);
  const db = k.t.database;
  const daniel = (await db.asOwner('SELECT organisation_id, team_id FROM staff WHERE id = $1', [k.ids.staff.daniel])).rows[0];
  const angela = (await db.asOwner('SELECT organisation_id FROM staff WHERE id = $1', [k.ids.staff.angela])).rows[0];
  await db.asOwner('INSERT INTO teams (id, organisation_id, name) VALUES ($1, $2, $3)', [
    UNRELATED_TEAM,
    angela.organisation_id,
    'Fostering Team',
  ]);
  await db.asOwner(
    `INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title)
     VALUES ($1, $2, $3, 'Morgan Hale', 'Mental health', 'team_manager', 'Team manager'),
            ($4, $5, $6, 'Uma Reed', 'Social work (children''s)', 'team_manager', 'Team manager')`,
    [MORGAN, daniel.organisation_id, daniel.team_id, UMA, angela.organisation_id, UNRELATED_TEAM],
  );
  // Requests for help go straight to the managers here (no duty worker), and the demo's own requests are set aside.
  await db.asOwner('UPDATE teams SET duty_staff_id = NULL');
  await db.asOwner('DELETE FROM help_request_events');
  await db.asOwner('DELETE FROM help_requests');
}, 180_000);
afterAll(async () => k?.t.close());

const changeLevel = (who: string, level: string) =>
  k.as(who).post(`/api/families/${F}/involvement`, { level, startedOn: new Date(k.now()).toISOString().slice(0, 10) });

describe('a move to child protection or higher', () => {
  it('tells the managers of every team on the family’s caseload once, never the one who made it, nor an unrelated team', async () => {
    expect((await changeLevel('priya', 'child_protection_plan')).statusCode).toBe(204);
    const told = await angelaTold('manager_child_protection');
    expect(told.map((n) => n.message)).toEqual([
      `Involvement with ${FAMILY} is now a child protection plan. Please check the plan and who is doing what.`,
    ]);
    expect(told[0]?.familyId).toBe(F);
    expect(await toldStaff(MORGAN, 'manager_child_protection')).toBe(1);
    expect(await toldStaff(UMA, 'manager_child_protection')).toBe(0);
    expect(await toldStaff(k.ids.staff.priya as string, 'manager_child_protection')).toBe(0);

    // Angela moves it on herself: Morgan hears of it, Angela is not told of her own change.
    expect((await changeLevel('angela', 'looked_after')).statusCode).toBe(204);
    expect(await angelaTold('manager_child_protection')).toHaveLength(1);
    expect(await toldStaff(MORGAN, 'manager_child_protection')).toBe(2);
  });

  it('does not tell anyone of a move to child in need', async () => {
    const before = await k.count("SELECT count(*) AS n FROM notifications WHERE kind = 'manager_child_protection'");
    expect((await changeLevel('priya', 'child_in_need')).statusCode).toBe(204);
    expect(await k.count("SELECT count(*) AS n FROM notifications WHERE kind = 'manager_child_protection'")).toBe(before);
  });
});

describe('a request for help escalated to the managers', () => {
  it('tells the managers it went to once, as managers, however often the job runs', async () => {
    const asked = await k.as('jamie').post('/api/portal/help', { words: 'Can someone ring me after school?', urgency: 'today' });
    expect(asked.statusCode, asked.body).toBe(201);
    const late = new Date(k.now().getTime() + 30 * DAY);
    expect(await escalateHelpRequests(k.t.database.db, audit, late)).toBe(1);
    await escalateHelpRequests(k.t.database.db, audit, new Date(late.getTime() + DAY));
    expect((await angelaTold('manager_help_escalated')).map((n) => n.message)).toEqual([
      `A request for help from ${FAMILY} has not been answered in time and has come to you. Please read it and say what will happen.`,
    ]);
    // Told once, in the manager's kind only; it went to Priya's team's managers, not to another team's.
    expect(await angelaTold('help_escalated')).toEqual([]);
    expect(await toldStaff(MORGAN, 'manager_help_escalated')).toBe(0);
    expect(await toldStaff(UMA, 'manager_help_escalated')).toBe(0);
  });
});

describe('a safeguarding override', () => {
  const start = async (who: string) => {
    const school = (await k.t.database.asOwner("SELECT id FROM organisations WHERE name = 'Northfield Academy'")).rows[0]?.id;
    return k.as(who).post(`/api/families/${F}/overrides`, {
      categories: ['mental_health'],
      recipientOrganisationId: school,
      lawfulBasis: 'prevent_serious_harm',
      justification: `${SECRET}: the school must know today.`,
      endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
      tellParent: true,
    });
  };

  it('tells the caseload’s managers once, without the override’s words; not the manager who started it', async () => {
    expect((await start('daniel')).statusCode).toBe(201);
    const told = await angelaTold('manager_override');
    expect(told.map((n) => n.message)).toEqual([
      `A safeguarding override was started for ${FAMILY}: information was shared without consent. Please check it is right and when it ends.`,
    ]);
    expect(JSON.stringify(await list('angela'))).not.toContain(SECRET);
    expect(await toldStaff(MORGAN, 'manager_override')).toBe(1);
    expect(await toldStaff(UMA, 'manager_override')).toBe(0);

    const own = await start('angela');
    expect(own.statusCode, own.body).toBe(201);
    expect(await angelaTold('manager_override')).toHaveLength(1);
    expect(await toldStaff(MORGAN, 'manager_override')).toBe(2);
  });
});

describe('a withholding past its review date', () => {
  const withhold = async (who: string, reviewOn: string, category = 'third_party') => {
    const res = await k.as(who).post(`/api/families/${F}/entries`, {
      kind: 'home_visit',
      occurredAt: new Date().toISOString(),
      category,
      text: `${SECRET} from a neighbour.`,
      presentPersonIds: [k.ids.people.marie],
      aboutPersonIds: [k.ids.people.marie],
      withholding: { scope: 'whole', reason: 'third_party', reviewOn },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const aboutDate = async (words: string) => (await angelaTold('manager_withholding_overdue')).filter((n) => n.message.includes(words));

  it('tells the managers the day after the date, once per review date, never the author', async () => {
    // General: Angela, on the care team, may open it.
    await withhold('daniel', '2031-01-07', 'general');
    await remindWithholdingReviews(k.t.database.db, '2031-01-07');
    expect(await aboutDate('7 January 2031')).toEqual([]);
    await remindWithholdingReviews(k.t.database.db, '2031-01-08');
    await remindWithholdingReviews(k.t.database.db, '2031-01-09');
    expect((await aboutDate('7 January 2031')).map((n) => n.message)).toEqual([
      `An entry in the record of ${FAMILY} is still kept from the parent and its review was due on 7 January 2031. Please make sure it is reviewed.`,
    ]);
    expect(JSON.stringify(await list('angela'))).not.toContain(SECRET);
    const morgan = await k.t.database.asOwner(
      "SELECT count(*) AS n FROM notifications WHERE recipient_staff_id = $1 AND kind = 'manager_withholding_overdue' AND message LIKE '%7 January 2031%'",
      [MORGAN],
    );
    // Morgan manages a caseload team but is not on the care team: he cannot open the entry, so he is not told it exists.
    expect(Number(morgan.rows[0]?.n)).toBe(0);
    expect(await toldStaff(UMA, 'manager_withholding_overdue')).toBe(0);

    // Angela's own withholding: she is reminded as its author, not told again as a manager.
    await withhold('angela', '2031-02-03');
    await remindWithholdingReviews(k.t.database.db, '2031-02-10');
    expect(await aboutDate('3 February 2031')).toEqual([]);
  });

  it('tells no manager of a withheld entry she may not open (a third party’s words the adult team recorded)', async () => {
    await withhold('daniel', '2031-03-04');
    const entry = (
      await k.t.database.asOwner("SELECT id FROM record_entries WHERE withholding_review_on = '2031-03-04' AND family_id = $1", [F])
    ).rows[0];
    // Angela cannot open it (the category is not her agency's, and nothing shares it with her).
    expect((await k.as('angela').get(`/api/families/${F}/entries/${entry.id}`)).statusCode).toBe(404);
    await remindWithholdingReviews(k.t.database.db, '2031-03-05');
    await remindWithholdingReviews(k.t.database.db, '2031-03-06');
    expect(await aboutDate('4 March 2031')).toEqual([]);
    const told = await k.count(
      "SELECT count(*) AS n FROM notifications WHERE kind = 'manager_withholding_overdue' AND message LIKE '%4 March 2031%'",
    );
    expect(told).toBe(0);
  });
});

describe('late minutes', () => {
  it('tell the chair’s team manager once, beside the chair’s reminder', async () => {
    const id = await k.arrangeMeeting('priya', {
      meetingKind: 'child_in_need_review',
      options: [k.option(2, '10:00')],
      shortNoticeReason: 'The review is due this week.',
    });
    await k.agree(id);
    const startsAt = (await k.workerView('priya', id)).json().appointment.startsAt;
    const dueOn = workingDaysAfter(new Date(startsAt), 5);
    const late = new Date(Date.parse(`${dueOn}T12:00:00Z`) + 2 * DAY);
    await Promise.all([remindOverdueMinutes(k.t.database.db, audit, late), remindOverdueMinutes(k.t.database.db, audit, late)]);
    await remindOverdueMinutes(k.t.database.db, audit, new Date(late.getTime() + 3 * DAY));
    const told = await angelaTold('manager_minutes_overdue');
    expect(told).toHaveLength(1);
    expect(told[0]?.message).toMatch(
      new RegExp(
        `^The minutes of a meeting with ${FAMILY} are late: they were due with the family by \\d+ \\w+ \\d{4}\\. The chair has been reminded`,
      ),
    );
    expect(await toldStaff(MORGAN, 'manager_minutes_overdue')).toBe(0);
    expect(await toldStaff(UMA, 'manager_minutes_overdue')).toBe(0);
  });
});

describe('Angela’s list', () => {
  it('puts unread manager notices first, most urgent first, then everything else newest first', async () => {
    const angela = k.ids.staff.angela as string;
    // An ordinary notice newer than all of them, an older one, and a read child protection notice (no longer first).
    await k.t.database.asOwner(
      `INSERT INTO notifications (id, recipient_staff_id, kind, family_id, message, created_at, read_at) VALUES
        ('00000000-0000-7000-8000-00000000e191', $1, 'care_team_changed', $2, 'Newest ordinary', now() + interval '1 hour', NULL),
        ('00000000-0000-7000-8000-00000000e192', $1, 'plan_changed', $2, 'Older ordinary', now() - interval '1 day', NULL),
        ('00000000-0000-7000-8000-00000000e193', $1, 'manager_child_protection', $2, 'Read notice', now() + interval '30 minutes', now())`,
      [angela, F],
    );
    const rows = await list('angela');
    const firstOrdinary = rows.findIndex((n) => n.read || !(MANAGER_NOTICE_URGENCY as readonly string[]).includes(n.kind));
    const first = rows.slice(0, firstOrdinary);
    // Each kind together (the demo's own withholding is past its date too), in the order of urgency.
    expect(first.map((n) => n.kind).filter((kind, i, all) => kind !== all[i - 1])).toEqual([
      'manager_child_protection',
      'manager_help_escalated',
      'manager_override',
      'manager_withholding_overdue',
      'manager_minutes_overdue',
    ]);
    const rest = rows.slice(firstOrdinary);
    expect(rest[0]?.message).toBe('Newest ordinary');
    expect(rest[1]?.message).toBe('Read notice');
    expect(rest.map((n) => n.createdAt)).toEqual([...rest.map((n) => n.createdAt)].sort().reverse());
    expect(rest.some((n) => n.message === 'Older ordinary')).toBe(true);

    // Read, a notice takes its place by date among the rest.
    const cp = first[0]?.id as string;
    expect((await k.as('angela').post(`/api/notifications/${cp}/read`)).statusCode).toBe(204);
    const after = await list('angela');
    expect(after[0]?.kind).toBe('manager_help_escalated');
    expect(after.findIndex((n) => n.id === cp)).toBeGreaterThanOrEqual(first.length);
  });
});
