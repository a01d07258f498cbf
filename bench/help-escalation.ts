// What the help-request escalation job (issue 14 §1) costs on a generated dataset: it runs every minute in every
// instance, so its cost when nothing is due matters as much as its cost when many requests are late at once.
// Seeds one answered request per family (the history the job must not read) and late, unanswered "today" requests in
// --late of the families, then times the job: the first run (every late request to its team's duty worker), a run
// with nothing due, and a run five days later (the managers). Rows it made are removed first, so it can be re-run.
// Usage: npx tsx bench/help-escalation.ts --db umbrella_bench_100 [--late 0.01] [--rounds 3]
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createAuditLog } from '../server/audit/audit-log.ts';
import { openDatabase } from '../server/db/database.ts';
import { escalateHelpRequests } from '../server/modules/help/index.ts';
import { benchAuditKey, dbUrl, log, parseFlags } from './bench-common.ts';

const flags = parseFlags({ db: 'umbrella_bench_100', late: '0.01', rounds: '3' });
const database = await openDatabase({ kind: 'server', url: dbUrl(flags.db) });
const db = database.db;
// Seeding and clearing run as the database's owner: the app's role may not delete.
const owner = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: dbUrl(flags.db), max: 1 }) }) });
const audit = createAuditLog({ key: benchAuditKey(), streams: 32 });
const MARK = 'bench-escalation';

async function reset() {
  await sql`UPDATE teams SET duty_staff_id = NULL`.execute(owner);
  await sql`DELETE FROM notifications WHERE kind = 'help_escalated'`.execute(owner);
  await sql`DELETE FROM help_request_events WHERE request_id IN (SELECT id FROM help_requests WHERE idempotency_key LIKE ${`${MARK}%`})`.execute(
    owner,
  );
  await sql`DELETE FROM help_requests WHERE idempotency_key LIKE ${`${MARK}%`}`.execute(owner);
}

/** One request per family from its parent: answered ones for all, late unanswered ones for a sample. */
async function seed(late: boolean, share: number) {
  const started = Date.now();
  const { numAffectedRows } = await sql`
    INSERT INTO help_requests (family_id, id, kind, person_id, account_id, asker_kind, words, urgency, contact_ways,
      out_of_hours, recipient_staff_ids, escalation_team_id, acknowledge_by, manager_by, acknowledged_at,
      acknowledged_by_staff_id, idempotency_key, created_at)
    SELECT a.family_id, gen_random_uuid(), 'help', a.person_id, a.id, 'parent',
      'I have not slept for two nights. I need help please.', 'today', ARRAY['call'], false,
      ARRAY[k.staff_id], s.team_id,
      ${late ? sql`now() - interval '1 hour'` : sql`now() - interval '20 days'`},
      ${late ? sql`now() + interval '3 hours'` : sql`now() - interval '19 days'`},
      ${late ? sql`NULL` : sql`now() - interval '20 days' + interval '1 hour'`},
      ${late ? sql`NULL` : sql`k.staff_id`},
      ${`${MARK}-${late ? 'late' : 'answered'}-`} || a.family_id,
      now() - interval '21 days'
    FROM accounts a
    JOIN LATERAL (SELECT m.staff_id FROM care_team_members m WHERE m.family_id = a.family_id AND m.ended_at IS NULL
                  ORDER BY m.key_worker NULLS LAST LIMIT 1) k ON true
    JOIN staff s ON s.id = k.staff_id
    WHERE a.kind = 'parent' AND a.person_id IS NOT NULL AND a.disabled_at IS NULL
      AND (${!late} OR abs(hashtext(a.family_id::text)) % 10000 < ${Math.round(share * 10000)})`.execute(owner);
  log(`seeded ${numAffectedRows} ${late ? 'late, unanswered' : 'answered'} requests in ${Date.now() - started} ms`);
  return Number(numAffectedRows);
}

async function timed(label: string, now: Date) {
  const started = process.hrtime.bigint();
  const steps = await escalateHelpRequests(db, audit, now);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  log(`${label}: ${steps} steps in ${ms.toFixed(1)} ms${steps ? ` (${(ms / steps).toFixed(2)} ms a step)` : ''}`);
  return { steps, ms };
}

/** Runs the job at `now` until it finds nothing to do: each run takes at most 200 requests. */
async function drain(label: string, now: Date) {
  const runs: { steps: number; ms: number }[] = [];
  for (;;) {
    const r = await timed(`${label}, run ${runs.length + 1}`, now);
    runs.push(r);
    if (r.steps === 0 || runs.length > 50) break;
  }
  const work = runs.filter((r) => r.steps > 0);
  const steps = work.reduce((n, r) => n + r.steps, 0);
  const ms = work.reduce((n, r) => n + r.ms, 0);
  return { steps, ms, perStep: steps ? ms / steps : 0, idleMs: runs.at(-1)?.ms ?? 0, runs: runs.length };
}

const results: { round: number; duty: Awaited<ReturnType<typeof drain>>; managers: Awaited<ReturnType<typeof drain>> }[] = [];
for (let round = 1; round <= Number(flags.rounds); round++) {
  await reset();
  await seed(false, 1);
  await seed(true, Number(flags.late));
  // Every team has a duty worker: a practitioner of the team (the generator names none).
  await sql`UPDATE teams t SET duty_staff_id = (SELECT s.id FROM staff s WHERE s.team_id = t.id AND s.role = 'practitioner' ORDER BY s.id LIMIT 1)`.execute(
    owner,
  );
  const duty = await drain(`round ${round}, late requests to the duty worker or managers`, new Date());
  const managers = await drain(`round ${round}, five days on: the managers`, new Date(Date.now() + 5 * 86_400_000));
  results.push({ round, duty, managers });
}
await reset();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
log(
  `median of ${results.length} rounds: first step ${median(results.map((r) => r.duty.perStep)).toFixed(2)} ms a request ` +
    `(${results[0]?.duty.steps} requests in ${results[0]?.duty.runs} runs); managers' step ${median(results.map((r) => r.managers.perStep)).toFixed(2)} ms ` +
    `a request (${results[0]?.managers.steps}); a run with nothing to do ${median(results.flatMap((r) => [r.duty.idleMs, r.managers.idleMs])).toFixed(1)} ms`,
);
await owner.destroy();
await database.close();
