// The demo family's plans (PRODUCT.md §5): a family recovery plan being written (version 1), Marie's
// wellness and crisis plan with a worker's suggestion, contingency plans for Jamie and Clare naming
// Patricia (asked, not yet answered), Jamie's explanation, the children's own words, and Marie's sharing.

import type { ShareableDocumentKind } from '../../shared/domain/plans.ts';
import type { Tx } from '../db/database.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const P = { marie: id(101), jamie: id(102), clare: id(103), clive: id(104), patricia: id(105) };
/** Accounts as demo-family.ts numbers them: family members by their place in personas.json, staff 300 + n. */
const A = { marie: id(300), jamie: id(301), daniel: id(321), priya: id(323) };
const STAFF = { daniel: id(21), priya: id(23) };
/** The agencies that wrote the plans' words (demo-family.ts DEMO_IDS: trust, council), fixed at writing. */
const ORG = { trust: id(1), council: id(2) };
type Writer = { account: string; name: string; organisation: string | null };

export const DEMO_PLAN_IDS = {
  recoveryPlan: id(500),
  worry: id(520),
  marieWellness: id(540),
  jamieContingency: id(550),
  clareContingency: id(551),
  jamieExplanation: id(560),
};

export async function loadDemoPlans(tx: Tx) {
  const plan = DEMO_PLAN_IDS.recoveryPlan;
  await tx
    .insertInto('recovery_plans')
    .values({ family_id: F, id: plan, review_on: '2026-12-16', created_by_account_id: A.daniel, created_at: '2026-10-21T10:00:00Z' })
    .execute();
  // Marie's mental health is category mental health even inside the joint plan (PRODUCT.md §7): the worry about
  // the voices, her view of it and the actions about her illness; the rest is for the whole team.
  const item = (
    n: number,
    kind: 'worry' | 'family_view' | 'strength' | 'parent_goal' | 'action',
    by: Writer,
    content: object,
    worryId: string | null = null,
    category: 'general' | 'mental_health' = 'general',
  ) => ({
    family_id: F,
    plan_id: plan,
    id: id(n),
    kind,
    worry_id: worryId,
    position: n - 509,
    content: JSON.stringify(content),
    created_by_account_id: by.account,
    updated_by_account_id: by.account,
    updated_by_name: by.name,
    created_at: '2026-10-21T10:00:00Z',
    updated_at: '2026-10-21T10:00:00Z',
    category,
    author_organisation_id: by.organisation,
  });
  const marie: Writer = { account: A.marie, name: 'Marie', organisation: null };
  const daniel: Writer = { account: A.daniel, name: 'Daniel Okafor', organisation: ORG.trust };
  const priya: Writer = { account: A.priya, name: 'Priya Shah', organisation: ORG.council };
  await tx
    .insertInto('recovery_plan_items')
    .values([
      item(510, 'parent_goal', marie, {
        words: 'I want to feel like myself again, and be the mum who does the school run and goes to Clare’s play.',
      }),
      item(511, 'strength', priya, {
        text: 'Jamie and Clare get to school every day, and both tell their teachers when something is wrong.',
        isSafety: false,
      }),
      item(512, 'strength', priya, {
        text: 'Patricia and Clive live close by and have looked after the children before, when Marie was in hospital.',
        isSafety: true,
      }),
      item(
        520,
        'worry',
        daniel,
        {
          whoIsWorried: 'Daniel (mental health nurse), Priya (children’s social worker) and Patricia',
          worry:
            'When the voices are loud, Marie has heard them tell her to end her life and take the children with her. Last time she did not tell anyone until Patricia noticed.',
          impactOnChild:
            'Jamie and Clare could be badly hurt. They may also be frightened and confused if they see Marie very unwell with no adult they trust there to explain.',
          safetyGoal: {
            parentWillBeDoing:
              'Marie tells Daniel, Patricia or the crisis line on the same day the voices come back, and follows her crisis plan.',
            childWillExperience: 'Jamie and Clare always have a safe adult with them when Marie is unwell, and know who to call.',
            professionalsWillSee:
              'Marie calling early; Patricia or Clive looking after the children straight away; the children never alone with Marie while she is in crisis.',
            forHowLong: 'Six months, checked at each review',
          },
        },
        null,
        'mental_health',
      ),
      item(
        521,
        'family_view',
        marie,
        {
          view: 'I would never want to hurt my children. The voices scare me and I want help early, but I don’t want people to think I am a danger all the time.',
          agrees: 'partly',
        },
        id(520),
        'mental_health',
      ),
      item(
        530,
        'action',
        daniel,
        {
          what: 'Write Marie’s wellness and crisis plan together',
          who: 'Marie, with Daniel',
          byWhen: '2026-12-02',
          support: 'Daniel visits every week; Patricia can come too',
          status: 'in_progress',
          onParent: true,
          negotiable: true,
          whyAsked: '',
          ifNotMet: '',
        },
        null,
        'mental_health',
      ),
      item(
        531,
        'action',
        priya,
        {
          what: 'Tell Daniel or the crisis team on the same day if the voices tell you to harm yourself or the children',
          who: 'Marie',
          byWhen: '2027-06-01',
          support: 'The crisis line any time, day or night; Daniel’s mobile in working hours; Patricia',
          status: 'in_progress',
          onParent: true,
          negotiable: false,
          whyAsked:
            'The voices have told Marie to harm herself and the children. Knowing early is how everyone keeps the children safe and gets Marie help quickly.',
          ifNotMet:
            'If we cannot be sure the children are safe, they would stay with Patricia for a while, and doctors could assess Marie under the Mental Health Act. That can mean a stay in hospital even if she does not agree. We would tell Marie first, unless that would put someone in danger.',
        },
        null,
        'mental_health',
      ),
    ])
    .execute();
  await tx
    .insertInto('recovery_plan_ratings')
    .values(
      [
        { who: A.daniel, name: 'Daniel Okafor', role: 'Community mental health nurse, Northfield Mental Health Trust', score: 4 },
        { who: A.priya, name: 'Priya Shah', role: 'Children’s social worker, Northfield Children’s Services', score: 3 },
        { who: A.marie, name: 'Marie', role: 'Parent', score: 6 },
      ].map((r) => ({
        family_id: F,
        plan_id: plan,
        item_id: id(520),
        plan_version: 1,
        account_id: r.who,
        rater_name: r.name,
        rater_role: r.role,
        score: r.score,
        note: null,
        rated_at: '2026-10-21T11:00:00Z',
      })),
    )
    .execute();

  // Marie's own plan, and the children's plans linked to it.
  const doc = (n: number, kind: 'wellness' | 'contingency' | 'explanation', person: string, extra: object = {}) => ({
    family_id: F,
    id: id(n),
    kind,
    person_id: person,
    created_by_account_id: kind === 'wellness' ? A.marie : A.priya,
    created_at: '2026-10-28T10:00:00Z',
    ...extra,
  });
  const carer = { carer_person_id: P.patricia, carer_asked_on: '2026-11-20' };
  await tx
    .insertInto('plan_documents')
    .values([
      doc(540, 'wellness', P.marie),
      doc(550, 'contingency', P.jamie, carer),
      doc(551, 'contingency', P.clare, carer),
      doc(560, 'explanation', P.jamie, { parent_agreed_at: '2026-11-02T18:00:00Z', parent_agreed_by_account_id: A.marie }),
    ])
    .execute();
  const section = (document: number, key: string, text: string, by: Writer = marie, category: 'general' | 'mental_health' = 'general') => ({
    family_id: F,
    document_id: id(document),
    section_key: key,
    text,
    updated_by_account_id: by.account,
    updated_by_name: by.name,
    updated_at: '2026-11-02T18:00:00Z',
    author_organisation_id: by.organisation,
    category,
  });
  await tx
    .insertInto('plan_document_sections')
    .values([
      section(540, 'when_well', 'Chatty, busy, making plans. I cook proper meals and I’m the one who organises everyone.'),
      section(540, 'daily', 'Up by eight. Walk with Patricia after the school run. Medication with breakfast. Phone off at ten.'),
      section(540, 'early_signs', 'I stop answering the phone, stay in bed after the school run, and stop eating properly.'),
      section(540, 'crisis_signs', 'I stop talking, I don’t get the children up for school, or I say the voices are telling me things.'),
      section(
        540,
        'crisis_others_do',
        'Patricia takes Jamie and Clare to hers. Clive does the school runs. Someone feeds the cat and pays the electric.',
      ),
      section(550, 'carer', 'Patricia will look after Jamie at her house on Elm Road, five minutes away, for as long as needed.', priya),
      section(550, 'routine', 'Jamie gets the 8:05 bus to Northfield Academy. Football on Tuesdays and Thursdays after school.', priya),
      section(550, 'keeping_in_touch', 'Jamie can phone Mum every evening, and visit her with Patricia when Mum is well enough.', priya),
      section(
        550,
        'what_told',
        'Mum or Patricia will tell Jamie that Mum is poorly and getting help, and that it is not his fault.',
        priya,
      ),
      section(551, 'carer', 'Patricia will look after Clare at her house on Elm Road, with Jamie.', priya),
      section(551, 'routine', 'Clare walks to Oak Lane Primary with Patricia. Swimming on Saturdays. Bedtime 7:30 with a story.', priya),
      section(560, 'who_worried', 'Mum’s nurse Daniel, Priya who works with children, and Patricia.', priya),
      section(
        560,
        'what_about',
        'Sometimes Mum’s illness makes her hear voices that say frightening things. The grown-ups want to be sure you and Clare are always safe.',
        priya,
        // What Jamie is told about his mum's illness is about her mental health: not for the school without her consent.
        'mental_health',
      ),
      section(
        560,
        'happening_now',
        'Daniel visits Mum every week. Priya visits you and Clare. Patricia is ready to help.',
        priya,
        'mental_health',
      ),
      section(560, 'next', 'In December everyone, Mum too, meets to check how things are going.', priya),
      section(
        560,
        'talk_to',
        'Mum, Dad, Patricia, Priya (0300 100 3000), or Mrs Carter at school. Childline is 0800 1111, free, any time.',
        priya,
      ),
    ])
    .execute();
  await tx
    .insertInto('plan_suggestions')
    .values({
      family_id: F,
      id: id(570),
      document_id: id(540),
      section_key: 'triggers',
      text: 'Two nights without sleep has come before the voices returning. You might want to add that.',
      suggested_by_account_id: A.daniel,
      suggested_by_name: 'Daniel Okafor',
      created_at: '2026-11-05T10:00:00Z',
    })
    .execute();
  const share = (
    n: number,
    kind: ShareableDocumentKind,
    document: string,
    section: string | null,
    to: { person?: string; staff?: string },
  ) => ({
    family_id: F,
    id: id(n),
    document_kind: kind,
    document_id: document,
    section_key: section,
    recipient_person_id: to.person ?? null,
    recipient_staff_id: to.staff ?? null,
    shared_by_account_id: A.marie,
    shared_at: '2026-11-02T18:30:00Z',
  });
  await tx
    .insertInto('plan_shares')
    .values([
      // Daniel helps Marie write it: she shows him all of it. Patricia and Clive see the parts about stepping in.
      share(580, 'wellness', id(540), null, { staff: STAFF.daniel }),
      share(581, 'wellness', id(540), 'crisis_signs', { person: P.patricia }),
      share(582, 'wellness', id(540), 'crisis_others_do', { person: P.patricia }),
      share(583, 'wellness', id(540), 'crisis_others_do', { person: P.clive }),
      share(584, 'recovery', plan, 'goals', { person: P.jamie }),
      share(585, 'recovery', plan, 'strengths', { person: P.jamie }),
    ])
    .execute();
  await tx
    .insertInto('child_words')
    .values([
      {
        family_id: F,
        id: id(590),
        child_person_id: P.jamie,
        part: 'worries',
        words: 'I worry about Mum when she stays in bed all day and I don’t know if I should tell someone.',
        author_account_id: A.jamie,
        author_name: 'Jamie',
        written_for_child: false,
        share_with: ['care_team'],
        consent_recorded_at: '2026-11-03T16:00:00Z',
        created_at: '2026-11-03T16:00:00Z',
      },
      {
        family_id: F,
        id: id(591),
        child_person_id: P.clare,
        part: 'good_things',
        words: 'I like going to Patricias because she has a dog called Biscuit.',
        author_account_id: A.priya,
        author_name: 'Priya Shah',
        written_for_child: true,
        share_with: ['parents', 'care_team'],
        consent_recorded_at: '2026-11-04T15:00:00Z',
        created_at: '2026-11-04T15:00:00Z',
      },
      {
        family_id: F,
        id: id(592),
        child_person_id: P.clare,
        part: 'hopes',
        words: 'I want Mummy to come to my school play.',
        author_account_id: A.priya,
        author_name: 'Priya Shah',
        written_for_child: true,
        share_with: [],
        consent_recorded_at: null,
        created_at: '2026-11-04T15:05:00Z',
      },
    ])
    .execute();
}
