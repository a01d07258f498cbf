// A server for the load scripts, run as a child process: the full app (optionally with read events not audited), or
// issue 22's honest floor and naive full stack (the app's own statements, captured at start: floor-capture.ts).
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { type AuditLog, createAuditLog } from '../server/audit/audit-log.ts';
import { APP_ROLE, appUrl, openDatabase } from '../server/db/database.ts';
import { setEmbeddedDurability } from '../server/db/embedded/embedded-postgres.ts';
import { Standby } from '../server/db/standby.ts';
import { hashToken } from '../server/modules/auth/auth.service.ts';
import { benchAuditKey, dbUrl, outDir, parseFlags, type Tokens, tokensFile } from './bench-common.ts';
import { captureStatements, describePlan, type Endpoint, resolveIdentities, runPlan } from './floor-capture.ts';

// --mode full | no-read-audit (the app) | floor | naive (issue 22: bench/floor.ts runs the three side by side).
// --fsync off: the embedded database without fsync at each commit, only to measure what durability costs.
// --team-cache: seconds the team view keeps a team's counts, as TEAM_VIEW_CACHE_SECONDS (production's default 300).
// --pooler: the app's connections through this URL (a PgBouncer, bench/pooler.ts), as DATABASE_POOLER_URL; --prepared:
// named or unnamed statements, as DATABASE_PREPARED_STATEMENTS. --replica: a hot standby's URL (with the database) for the
// audited reads, as DATABASE_REPLICA_URL, and --max-lag as DATABASE_REPLICA_MAX_LAG_MS (bench/standby.ts).
// --log-level: the app's (production logs every request at info; silent by default here so older benches keep their
// figures), written to --log-file (default a file under the bench folder named after the database), emptied at start.
// --tokens: the session tokens file for floor and naive (default the database's); --verbose prints the captured statements.
const flags = parseFlags({
  db: '',
  embedded: '',
  mode: 'full',
  port: '0',
  fsync: 'on',
  'team-cache': '300',
  pooler: '',
  prepared: 'named',
  replica: '',
  'max-lag': '1000',
  'log-level': 'silent',
  'log-file': '',
  tokens: '',
  verbose: false,
});
if (!['full', 'no-read-audit', 'floor', 'naive'].includes(flags.mode)) throw new Error(`Unknown --mode ${flags.mode}`);
/** The events a read writes; with --mode no-read-audit they are dropped, to measure what audit-read logging costs. */
const READ_ACTIONS = new Set([
  'family.viewed',
  'families.listed',
  'portal.family_viewed',
  'portal.record_viewed',
  'portal.access_log_viewed',
  'entries.listed',
  'entry.viewed',
  'recovery_plan.viewed',
]);

/** Statements sent to PostgreSQL (BEGIN and COMMIT included): the round trips a scenario costs, free of noise. */
const counters = { queries: 0 };
function countQueries(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      counters.queries++;
      return send(...args);
    };
  });
}
/** Counters for load.ts: statements so far and this process's CPU time (ms), read before and after a run. */
function counterRoute(app: FastifyInstance) {
  app.get('/bench/counters', async () => {
    const cpu = process.cpuUsage();
    return { queries: counters.queries, cpuMs: (cpu.user + cpu.system) / 1000 };
  });
}

/** The app's log file, emptied at start (none when silent). */
function logFile(): string | undefined {
  if (flags['log-level'] === 'silent') return undefined;
  const file = flags['log-file'] || path.join(outDir(), `app-${flags.db || path.basename(flags.embedded)}-${flags.mode}.log`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

async function startApp() {
  setEmbeddedDurability(flags.fsync !== 'off');
  const database = await openDatabase(
    flags.embedded
      ? { kind: 'embedded', dataDir: flags.embedded }
      : {
          kind: 'server',
          url: dbUrl(flags.db),
          poolerUrl: flags.pooler || undefined,
          preparedStatements: flags.prepared === 'unnamed' ? 'unnamed' : 'named',
        },
  );
  countQueries(database.pool);
  // The generator's sessions were made some time ago: mark them used now so the 30-minute idle timeout does not end them.
  await database.pool.query('UPDATE sessions SET last_seen_at = now() WHERE ended_at IS NULL');
  const standby = flags.replica
    ? new Standby(database.db, {
        url: flags.replica,
        appUser: APP_ROLE,
        preparedStatements: flags.prepared === 'unnamed' ? 'unnamed' : 'named',
        maxLagMs: Number(flags['max-lag']),
      })
    : undefined;
  if (standby) {
    countQueries(standby.pool);
    await standby.start();
  }
  const real = createAuditLog({ key: benchAuditKey(), streams: 32 });
  // Everything else (recordAlone of other events, verify, …) is the real log's.
  const withoutReads: AuditLog = {
    ...real,
    async record(tx, event, options) {
      if (!READ_ACTIONS.has(event.action)) await real.record(tx, event, options);
    },
    async recordAlone(db, event) {
      if (!READ_ACTIONS.has(event.action)) await real.recordAlone(db, event);
    },
    async recordRead(db, event) {
      if (!READ_ACTIONS.has(event.action)) await real.recordRead(db, event);
    },
  };
  const audit = flags.mode === 'no-read-audit' ? withoutReads : real;
  const app = await buildApp({
    db: database.db,
    audit,
    databaseMode: database.mode,
    standby,
    sessionChanges: database.sessionChanges,
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    logLevel: flags['log-level'],
    logFile: logFile(),
    cookie: { name: 'umbrella-session', secure: false },
    teamViewCacheSeconds: Number(flags['team-cache']),
  });
  counterRoute(app);
  return {
    listen: (port: number) => app.listen({ host: '127.0.0.1', port }),
    close: async () => {
      await app.close();
      await standby?.close();
      await database.close();
    },
  };
}

/** Sends an answer as JSON (the floor has no contract, serialiser or hooks: only what any server must do). */
function answer(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Which endpoint a request is, and the family it names in its path. */
function route(method: string | undefined, url: string): { endpoint: Endpoint; familyId: string | null } | null {
  const path = url.split('?', 1)[0] ?? '';
  if (method === 'GET' && path === '/api/families') return { endpoint: 'list', familyId: null };
  if (method === 'GET' && path === '/api/portal/record') return { endpoint: 'record', familyId: null };
  const family = /^\/api\/families\/([0-9a-f-]{36})(\/entries)?$/.exec(path);
  if (family && method === 'GET' && !family[2]) return { endpoint: 'family', familyId: family[1] ?? null };
  if (family && method === 'POST' && family[2]) return { endpoint: 'write', familyId: family[1] ?? null };
  return null;
}

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** The naive design's audit: its own table, one INSERT per read, chained by HMAC in this process (seq orders the chain). */
async function naiveAuditTable() {
  const owner = new pg.Client({ connectionString: dbUrl(flags.db) });
  await owner.connect();
  try {
    await owner.query(`CREATE TABLE IF NOT EXISTS bench_naive_audit (seq bigint PRIMARY KEY, occurred_at timestamptz NOT NULL,
      action text NOT NULL, account_id uuid NOT NULL, family_id uuid, prev_hash text NOT NULL, hash text NOT NULL)`);
    await owner.query('TRUNCATE bench_naive_audit');
    await owner.query(`GRANT SELECT, INSERT ON bench_naive_audit TO ${APP_ROLE}`);
  } finally {
    await owner.end();
  }
  const key = benchAuditKey();
  let seq = 0;
  let prev = 'genesis';
  return (action: string, accountId: string, familyId: string | null) => {
    const at = new Date();
    const hash = createHmac('sha256', key)
      .update(`${prev}|${seq + 1}|${at.toISOString()}|${action}|${accountId}|${familyId ?? ''}`)
      .digest('hex');
    const values = [++seq, at, action, accountId, familyId, prev, hash];
    prev = hash;
    return {
      name: 'naive_audit',
      text: `INSERT INTO bench_naive_audit (seq, occurred_at, action, account_id, family_id, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      values,
    };
  };
}

/** The naive design's access check, separate from the data: one statement per endpoint, giving who asks. */
const NAIVE_ACCESS: Record<Endpoint, string> = {
  family: `SELECT a.id AS account_id, a.staff_id, st.organisation_id, a.family_id, a.person_id
             FROM accounts a JOIN staff st ON st.id = a.staff_id
            WHERE a.id = $1 AND a.disabled_at IS NULL AND EXISTS (SELECT 1 FROM care_team_members m
              WHERE m.family_id = $2 AND m.staff_id = a.staff_id AND m.ended_at IS NULL AND m.started_at <= now())`,
  write: `SELECT a.id AS account_id, a.staff_id, st.organisation_id, a.family_id, a.person_id
            FROM accounts a JOIN staff st ON st.id = a.staff_id
           WHERE a.id = $1 AND a.disabled_at IS NULL AND EXISTS (SELECT 1 FROM care_team_members m
             WHERE m.family_id = $2 AND m.staff_id = a.staff_id AND m.ended_at IS NULL AND m.started_at <= now())`,
  list: `SELECT a.id AS account_id, a.staff_id, st.organisation_id, a.family_id, a.person_id
           FROM accounts a JOIN staff st ON st.id = a.staff_id WHERE a.id = $1 AND a.disabled_at IS NULL AND $2::uuid IS NULL`,
  record: `SELECT a.id AS account_id, a.staff_id, NULL::uuid AS organisation_id, a.family_id, a.person_id
             FROM accounts a WHERE a.id = $1 AND a.disabled_at IS NULL AND a.family_id IS NOT NULL AND $2::uuid IS NULL`,
};
const READ_ACTION: Record<Endpoint, string> = {
  family: 'family.viewed',
  record: 'portal.record_viewed',
  list: 'families.listed',
  write: 'entry.created',
};

/**
 * --mode floor: a bare node:http server and a pg pool (as the app's: 10 connections, pipeline mode, the app's role) that
 * sends, per endpoint, the app's own data statements (captured at start, floor-capture.ts) as named prepared statements:
 * no session lookup (tokens resolved once at start), no separate access check, no transaction, audit or idempotency.
 * --mode naive: the same statements behind a session query, a separate access query and one chained audit INSERT per
 * read, committed before answering; a write is all of that in one transaction. Each statement awaited in turn.
 */
async function startFloor(mode: 'floor' | 'naive') {
  const tokens = JSON.parse(fs.readFileSync(flags.tokens || tokensFile(flags.db), 'utf8')) as Tokens;
  const say = (line: string) => process.stderr.write(`${line}\n`);
  const plans = await captureStatements(flags.db, tokens);
  for (const plan of plans.values())
    say(flags.verbose ? describePlan(plan, true) : `${mode}: ${plan.endpoint} sends ${plan.statements.length} captured statement(s)`);
  const pool = new pg.Pool({
    connectionString: appUrl(dbUrl(flags.db), APP_ROLE, undefined),
    max: 10,
    pipeline: true,
    options: '-c TimeZone=UTC',
  });
  pool.on('error', () => {});
  countQueries(pool);
  const identities = await resolveIdentities(
    pool,
    [...tokens.professionals, ...tokens.parents].map((t) => t.token),
  );
  const audit = mode === 'naive' ? await naiveAuditTable() : null;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.url === '/bench/counters') {
      const cpu = process.cpuUsage();
      return answer(res, 200, { queries: counters.queries, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    const found = route(req.method, req.url ?? '');
    const plan = found && plans.get(found.endpoint);
    if (!found || !plan) return answer(res, 404, { error: 'not_found' });
    const text = found.endpoint === 'write' ? await readBody(req) : '';
    const token = /(?:^|;\s*)umbrella-session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    const client = await pool.connect();
    try {
      let identity = identities.get(token);
      if (audit) {
        // Naive: the session and the access check are statements of their own, before the data.
        if (found.endpoint === 'write') await client.query('BEGIN');
        const session = await client.query({
          name: 'naive_session',
          text: 'SELECT account_id, csrf_token FROM sessions WHERE id = $1 AND ended_at IS NULL',
          values: [hashToken(token)],
        });
        const row = session.rows[0] as { account_id: string; csrf_token: string } | undefined;
        if (!row || (found.endpoint === 'write' && row.csrf_token !== req.headers['x-csrf-token'])) {
          if (found.endpoint === 'write') await client.query('ROLLBACK');
          return answer(res, 401, { error: 'unauthenticated' });
        }
        const access = await client.query({
          name: `naive_access_${found.endpoint}`,
          text: NAIVE_ACCESS[found.endpoint],
          values: [row.account_id, found.familyId],
        });
        const who = access.rows[0] as
          | {
              account_id: string;
              staff_id: string | null;
              organisation_id: string | null;
              family_id: string | null;
              person_id: string | null;
            }
          | undefined;
        if (!who) {
          if (found.endpoint === 'write') await client.query('ROLLBACK');
          return answer(res, 404, { error: 'not_found' });
        }
        identity = {
          accountId: who.account_id,
          staffId: who.staff_id,
          organisationId: who.organisation_id,
          familyId: who.family_id,
          personId: who.person_id,
        };
      }
      if (!identity) return answer(res, 401, { error: 'unauthenticated' });
      const familyId = found.familyId ?? identity.familyId;
      const results = await runPlan(
        client,
        plan,
        {
          identity,
          familyId,
          body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
          idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
          now: new Date(),
          fresh: new Map(),
        },
        { sequential: Boolean(audit) },
      );
      // Nothing found, or a write that wrote nothing, is an error and not a fast answer: floor.ts then marks its run not
      // valid (a wrong id in the mapping would otherwise look like a quick floor).
      if (found.endpoint !== 'write' && (results[0]?.rows.length ?? 0) === 0) {
        return answer(res, 404, { error: 'not_found' });
      }
      if (found.endpoint === 'write' && results.some((r) => r.command === 'INSERT' && r.rowCount === 0)) {
        if (audit) await client.query('ROLLBACK').catch(() => {});
        return answer(res, 409, { error: 'nothing_written' });
      }
      if (audit) {
        await client.query(audit(READ_ACTION[found.endpoint], identity.accountId, familyId));
        if (found.endpoint === 'write') await client.query('COMMIT');
      }
      answer(
        res,
        found.endpoint === 'write' ? 201 : 200,
        results.map((r) => r.rows),
      );
    } catch (error) {
      if (audit && found.endpoint === 'write') await client.query('ROLLBACK').catch(() => {});
      answer(res, 500, { error: String(error) });
    } finally {
      client.release();
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => answer(res, 500, { error: String(error) }));
  });
  return {
    listen: (port: number) =>
      new Promise<string>((resolve) => {
        server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      }),
    close: async () => {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

const server = flags.mode === 'floor' || flags.mode === 'naive' ? await startFloor(flags.mode) : await startApp();
const address = await server.listen(Number(flags.port));
process.stdout.write(`${JSON.stringify({ url: address })}\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
