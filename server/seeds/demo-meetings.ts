// The demo family's core group meeting (issue 17 §2), held on 24 November: Priya chaired; Marie came with Patricia; Daniel
// and Helen came, Tom sent apologies. Marie and Jamie wrote their views before it, Daniel shared his report on time and
// Marie replied to it, two decisions were made with Marie's view beside each, one action went into the family's plan as
// proposed (to be talked through with Marie), and Priya shared the minutes within five working days; Marie replied.
import { systemFamily } from '../access/visible-family.ts';
import type { Tx } from '../db/database.ts';
import { insertItem, nextPosition } from '../modules/plans/recovery-plan/recovery-plan.repo.ts';
import { DEMO_PLAN_IDS } from './demo-plans.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const P = { marie: id(101), jamie: id(102), patricia: id(105) };
/** Accounts as demo-family.ts numbers them: family members by their place in personas.json, staff 300 + n. */
const A = { marie: id(300), jamie: id(301), daniel: id(321), priya: id(323) };
const STAFF = { daniel: id(21), sarah: id(22), priya: id(23), tom: id(24), helen: id(25) };
const ORG = { trust: id(1), council: id(2) };

export const DEMO_MEETING_IDS = {
  coreGroup: id(960),
  marieView: id(962),
  jamieView: id(963),
  danielReport: id(964),
  marieReportReply: id(965),
  firstDecision: id(970),
  secondDecision: id(971),
  marieMinutesReply: id(975),
  /** The action the meeting agreed, in the family's recovery plan as proposed. */
  planAction: id(532),
};

// Tuesday 24 November 2026, 10:00–11:30 in London (GMT then). Reports were due three working days before (Thursday 19th);
// the minutes five working days after (Tuesday 1 December).
const STARTS = new Date('2026-11-24T10:00:00Z');
const ENDS = new Date('2026-11-24T11:30:00Z');

/** Words the care team wrote that the family reads (demo-words.test.ts checks them for respectful language). */
export const DEMO_MEETING_WORDS = {
  purpose: 'To hear from Marie and Jamie, to look at how the plan is going for Jamie and Clare, and to agree together what happens next.',
  place: 'Northfield Children’s Services, 14 High Street, Northfield. Meeting room 2, on the ground floor.',
  whatToBring: 'Nothing you have to bring. You are welcome to bring Patricia or someone else for support.',
  report:
    'I have visited Marie every week since October. Marie has been sleeping better since her medication was changed, and she walks with Patricia most mornings. She told me when the voices came back for two nights in early November, on the same day, and we went through her crisis plan together. That is exactly what the plan asks, and it shows the plan is working. Marie has finished her wellness and crisis plan with me. What I think would help next: keeping my weekly visits until the review in December, and Marie trying the parents’ group again in the new year if she feels ready.',
  firstDecision:
    'Daniel will keep visiting Marie every week until the review in December. Marie will keep telling Daniel, Patricia or the crisis line on the same day if the voices come back.',
  secondDecision:
    'Jamie and Clare’s contingency plans will be finished with Patricia before the review, so everyone knows what happens if Marie becomes unwell. Priya will visit Jamie and Clare at home once before then.',
  action: {
    what: 'Agree with Jamie a quiet time each week with a teacher he knows, when he can talk about how things are at home',
    who: 'Helen (pastoral lead), with Jamie',
    support: 'Marie would like to hear from Helen how it is going, if Jamie is happy with that.',
  },
  minutes:
    'Who came: Marie, with Patricia for support; Priya Shah (chair); Daniel Okafor; Helen Carter. Tom Reilly sent apologies. Jamie did not come, and his view was read out with his agreement.\n\nWhat is going well: Marie told Daniel straight away when the voices came back in November, and followed her crisis plan. Jamie and Clare are getting to school every day. Marie has finished her wellness and crisis plan.\n\nWhat we talked about: Jamie said he sometimes worries about Mum and does not know who to tell. Marie said she wants Jamie to have someone at school, and for the children to know that it is not their job to look after her.\n\nWhat we decided: Daniel keeps visiting every week until the review in December (Marie agrees). The children’s contingency plans will be finished with Patricia before the review, and Priya will visit Jamie and Clare at home once before then (Marie agrees with some of this: she would like to be there when Priya visits).\n\nWhat happens next: Helen will agree a quiet time each week with Jamie. This is now in the family’s plan as a suggestion, to talk through with Marie. The next meeting is the review on 16 December.',
} as const;

export async function loadDemoMeetings(tx: Tx) {
  const meeting = DEMO_MEETING_IDS.coreGroup;
  const words = DEMO_MEETING_WORDS;
  await tx
    .insertInto('appointments')
    .values({
      family_id: F,
      id: meeting,
      kind: 'meeting',
      meeting_kind: 'core_group',
      purpose: words.purpose,
      place: words.place,
      what_to_bring: words.whatToBring,
      status: 'happened',
      unannounced: false,
      unannounced_reason: null,
      arranged_by_staff_id: STAFF.priya,
      arranged_by_organisation_id: ORG.council,
      staff_ids: [STAFF.daniel, STAFF.tom, STAFF.helen],
      person_ids: [P.marie, P.jamie],
      starts_at: STARTS,
      ends_at: ENDS,
      agreed_at: new Date('2026-11-03T10:00:00Z'),
      sequence: 2,
      version: 3,
      created_by_account_id: A.priya,
      created_at: new Date('2026-11-03T10:00:00Z'),
      updated_at: new Date('2026-11-24T12:00:00Z'),
    })
    .execute();
  await tx
    .insertInto('appointment_options')
    .values({
      family_id: F,
      id: id(961),
      appointment_id: meeting,
      round: 1,
      starts_at: STARTS,
      ends_at: ENDS,
      proposed_by: 'worker',
      proposed_by_staff_id: STAFF.priya,
      proposed_by_account_id: A.priya,
      note: null,
      status: 'chosen',
      created_at: new Date('2026-11-03T10:00:00Z'),
    })
    .execute();
  await tx
    .insertInto('meetings')
    .values({
      family_id: F,
      appointment_id: meeting,
      chair_staff_id: STAFF.priya,
      family_invited: true,
      // Three weeks' notice: not short notice, so no reason is needed.
      invited_at: new Date('2026-11-03T10:00:00Z'),
      minutes: words.minutes,
      minutes_shared_at: new Date('2026-11-27T15:00:00Z'),
      minutes_due_on: '2026-12-01',
      version: 4,
      updated_at: new Date('2026-11-27T15:00:00Z'),
    })
    .execute();

  // The family's views, in their own words (never checked): Marie's and Jamie's, each written by them before the meeting.
  await tx
    .insertInto('meeting_views')
    .values([
      {
        family_id: F,
        id: DEMO_MEETING_IDS.marieView,
        appointment_id: meeting,
        person_id: P.marie,
        text: 'Things are better than in October. I am sleeping, and I told Daniel as soon as the voices came back. I want the children to have a normal Christmas. I would like to be there when Priya sees the children, so they are not worried about why she is coming.',
        author_account_id: A.marie,
        author_name: 'Marie',
        created_at: new Date('2026-11-17T20:15:00Z'),
        updated_at: new Date('2026-11-17T20:15:00Z'),
      },
      {
        family_id: F,
        id: DEMO_MEETING_IDS.jamieView,
        appointment_id: meeting,
        person_id: P.jamie,
        text: 'I don’t want to come to the meeting but I want them to know I worry about mum sometimes and I don’t always know who to tell. I want someone at school I can talk to, not in front of my mates.',
        author_account_id: A.jamie,
        author_name: 'Jamie',
        created_at: new Date('2026-11-20T17:40:00Z'),
        updated_at: new Date('2026-11-20T17:40:00Z'),
      },
    ])
    .execute();

  // Daniel's report, shared on Wednesday 18 November: a day before the three working days' target. Marie replied.
  await tx
    .insertInto('meeting_reports')
    .values({
      family_id: F,
      id: DEMO_MEETING_IDS.danielReport,
      appointment_id: meeting,
      author_staff_id: STAFF.daniel,
      organisation_id: ORG.trust,
      text: words.report,
      shared_at: new Date('2026-11-18T16:00:00Z'),
      version: 2,
      created_at: new Date('2026-11-16T14:00:00Z'),
      updated_at: new Date('2026-11-18T16:00:00Z'),
    })
    .execute();

  const attendance = [
    { n: 966, person_id: P.marie, staff_id: null, name: 'Marie', role: 'Mum', attendance: 'attended' },
    { n: 967, person_id: P.patricia, staff_id: null, name: 'Patricia Evans', role: 'Supporting Marie', attendance: 'attended' },
    { n: 968, person_id: P.jamie, staff_id: null, name: 'Jamie', role: 'His view was read out', attendance: 'did_not_attend' },
    { n: 969, person_id: null, staff_id: STAFF.priya, name: 'Priya Shah', role: 'Chair, children’s social worker', attendance: 'attended' },
    {
      n: 976,
      person_id: null,
      staff_id: STAFF.daniel,
      name: 'Daniel Okafor',
      role: 'Community mental health nurse',
      attendance: 'attended',
    },
    {
      n: 977,
      person_id: null,
      staff_id: STAFF.helen,
      name: 'Helen Carter',
      role: 'Pastoral lead, Northfield Academy',
      attendance: 'attended',
    },
    { n: 978, person_id: null, staff_id: STAFF.tom, name: 'Tom Reilly', role: 'Family support worker', attendance: 'sent_apologies' },
  ] as const;
  await tx
    .insertInto('meeting_attendance')
    .values(attendance.map(({ n, ...a }, position) => ({ family_id: F, id: id(n), appointment_id: meeting, position, ...a })))
    .execute();

  await tx
    .insertInto('meeting_decisions')
    .values([
      {
        family_id: F,
        id: DEMO_MEETING_IDS.firstDecision,
        appointment_id: meeting,
        position: 1,
        text: words.firstDecision,
        decided_by: 'everyone',
        parent_view: 'Yes. The weekly visits help, and I know who to ring.',
        parent_agrees: 'agrees',
        created_by_account_id: A.priya,
        created_at: new Date('2026-11-24T11:20:00Z'),
      },
      {
        family_id: F,
        id: DEMO_MEETING_IDS.secondDecision,
        appointment_id: meeting,
        position: 2,
        text: words.secondDecision,
        decided_by: 'professionals',
        parent_view:
          'I agree about the plans with Patricia. I would like to be at home when Priya sees the children, so they are not frightened by it.',
        parent_agrees: 'partly',
        created_by_account_id: A.priya,
        created_at: new Date('2026-11-24T11:25:00Z'),
      },
    ])
    .execute();

  // The action goes into the family's recovery plan through the plan's own item insert (next position, written_in, the
  // writer's agency), as a proposed action: suggested at the meeting, to be talked through with Marie.
  const family = systemFamily('demo', F);
  const plan = DEMO_PLAN_IDS.recoveryPlan;
  await insertItem(tx, family, {
    plan_id: plan,
    id: DEMO_MEETING_IDS.planAction,
    kind: 'action',
    worry_id: null,
    position: await nextPosition(tx, family, plan),
    content: {
      what: words.action.what,
      who: words.action.who,
      byWhen: '2026-12-16',
      support: words.action.support,
      status: 'proposed',
      onParent: false,
      negotiable: true,
      whyAsked: '',
      ifNotMet: '',
    },
    category: 'general',
    author_organisation_id: ORG.council,
    account_id: A.priya,
    name: 'Priya Shah',
    written_in: 'en',
  });
  await tx
    .updateTable('recovery_plan_items')
    .set({ created_at: '2026-11-24T11:30:00Z', updated_at: '2026-11-24T11:30:00Z' })
    .where('family_id', '=', F)
    .where('id', '=', DEMO_MEETING_IDS.planAction)
    .execute();
  await tx
    .insertInto('meeting_actions')
    .values({
      family_id: F,
      appointment_id: meeting,
      plan_item_id: DEMO_MEETING_IDS.planAction,
      decision_id: null,
      created_by_account_id: A.priya,
      created_at: new Date('2026-11-24T11:30:00Z'),
    })
    .execute();

  await tx
    .insertInto('meeting_replies')
    .values([
      {
        family_id: F,
        id: DEMO_MEETING_IDS.marieReportReply,
        appointment_id: meeting,
        report_id: DEMO_MEETING_IDS.danielReport,
        author_account_id: A.marie,
        author_name: 'Marie',
        text: 'Thank you Daniel. It is right, and it was good to read what is going well. I am not sure about the group yet, can we talk about it at your next visit?',
        created_at: new Date('2026-11-19T19:30:00Z'),
      },
      {
        family_id: F,
        id: DEMO_MEETING_IDS.marieMinutesReply,
        appointment_id: meeting,
        report_id: null,
        author_account_id: A.marie,
        author_name: 'Marie',
        text: 'Thank you for writing it so clearly. Please can Priya ring me to find a time to see the children when I am home.',
        created_at: new Date('2026-11-28T10:05:00Z'),
      },
    ])
    .execute();
}
