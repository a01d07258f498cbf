// The demo family's early help (issue 14): Marie's weekly check-ins of the last six weeks, shown to Daniel, so a
// newcomer sees her chart; one request for help she made, which Daniel answered and arranged a visit for; and Tom as
// the Family Safeguarding Team's duty worker, who hears of a request nobody has answered in time.
import type { Tx } from '../db/database.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const MARIE = id(101);
const MARIE_ACCOUNT = id(300);
const DANIEL = id(21);
const PRIYA = id(23);
const TOM = id(24);
const FAMILY_SAFEGUARDING_TEAM = id(12);
const DAY = 86_400_000;

/** Her answers, oldest first, with the days before the demo was loaded; relative, so the chart always looks current. */
const CHECK_INS: { daysAgo: number; score: number; words: string | null }[] = [
  { daysAgo: 38, score: 3, words: 'Not sleeping. The voices are loud at night.' },
  { daysAgo: 31, score: 4, words: null },
  { daysAgo: 24, score: 5, words: 'Daniel came round. The new tablets make me tired but I slept.' },
  { daysAgo: 17, score: 6, words: 'Took Clare to school every day this week.' },
  { daysAgo: 10, score: 5, words: 'Worried about money again.' },
  { daysAgo: 3, score: 6, words: null },
];

export async function loadDemoEarlyHelp(tx: Tx, now = new Date()) {
  await tx
    .insertInto('check_in_settings')
    .values({
      family_id: F,
      person_id: MARIE,
      rhythm: 'weekly',
      low_words: 'I can’t get through the day',
      high_words: 'I feel like myself',
      share_with_staff_ids: [DANIEL],
      // She chose her rhythm before her first check-in.
      updated_at: new Date(now.getTime() - 40 * DAY),
    })
    .execute();
  await tx
    .insertInto('check_ins')
    .values(
      CHECK_INS.map((c, i) => ({
        family_id: F,
        id: id(700 + i),
        person_id: MARIE,
        account_id: MARIE_ACCOUNT,
        score: c.score,
        words: c.words,
        shared_with_staff_ids: [DANIEL],
        idempotency_key: null,
        created_at: new Date(now.getTime() - c.daysAgo * DAY),
      })),
    )
    .execute();
}

/** Her earlier request, in her words, answered by Daniel the same day with a visit. */
export async function loadDemoHelpRequest(tx: Tx, now = new Date()) {
  await tx.updateTable('teams').set({ duty_staff_id: TOM }).where('id', '=', FAMILY_SAFEGUARDING_TEAM).execute();
  const asked = new Date(now.getTime() - 12 * DAY);
  const at = (hours: number) => new Date(asked.getTime() + hours * 3_600_000);
  const request = id(720);
  await tx
    .insertInto('help_requests')
    .values({
      family_id: F,
      id: request,
      kind: 'help',
      person_id: MARIE,
      account_id: MARIE_ACCOUNT,
      asker_kind: 'parent',
      worry_about: null,
      words:
        'I am worried about money. The gas is on the emergency credit and I don’t know who to ask. Can someone help me with the forms?',
      urgency: 'this_week',
      contact_ways: ['visit', 'call'],
      contact_time: 'Mornings after the school run',
      out_of_hours: false,
      recipient_staff_ids: [DANIEL, PRIYA],
      escalation_team_id: FAMILY_SAFEGUARDING_TEAM,
      acknowledge_by: at(48),
      manager_by: at(96),
      acknowledged_at: at(3),
      acknowledged_by_staff_id: DANIEL,
      idempotency_key: null,
      idempotency_fingerprint: null,
      created_at: asked,
    })
    .execute();
  await tx
    .insertInto('help_request_events')
    .values([
      {
        family_id: F,
        id: id(721),
        request_id: request,
        kind: 'acknowledged',
        staff_id: DANIEL,
        to_staff_ids: [],
        text: 'Thank you for telling me. I will come round this week, in the morning after the school run, and we can fill in the forms for the energy grant together.',
        contact_at: null,
        contact_way: null,
        created_at: at(3),
      },
      {
        family_id: F,
        id: id(722),
        request_id: request,
        kind: 'contact_arranged',
        staff_id: DANIEL,
        to_staff_ids: [],
        text: null,
        contact_at: at(45),
        contact_way: 'visit',
        created_at: at(3.1),
      },
    ])
    .execute();
}
