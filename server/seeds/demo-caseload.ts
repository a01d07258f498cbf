// The rest of the children's services team's caseload (issue 18 §2), for the demo only: thirty small made-up families on
// Tom's caseload (team 12, Angela's team), so Angela's insights show real numbers instead of "fewer than 5" everywhere.
// Each has a parent and a child, an involvement history, needs and support, visits (some unannounced), the parent's
// answers to the equity questions (or none), and feedback. Dates are placed back from the day the demo loads, so the
// last quarter always has something in it. Loaded by the app's demo start (server/umbrella.ts), never by the API tests,
// whose counts are about the demo family alone.
import { sql } from 'kysely';
import type { InvolvementLevel } from '../../shared/domain/involvement-levels.ts';
import type { Ethnicity, FeedbackScore } from '../../shared/domain/learning.ts';
import type { NeedDomain } from '../../shared/domain/needs.ts';
import type { Db } from '../db/database.ts';

const demoId = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
/** Ids of this caseload: their own range, so they never meet the demo family's. */
const caseId = (kind: number, family: number, n = 0) =>
  `00000000-0000-7000-8001-${(kind * 1_000_000 + family * 100 + n).toString().padStart(12, '0')}`;

const COUNCIL = demoId(2);
const TEAM_12 = demoId(12);
const TOM = demoId(24);
const TOM_ACCOUNT = demoId(324);
const PRIYA = demoId(23);
const DAY = 86_400_000;
export const DEMO_CASELOAD_SIZE = 30;

const SURNAMES = [
  'Okafor',
  'Nowak',
  'Hussain',
  'Campbell',
  'Evans',
  'Begum',
  'Murphy',
  'Ahmed',
  'Kowalska',
  'Price',
  'Mensah',
  'Davies',
  'Khan',
  'Robinson',
  'Ali',
  'Walsh',
  'Thomas',
  'Patel',
  'Lewis',
  'Osei',
  'Jones',
  'Rahman',
  'Hughes',
  'Brown',
  'Iqbal',
  'Green',
  'Adeyemi',
  'Wright',
  'Shah',
  'Morgan',
];
const FIRST_NAMES = [
  'Grace',
  'Ewa',
  'Amina',
  'Leanne',
  'Rhian',
  'Shirin',
  'Siobhan',
  'Nadia',
  'Kasia',
  'Donna',
  'Abena',
  'Carys',
  'Sana',
  'Tanya',
  'Farah',
  'Niamh',
  'Kelly',
  'Priti',
  'Gemma',
  'Efua',
  'Stacey',
  'Ruksana',
  'Bethan',
  'Chantelle',
  'Yasmin',
  'Lisa',
  'Funmi',
  'Zoe',
  'Hina',
  'Megan',
];
const CHILD_NAMES = ['Leo', 'Maya', 'Ollie', 'Zara', 'Noah', 'Ava', 'Kai', 'Isla', 'Ezra', 'Ruby'];

/** The parent's answers, family by family: most families answered, some preferred not to, some never answered. */
const ETHNICITY: (Ethnicity | null)[] = [
  'white_british',
  'white_other',
  'asian_pakistani',
  'white_british',
  'white_british',
  'asian_bangladeshi',
  'white_irish',
  'asian_pakistani',
  'white_other',
  'white_british',
  'black_african',
  'white_british',
  'asian_pakistani',
  'mixed_white_black_caribbean',
  'asian_pakistani',
  'white_irish',
  'white_british',
  'asian_indian',
  'white_british',
  'black_african',
  'white_british',
  'asian_bangladeshi',
  'white_british',
  null,
  'asian_pakistani',
  null,
  'black_african',
  'prefer_not_to_say',
  'asian_pakistani',
  null,
];
const LANGUAGE = (i: number) =>
  ['Nowak', 'Kowalska'].includes(SURNAMES[i] ?? '') ? 'pl' : i % 7 === 2 ? 'ur' : i % 11 === 5 ? 'bn' : 'en';
const DEMO_DOMAINS: NeedDomain[] = ['money', 'housing', 'mental_health', 'parenting', 'money', 'childcare_school', 'food'];
const LEVELS: InvolvementLevel[] = ['early_help', 'early_help', 'child_in_need', 'early_help', 'child_in_need', 'child_protection_plan'];

export async function loadDemoCaseload(db: Db, now = new Date()): Promise<{ loaded: boolean }> {
  const first = caseId(1, 0);
  if (await db.selectFrom('families').select('id').where('id', '=', first).executeTakeFirst()) return { loaded: false };
  const ago = (days: number, hour = 10) => {
    const d = new Date(now.getTime() - days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  const dayAgo = (days: number) => ago(days).toISOString().slice(0, 10);

  await db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(7305018)`.execute(tx);
    if (await tx.selectFrom('families').select('id').where('id', '=', first).executeTakeFirst()) return;
    for (let i = 0; i < DEMO_CASELOAD_SIZE; i++) {
      const family = caseId(1, i);
      const parent = caseId(2, i, 1);
      const child = caseId(2, i, 2);
      const account = caseId(3, i);
      const surname = SURNAMES[i] ?? `Family ${i}`;
      const level = LEVELS[i % LEVELS.length] ?? 'early_help';
      const since = 120 + ((i * 37) % 300);
      await tx
        .insertInto('families')
        .values({ id: family, display_name: `${surname} family`, involvement_level: level, created_at: ago(since), updated_at: ago(since) })
        .execute();
      await tx
        .insertInto('people')
        .values([
          {
            family_id: family,
            id: parent,
            household_id: null,
            kind: 'parent',
            full_name: `${FIRST_NAMES[i]} ${surname}`,
            preferred_name: null,
            date_of_birth: null,
            pronouns: null,
            preferred_language: null,
            school: null,
            important_people: null,
            dependants_asked_none_by_staff_id: null,
            dependants_asked_none_at: null,
          },
          {
            family_id: family,
            id: child,
            household_id: null,
            kind: 'child',
            full_name: `${CHILD_NAMES[i % CHILD_NAMES.length]} ${surname}`,
            preferred_name: null,
            date_of_birth: `20${(12 + (i % 8)).toString()}-0${1 + (i % 9)}-15`,
            pronouns: null,
            preferred_language: null,
            school: null,
            important_people: null,
            dependants_asked_none_by_staff_id: null,
            dependants_asked_none_at: null,
          },
        ])
        .execute();
      await tx
        .insertInto('relationships')
        .values({ family_id: family, id: caseId(4, i), from_person_id: parent, to_person_id: child, kind: 'parent_of', description: null })
        .execute();
      // Every family started in early help; some moved on, and a few of those moves fall in the last quarter.
      const history: {
        family_id: string;
        id: string;
        level: InvolvementLevel;
        started_on: string;
        recorded_by_staff_id: string;
        note: null;
      }[] = [
        { family_id: family, id: caseId(5, i, 1), level: 'early_help', started_on: dayAgo(since), recorded_by_staff_id: TOM, note: null },
      ];
      if (level !== 'early_help')
        history.push({
          family_id: family,
          id: caseId(5, i, 2),
          level,
          started_on: dayAgo(i % 3 === 0 ? 20 + i : 100 + i),
          recorded_by_staff_id: TOM,
          note: null,
        });
      await tx.insertInto('involvement_history').values(history).execute();
      await tx
        .insertInto('care_team_members')
        .values([
          {
            family_id: family,
            id: caseId(6, i, 1),
            staff_id: TOM,
            team_role: 'family_support_worker',
            key_worker: 'childrens_services',
            started_at: ago(since),
          },
          ...(i % 3 === 0
            ? [
                {
                  family_id: family,
                  id: caseId(6, i, 2),
                  staff_id: PRIYA,
                  team_role: 'childrens_social_worker' as const,
                  key_worker: null,
                  started_at: ago(since),
                },
              ]
            : []),
        ])
        .execute();
      await tx
        .insertInto('accounts')
        .values({
          id: account,
          username: `demo.caseload.${i}`,
          password_hash: null,
          kind: 'parent',
          staff_id: null,
          family_id: family,
          person_id: parent,
          totp_secret: null,
          totp_last_step: null,
          disabled_at: null,
        })
        .execute();

      // Needs: one or two each, across areas of life; about two thirds had support start, after a wait.
      for (let n = 0; n < 1 + (i % 2); n++) {
        // Most needs fall in a few areas of life, as on a real caseload, so those areas have enough families to show.
        const domain = DEMO_DOMAINS[(i + n * 2) % DEMO_DOMAINS.length] ?? 'money';
        const need = caseId(7, i, n);
        const raised = 12 + ((i * 13 + n * 29) % 75);
        await tx
          .insertInto('needs')
          .values({
            family_id: family,
            id: need,
            person_id: parent,
            domain,
            words: 'Help with this, please.',
            importance: n === 0 ? 'a_lot' : 'quite_a_lot',
            raised_by: 'person',
            written_by_account_id: TOM_ACCOUNT,
            written_by_staff_id: TOM,
            support_wanted: null,
            category: 'general',
            author_organisation_id: COUNCIL,
            about_person_ids: [parent],
            created_at: ago(raised),
            updated_at: ago(raised),
          })
          .execute();
        if ((i + n) % 3 !== 2) {
          const wait = 3 + ((i * 7 + n) % 40);
          await tx
            .insertInto('need_supports')
            .values({
              family_id: family,
              id: caseId(8, i, n),
              need_id: need,
              kind: 'offer',
              description: 'Support from the family support team.',
              service_id: null,
              offered_by_account_id: TOM_ACCOUNT,
              offered_by_staff_id: TOM,
              offered_by_description: 'Tom Reilly, family support worker',
              offered_on: dayAgo(raised - 1),
              received_from: raised - wait > 0 ? dayAgo(raised - wait) : null,
              received_until: null,
              helped: null,
              helped_words: null,
              helped_at: null,
              referral_status: null,
              referral_status_on: null,
              declined_reason: null,
              sent_text: null,
              lawful_basis: null,
              agreed_how: null,
              disclosure_id: null,
              chase_reminded_for: null,
              helped_asked_at: null,
              created_at: ago(raised - 1),
              updated_at: ago(raised - 1),
            })
            .execute();
        }
      }

      // Visits in the last four months: three each, one in four unannounced.
      for (let v = 0; v < 3; v++) {
        const days = 5 + ((i * 11 + v * 37) % 115);
        const unannounced = (i + v) % 4 === 0;
        await tx
          .insertInto('appointments')
          .values({
            family_id: family,
            id: caseId(9, i, v),
            kind: 'home_visit',
            meeting_kind: null,
            purpose: unannounced ? null : 'A catch-up at home',
            place: 'At home',
            what_to_bring: null,
            status: 'happened',
            unannounced,
            unannounced_reason: unannounced ? 'A worry was raised the day before.' : null,
            arranged_by_staff_id: TOM,
            arranged_by_organisation_id: COUNCIL,
            staff_ids: [TOM],
            person_ids: [parent],
            starts_at: ago(days),
            ends_at: new Date(ago(days).getTime() + 3_600_000),
            agreed_at: unannounced ? null : ago(days + 5),
            cancelled_by_staff_id: null,
            cancelled_by_account_id: null,
            cancel_reason: null,
            cancelled_at: null,
            reminded_for: null,
            created_by_account_id: TOM_ACCOUNT,
            created_at: ago(days + 6),
            updated_at: ago(days),
          })
          .execute();
      }

      const ethnicity = ETHNICITY[i] ?? null;
      if (ethnicity || i % 5 === 1)
        await tx
          .insertInto('equity_answers')
          .values({
            family_id: family,
            person_id: parent,
            ethnicity,
            first_language: LANGUAGE(i),
            disability: i % 4 === 0 ? 'yes' : i % 9 === 0 ? 'prefer_not_to_say' : 'no',
            financial_hardship: i % 3 === 0 ? 'no' : 'yes',
            recorded_by_account_id: account,
            recorded_by_staff_id: null,
            updated_at: ago(since - 2),
          })
          .execute();

      // Feedback after two of every three families' latest visit, most of it named.
      if (i % 3 !== 1) {
        const score = (k: number): FeedbackScore =>
          (((i + k) % 4) + 1 === 1 && k !== 0 ? 2 : Math.max(2, ((i + k) % 4) + 1)) as FeedbackScore;
        const days = 5 + ((i * 11) % 115);
        await tx
          .insertInto('feedback')
          .values({
            family_id: family,
            id: caseId(10, i),
            account_id: account,
            person_id: parent,
            ask_id: null,
            about_kind: 'visit',
            about_id: caseId(9, i, 0),
            staff_id: TOM,
            team_id: TEAM_12,
            listened: score(0),
            next_steps_clear: score(1),
            useful: score(2),
            words: null,
            shown_as: i % 4 === 0 ? 'team_only' : 'named',
            created_at: ago(days - 1, 18),
          })
          .execute();
      }
    }
  });
  return { loaded: true };
}

const MARIES_FAMILY = demoId(100);
const MARIE = demoId(101);
const MARIE_ACCOUNT = demoId(300);
const FIRST_VISIT = demoId(950);

/**
 * The demo start asks Marie how Priya's visit went (issue 18 §1), as recording a visit would: a newcomer signing in as
 * her sees the question on "Your family". Asked once: it is her one ask of the week, so later visits in the demo do not
 * ask again until it is a week old. Not in the API tests, whose asks are about their own visits.
 */
export async function loadDemoFeedbackAsk(db: Db, now = new Date()): Promise<{ loaded: boolean }> {
  const asked = await db.selectFrom('feedback_asks').select('id').where('account_id', '=', MARIE_ACCOUNT).executeTakeFirst();
  if (asked) return { loaded: false };
  await db
    .insertInto('feedback_asks')
    .values({
      family_id: MARIES_FAMILY,
      id: caseId(11, 0),
      account_id: MARIE_ACCOUNT,
      person_id: MARIE,
      about_kind: 'visit',
      about_id: FIRST_VISIT,
      staff_id: PRIYA,
      created_at: now,
    })
    .onConflict((c) => c.doNothing())
    .execute();
  return { loaded: true };
}
