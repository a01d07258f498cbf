// A server for the load scripts, run as a child process: the full app (optionally with read events not audited) or bare `pg` routes.
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { type AuditLog, createAuditLog } from '../server/audit/audit-log.ts';
import { APP_ROLE, openDatabase } from '../server/db/database.ts';
import { setEmbeddedDurability } from '../server/db/embedded/embedded-postgres.ts';
import { Standby } from '../server/db/standby.ts';
import { benchAuditKey, dbUrl, parseFlags } from './bench-common.ts';

// --fsync off: the embedded database without fsync at each commit, only to measure what durability costs.
// --team-cache: seconds the team view keeps a team's counts, as TEAM_VIEW_CACHE_SECONDS (production's default 300).
// --pooler: the app's connections through this URL (a PgBouncer, bench/pooler.ts), as DATABASE_POOLER_URL; --prepared:
// named or unnamed statements, as DATABASE_PREPARED_STATEMENTS. --replica: a hot standby's URL (with the database) for the
// audited reads, as DATABASE_REPLICA_URL, and --max-lag as DATABASE_REPLICA_MAX_LAG_MS (bench/standby.ts).
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
});
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
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    logLevel: 'silent',
    cookie: { name: 'umbrella-session', secure: false },
    teamViewCacheSeconds: Number(flags['team-cache']),
  });
  counterRoute(app);
  return {
    app,
    close: async () => {
      await standby?.close();
      await database.close();
    },
  };
}

/** The same rows as the app's reads, straight from `pg`: no session, access check, transaction, audit or contract. */
function startBare() {
  const pool = new pg.Pool({ connectionString: dbUrl(flags.db), max: 10 });
  countQueries(pool);
  const app = Fastify({ logger: false });
  counterRoute(app);
  app.get<{ Params: { id: string } }>('/bare/families/:id', async (request) => {
    const id = request.params.id;
    const client = await pool.connect();
    try {
      const q = (text: string) => client.query(text, [id]).then((r) => r.rows);
      return {
        family: await q('SELECT id, display_name, involvement_level, version FROM families WHERE id = $1'),
        households: await q('SELECT * FROM households WHERE family_id = $1 ORDER BY created_at'),
        people: await q(`SELECT p.*, s.full_name AS dependants_asked_by_name FROM people p
          LEFT JOIN staff s ON s.id = p.dependants_asked_none_by_staff_id WHERE p.family_id = $1 ORDER BY p.created_at`),
        relationships: await q('SELECT * FROM relationships WHERE family_id = $1 ORDER BY created_at'),
        involvement: await q('SELECT * FROM involvement_history WHERE family_id = $1 ORDER BY started_on DESC'),
        careTeam: await q(`SELECT m.id, m.staff_id, m.team_role, m.key_worker, m.started_at, s.full_name, s.job_title, s.email, s.phone,
            o.name AS organisation_name, o.kind AS organisation_kind
          FROM care_team_members m JOIN staff s ON s.id = m.staff_id JOIN organisations o ON o.id = s.organisation_id
          WHERE m.family_id = $1 AND m.ended_at IS NULL ORDER BY m.started_at`),
      };
    } finally {
      client.release();
    }
  });
  // The same rows in one statement (one round trip instead of six): what folding the overview's queries together would save.
  app.get<{ Params: { id: string } }>('/bare/families-one/:id', async (request) => {
    const r = await pool.query(
      `SELECT (SELECT row_to_json(f) FROM (SELECT id, display_name, involvement_level, version FROM families WHERE id = $1) f) AS family,
         (SELECT coalesce(json_agg(h ORDER BY h.created_at), '[]') FROM households h WHERE h.family_id = $1) AS households,
         (SELECT coalesce(json_agg(x ORDER BY x.created_at), '[]') FROM (SELECT p.*, s.full_name AS dependants_asked_by_name FROM people p
            LEFT JOIN staff s ON s.id = p.dependants_asked_none_by_staff_id WHERE p.family_id = $1) x) AS people,
         (SELECT coalesce(json_agg(r ORDER BY r.created_at), '[]') FROM relationships r WHERE r.family_id = $1) AS relationships,
         (SELECT coalesce(json_agg(i ORDER BY i.started_on DESC), '[]') FROM involvement_history i WHERE i.family_id = $1) AS involvement,
         (SELECT coalesce(json_agg(m ORDER BY m.started_at), '[]') FROM (SELECT m.id, m.staff_id, m.team_role, m.key_worker, m.started_at,
            s.full_name, s.job_title, s.email, s.phone, o.name AS organisation_name, o.kind AS organisation_kind
            FROM care_team_members m JOIN staff s ON s.id = m.staff_id JOIN organisations o ON o.id = s.organisation_id
            WHERE m.family_id = $1 AND m.ended_at IS NULL) m) AS care_team`,
      [request.params.id],
    );
    return r.rows[0];
  });
  app.get<{ Params: { id: string } }>('/bare/record/:id', async (request) => {
    const id = request.params.id;
    const client = await pool.connect();
    try {
      const entries = (
        await client.query(
          `SELECT * FROM record_entries e WHERE e.family_id = $1 AND NOT (e.withholding_scope = 'whole' AND e.placeholder_hidden)
           ORDER BY e.occurred_at DESC, e.id DESC LIMIT 21`,
          [id],
        )
      ).rows as { id: string }[];
      const ids = entries.map((e) => e.id);
      const versions = await client.query(
        `SELECT v.entry_id, v.version, v.text, v.restricted_text, v.edited_at, v.change_note, s.full_name AS edited_by_name
         FROM record_entry_versions v JOIN staff s ON s.id = v.edited_by_staff_id
         WHERE v.family_id = $1 AND v.entry_id = ANY($2::uuid[]) ORDER BY v.version DESC`,
        [id, ids],
      );
      const replies = await client.query(
        'SELECT r.* FROM record_entry_replies r WHERE r.family_id = $1 AND r.entry_id = ANY($2::uuid[]) ORDER BY r.created_at',
        [id, ids],
      );
      return { entries, versions: versions.rows, replies: replies.rows };
    } finally {
      client.release();
    }
  });
  app.get<{ Params: { id: string } }>('/bare/access-log/:id', async (request) => {
    const r = await pool.query(
      `SELECT a.id, a.occurred_at, a.action, a.actor_kind, a.actor_account_id, s.full_name AS staff_name, s.job_title,
         o.name AS organisation_name, p.full_name AS person_name, p.preferred_name
       FROM audit_events a LEFT JOIN staff s ON s.id = a.actor_staff_id LEFT JOIN organisations o ON o.id = s.organisation_id
       LEFT JOIN accounts acc ON acc.id = a.actor_account_id
       LEFT JOIN people p ON p.family_id = acc.family_id AND p.id = acc.person_id
       WHERE a.family_id = $1 AND a.outcome = 'allowed' ORDER BY a.occurred_at DESC, a.id DESC LIMIT 51`,
      [request.params.id],
    );
    return { items: r.rows };
  });
  return { app, close: () => pool.end() };
}

const server = flags.mode === 'bare' ? startBare() : await startApp();
const address = await server.app.listen({ host: '127.0.0.1', port: Number(flags.port) });
process.stdout.write(`${JSON.stringify({ url: address })}\n`);
const stop = async () => {
  await server.app.close();
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
