// Load bench of issue 18's managers' insights at council scale: GET /api/insights/:insight (the default period, the last
// 12 months), without a breakdown and by ethnicity, for each of the 11 insights, as the manager of the team with the
// biggest caseload and as a service manager of the organisation with the biggest caseload (made here if the dataset has
// none: a staff row, its account and a session, as generate-needs.ts makes the team managers), through the full app
// (bench-server.ts) with autocannon on loopback; then each insight's statements once with EXPLAIN (ANALYZE, BUFFERS).
// Needs the team managers' sessions generate-needs.ts writes (it runs inside generate.ts).
// Usage: npx tsx bench/insights.ts --db umbrella_bench_100 [--duration 5] [--warmup 1] [--connections 4]
//          [--only help_requests,ratings] [--roles team,service] [--breakdowns none,ethnicity] [--explain false]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { insightScopeFamilies } from '../server/access/insight-scope.ts';
import type { CaseloadFamilies } from '../server/access/team-caseload.ts';
import type { Tx } from '../server/db/database.ts';
import type { DB } from '../server/db/schema.ts';
import { MEASURES } from '../server/modules/insights/insights.measures.ts';
import * as repo from '../server/modules/insights/insights.repo.ts';
import { period } from '../server/modules/insights/insights.service.ts';
import { caseloadNeedCounts } from '../server/modules/support/index.ts';
import { INSIGHT_KEYS, type InsightKey } from '../shared/domain/learning.ts';
import { dbUrl, log, outDir, parseFlags } from './bench-common.ts';
import { counters, fire, percentile, postgresCpuMs, startBenchServer, stopBenchServer } from './bench-load.ts';
import { type NeedsTokens, needsTokensFile } from './generate-needs.ts';

const flags = parseFlags({
  db: 'umbrella_bench_100',
  duration: '5',
  warmup: '1',
  connections: '4',
  only: '',
  roles: 'team,service',
  breakdowns: 'none,ethnicity',
  explain: true,
  out: '',
});
const insights = INSIGHT_KEYS.filter((k) => !flags.only || flags.only.split(',').includes(k));
const roles = flags.roles.split(',') as ('team' | 'service')[];
const breakdowns = flags.breakdowns.split(',') as ('none' | 'ethnicity')[];
const managers = (JSON.parse(fs.readFileSync(needsTokensFile(flags.db), 'utf8')) as NeedsTokens).managers;
const pool = new pg.Pool({ connectionString: dbUrl(flags.db), max: 4 });
const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');

type Caseload = { id: string; name: string; families: number };
/** Caseloads by team or by organisation, biggest first: families with a current care-team member there (insight-scope.ts's rule). */
async function caseloads(by: 'team' | 'organisation'): Promise<Caseload[]> {
  const col = by === 'team' ? 'st.team_id' : 'st.organisation_id';
  const table = by === 'team' ? 'teams' : 'organisations';
  return (
    await pool.query<Caseload>(
      `SELECT x.id, x.name, count(DISTINCT ctm.family_id)::int AS families
         FROM care_team_members ctm JOIN staff st ON st.id = ctm.staff_id JOIN ${table} x ON x.id = ${col}
        WHERE ctm.ended_at IS NULL AND ctm.started_at <= now() GROUP BY x.id, x.name ORDER BY families DESC`,
    )
  ).rows;
}

/**
 * A service manager of the organisation and a session for her (made again on a re-run): the synthetic data has none. Her
 * password hash is a bench team manager's (BENCH_PASSWORD); she is never signed in with it, only with the session.
 */
async function serviceManagerSession(organisationId: string): Promise<string> {
  const email = `bench-service-manager-${organisationId}@example.org`;
  let staff = (await pool.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [email])).rows[0];
  if (!staff) {
    staff = (
      await pool.query<{ id: string }>(
        `INSERT INTO staff (id, organisation_id, team_id, full_name, discipline, role, job_title, email)
         VALUES (gen_random_uuid(), $1, NULL, 'Service Manager (bench)', 'Service management', 'service_manager', 'service manager', $2)
         RETURNING id`,
        [organisationId, email],
      )
    ).rows[0] as { id: string };
    await pool.query(
      `INSERT INTO accounts (id, username, password_hash, kind, staff_id)
       SELECT gen_random_uuid(), $1, a.password_hash, 'professional', $2 FROM accounts a
        WHERE a.username LIKE 'bench-manager-%' OR a.kind = 'professional' ORDER BY a.username LIKE 'bench-manager-%' DESC LIMIT 1`,
      [`bench-service-manager-${organisationId}`, staff.id],
    );
  }
  const account = (await pool.query<{ id: string }>('SELECT id FROM accounts WHERE staff_id = $1', [staff.id])).rows[0] as { id: string };
  const token = createHash('sha256').update(`insights:service-manager:${organisationId}`).digest('base64url');
  await pool.query('DELETE FROM sessions WHERE id = $1', [hashToken(token)]);
  await pool.query(
    `INSERT INTO sessions (id, account_id, stage, csrf_token, expires_at) VALUES ($1, $2, 'signed_in', $3, now() + interval '1 day')`,
    [hashToken(token), account.id, hashToken(`${token}:csrf`)],
  );
  return token;
}

/** The statements one insight sends inside its read (as insights.service.ts does), for EXPLAIN. */
async function insightStatements(families: CaseloadFamilies, insight: InsightKey, breakdown: 'none' | 'ethnicity') {
  const sent: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query' && /^\s*(select|with)\b/i.test(event.query.sql))
        sent.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const { from, to } = period({ breakdown });
  await db.transaction().execute(async (trx) => {
    const tx = trx as unknown as Tx;
    await repo.caseloadSize(tx, families);
    if (insight === 'support_gap') {
      if (breakdown === 'none') await caseloadNeedCounts(tx, families, from, to);
      else await repo.supportGapByGroup(tx, families, breakdown, from, to);
    } else await MEASURES[insight].load(tx, families, breakdown, from, to);
  });
  return sent;
}

type Explained = { statement: string; executionMs: number; planningMs: number; buffers: number; rows: number; plan: string };
/** EXPLAIN (ANALYZE, BUFFERS) of a statement as the app runs it: in a transaction with JIT off (insights.repo.ts#rows). */
async function explain(statement: { sql: string; parameters: readonly unknown[] }): Promise<Explained> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL jit = off');
    const json = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.parameters as unknown[]))
      .rows[0]['QUERY PLAN'][0];
    const text = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.parameters as unknown[])).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    await client.query('ROLLBACK');
    const top = json.Plan;
    return {
      statement: statement.sql.replace(/\s+/g, ' ').slice(0, 90),
      executionMs: json['Execution Time'],
      planningMs: json['Planning Time'],
      buffers: (top['Shared Hit Blocks'] ?? 0) + (top['Shared Read Blocks'] ?? 0),
      rows: top['Actual Rows'],
      plan: text,
    };
  } finally {
    client.release();
  }
}

const results: Record<string, unknown>[] = [];
const explained: Record<string, unknown>[] = [];
const { url, child } = await startBenchServer(flags.db); // runs the migrations first
try {
  const teams = await caseloads('team');
  const orgs = await caseloads('organisation');
  const withManager = new Map(managers.map((m) => [m.teamId, m]));
  const team = teams.find((t) => withManager.has(t.id));
  const org = orgs[0];
  if (!team || !org) throw new Error('No team with a manager session, or no organisation with a caseload');
  const sizes = (xs: Caseload[]) => xs.map((x) => x.families).sort((a, b) => a - b);
  const all = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM families')).rows[0]?.n;
  const counted = (
    await pool.query(
      `SELECT (SELECT count(*) FROM help_requests)::int AS help_requests, (SELECT count(*) FROM involvement_history)::int AS involvement_history,
         (SELECT count(*) FROM record_entries WHERE withholding_scope IS NOT NULL)::int AS withheld_entries,
         (SELECT count(*) FROM recovery_plan_ratings)::int AS ratings, (SELECT count(*) FROM appointments)::int AS appointments,
         (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM needs)::int AS needs,
         (SELECT count(*) FROM care_team_members)::int AS care_team_members, (SELECT count(*) FROM accounts WHERE kind = 'other_parent')::int AS other_parent_accounts,
         (SELECT count(*) FROM feedback)::int AS feedback, (SELECT count(*) FROM equity_answers)::int AS equity_answers`,
    )
  ).rows[0];
  const dataset = {
    families: all,
    teams: teams.length,
    teamCaseloads: { median: percentile(sizes(teams), 50), min: sizes(teams)[0], max: sizes(teams).at(-1) },
    organisations: orgs.length,
    organisationCaseloads: { median: percentile(sizes(orgs), 50), min: sizes(orgs)[0], max: sizes(orgs).at(-1) },
    team,
    organisation: org,
    rows: counted,
  };
  log(`dataset ${JSON.stringify(dataset)}`);
  const sessions = {
    team: (withManager.get(team.id) as { token: string }).token,
    service: await serviceManagerSession(org.id),
  };
  const scopes = {
    team: insightScopeFamilies({ kind: 'team', teamId: team.id, organisationId: null }),
    service: insightScopeFamilies({ kind: 'organisation', organisationId: org.id }),
  };

  if (flags.explain)
    for (const role of roles)
      for (const insight of insights)
        for (const breakdown of breakdowns) {
          const statements = await insightStatements(scopes[role], insight, breakdown);
          const plans = [];
          for (const s of statements) plans.push(await explain(s));
          const slowest = plans.reduce((a, b) => (b.executionMs > a.executionMs ? b : a));
          const entry = {
            role,
            insight,
            breakdown,
            statements: plans.length,
            executionMs: plans.map((p) => Number(p.executionMs.toFixed(2))),
            planningMs: plans.map((p) => Number(p.planningMs.toFixed(2))),
            buffers: plans.map((p) => p.buffers),
            slowest: { statement: slowest.statement, executionMs: slowest.executionMs, buffers: slowest.buffers },
            plan: slowest.plan,
          };
          explained.push(entry);
          log(
            `EXPLAIN ${role.padEnd(7)} ${insight.padEnd(20)} ${breakdown.padEnd(9)} execution ms ${entry.executionMs.join(' + ')} ` +
              `(planning ${entry.planningMs.join(' + ')}), buffers ${entry.buffers.join(' + ')}`,
          );
        }

  for (const role of roles)
    for (const insight of insights)
      for (const breakdown of breakdowns) {
        const request = {
          method: 'GET' as const,
          path: `/api/insights/${insight}${breakdown === 'none' ? '' : `?breakdown=${breakdown}`}`,
          headers: { cookie: `umbrella-session=${sessions[role]}` },
        };
        const make = () => request;
        const connections = Number(flags.connections);
        if (Number(flags.warmup) > 0) await fire(url, connections, Number(flags.warmup), make);
        const load = os.loadavg()[0]?.toFixed(2);
        const before = await counters(url);
        const pgBefore = postgresCpuMs();
        const run = await fire(url, connections, Number(flags.duration), make);
        const pgAfter = postgresCpuMs();
        const after = await counters(url);
        const per = (n: number) => Number((n / Math.max(1, run.total)).toFixed(2));
        const sorted = run.latencies.sort((a, b) => a - b);
        const figure = {
          role,
          insight,
          breakdown,
          connections,
          requests: sorted.length,
          rps: Number((sorted.length / Math.max(1, run.seconds)).toFixed(1)),
          p50: Number(percentile(sorted, 50).toFixed(1)),
          p95: Number(percentile(sorted, 95).toFixed(1)),
          p99: Number(percentile(sorted, 99).toFixed(1)),
          errors: run.bad,
          statuses: Object.fromEntries(run.statuses),
          statementsPerRequest: per(after.queries - before.queries),
          appCpuMsPerRequest: per(after.cpuMs - before.cpuMs),
          pgCpuMsPerRequest: per(pgAfter - pgBefore),
          loadAverage: load,
        };
        results.push(figure);
        log(
          `${role.padEnd(7)} ${insight.padEnd(20)} ${breakdown.padEnd(9)} c=${connections} ${String(figure.rps).padStart(6)} req/s  ` +
            `p50 ${figure.p50} ms  p99 ${figure.p99} ms  (${figure.requests} requests) errors ${figure.errors} ${JSON.stringify(figure.statuses)}  ` +
            `${figure.statementsPerRequest} statements/req; CPU ms/req: app ${figure.appCpuMsPerRequest}, PostgreSQL ${figure.pgCpuMsPerRequest}; load average ${load}`,
        );
      }
  const file = flags.out || path.join(outDir(), `insights-${flags.db}-${Date.now().toString(36)}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), flags, dataset, results, explained }, null, 2));
  log(`Figures written to ${file}`);
} finally {
  await stopBenchServer(child);
  await pool.end();
}
