// The demo family's early help (issue 14): Marie's weekly check-ins of the last six weeks, shown to Daniel, so a
// newcomer sees her chart; the answered request for help is added beside it (demo-help-request below).
import type { Tx } from '../db/database.ts';

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
const F = id(100);
const MARIE = id(101);
const MARIE_ACCOUNT = id(300);
const DANIEL = id(21);
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
