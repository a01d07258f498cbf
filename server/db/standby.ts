// A hot standby for reads (issue 20 §2): the standby's own pool, a monitor that measures how far it is behind by WAL
// position, and the choice, per request, of where its audited reads run. Audit events and every change stay on the primary.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { appUrl, type DatabaseTimeouts, type Db, DEFAULT_TIMEOUTS } from './database.ts';
import { deferringBegin } from './pipelined-pool.ts';
import type { DB } from './schema.ts';

/** A WAL position as PostgreSQL writes it ("16/B374D848"), as one number. Undefined when it is not one. */
export function parseLsn(text: string | null | undefined): bigint | undefined {
  const match = text ? /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text) : null;
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** What the health endpoint says of the standby. */
export type StandbyStatus = {
  /** in_use: reads go there; behind: further behind than the limit; down: unreachable, or not a standby of this primary. */
  state: 'in_use' | 'behind' | 'down';
  /**
   * How old the data a read there shows may be: how long ago the primary was last seen no further than the standby is
   * now. About one check interval (100 ms) when the standby has replayed everything.
   */
  lagMs: number | null;
  lagBytes: number | null;
  maxLagMs: number;
  /** When the monitor last heard from both servers (ISO), and what went wrong when it could not. */
  checkedAt: string | null;
  problem: string | null;
};

/** What check() itself finds wrong: plain words without hosts or ports, shown by the health endpoint as they are. */
const OWN_FINDINGS = ['the primary did not give', 'it is not in recovery', 'it is a standby of another server'];

/** The primary's WAL position, and a time (performance.now(), which no clock change moves) when it was no further. */
type Sample = { at: number; lsn: bigint };
/**
 * At most this many of the primary's positions are kept while the standby is behind (100 s of them at 10 a second);
 * beyond that every other one is dropped. A dropped one can only make the lag measured later larger, never smaller.
 */
export const MAX_SAMPLES = 1_000;
/** The monitor's query to the standby gives up after this long: a standby that stops answering is then down. */
const CHECK_TIMEOUT_MS = 2_000;

export type StandbyOptions = {
  /** The standby, as the owner would reach it (same form as DATABASE_URL); the app signs in there as `appUser`. */
  url: string;
  appUser: string;
  appPassword?: string;
  timeouts?: DatabaseTimeouts;
  poolSize?: number;
  preparedStatements?: 'named' | 'unnamed';
  maxLagMs: number;
  /** How often both servers' WAL positions are read; 100 ms by default. */
  pollMs?: number;
};

/**
 * The standby and its monitor. The monitor reads the primary's WAL position and the standby's replayed position every
 * `pollMs`, keeping the primary's recent positions with the time each was read. The lag is how long ago the primary was
 * last seen no further than what the standby has replayed: a read there now shows data at most that old. It grows
 * between checks, so a monitor that stops hearing back (a check that hangs) stops sending reads there too.
 * (PostgreSQL's own `replay_lag` goes stale when replay stops, and `now() - pg_last_xact_replay_timestamp()` grows
 * while nothing is written: neither says how stale a read would be.)
 */
export class Standby {
  readonly db: Db;
  readonly pool: pg.Pool;
  readonly maxLagMs: number;
  /** Where a change of state is told, with the driver's own words (the app's log once it is built). */
  log: ((message: string) => void) | undefined;
  private samples: Sample[] = [];
  private replayed: bigint | undefined;
  /** When (performance.now()) the primary was last seen no further than `replayed`; undefined: not known. */
  private currentAt: number | undefined;
  private lagBytes: number | null = null;
  /** Counts markDown() calls: a check that began before one does not bring the standby back. */
  private downs = 0;
  private up = false;
  private checkedAt: number | null = null;
  private problem: string | null = 'not checked yet';
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private primaryId: string | undefined;
  private readonly pollMs: number;

  constructor(
    private readonly primary: Db,
    options: StandbyOptions,
  ) {
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.pool = new pg.Pool({
      connectionString: appUrl(options.url, options.appUser, options.appPassword),
      statement_timeout: timeouts.statementMs,
      lock_timeout: timeouts.lockMs,
      idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
      max: options.poolSize ?? 10,
      pipeline: true,
      // A standby that does not answer must not hold a request long: it falls back to the primary instead.
      connectionTimeoutMillis: 2_000,
      // A standby that vanishes from the network is noticed on idle connections too, not only when a read waits on one.
      keepAlive: true,
      options: '-c TimeZone=UTC',
    } as pg.PoolConfig);
    this.pool.on('error', () => {});
    this.db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool: deferringBegin(this.pool, { preparedStatements: options.preparedStatements }) }),
    });
    this.maxLagMs = options.maxLagMs;
    this.pollMs = options.pollMs ?? 100;
  }

  /** Starts the monitor; the first check is awaited, so the first request already knows where to read. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => {
      if (!this.polling) this.polling = this.check().finally(() => (this.polling = undefined));
    }, this.pollMs);
    this.timer.unref();
  }

  /** Reads both positions once. Any failure marks the standby down until a later check succeeds. */
  async check(): Promise<void> {
    const downs = this.downs;
    try {
      if (!this.primaryId) {
        const { rows } = await sql<{ id: string }>`SELECT system_identifier::text AS id FROM pg_control_system()`.execute(this.primary);
        this.primaryId = rows[0]?.id;
      }
      // Taken once a connection is in hand (a wait for one, on a busy app pool, is not lag) and before the primary is
      // asked: at this moment it was no further than the position it then gives.
      let askedAt = 0;
      const primary = await this.primary.connection().execute((connection) => {
        askedAt = performance.now();
        return sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(connection);
      });
      const standby = await this.pool.query<{ lsn: string | null; recovering: boolean; id: string }>({
        text: 'SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS recovering, (SELECT system_identifier::text FROM pg_control_system()) AS id',
        query_timeout: CHECK_TIMEOUT_MS,
      } as pg.QueryConfig);
      const row = standby.rows[0];
      const primaryLsn = parseLsn(primary.rows[0]?.lsn);
      const replayed = parseLsn(row?.lsn);
      if (primaryLsn === undefined) throw new Error('the primary did not give its WAL position');
      // A server that is not in recovery, or was copied from another cluster, is no standby of this primary: reading
      // there could show anything, so it is never used.
      if (!row?.recovering || replayed === undefined) throw new Error('it is not in recovery: it is no hot standby');
      if (row.id !== this.primaryId) throw new Error('it is a standby of another server (its system identifier differs)');
      // A read failed there while this check ran: it stays down until a check that starts after that failure.
      if (downs !== this.downs) return;
      this.observe(primaryLsn, replayed, askedAt);
      this.up = true;
      this.problem = null;
      this.checkedAt = Date.now();
    } catch (error) {
      const message = (error as Error).message || String(error);
      // Our own findings are plain and safe to show; a driver's error may name hosts and ports, so it is only logged.
      this.markDown(
        OWN_FINDINGS.some((f) => message.startsWith(f)) ? message : 'it could not be reached, or did not answer in time',
        message,
      );
    }
  }

  /** Records one check's positions: the primary at `lsn` no later than `at`, the standby replayed to `replayed`. */
  private observe(lsn: bigint, replayed: bigint, at: number): void {
    const last = this.samples.at(-1);
    // Another primary (a failover to a server further behind): its earlier positions say nothing of this one.
    if (last && lsn < last.lsn) this.samples = [];
    // The primary still at the same position: the later time is the better one (it was no further until then).
    if (last && lsn === last.lsn) last.at = at;
    else this.samples.push({ at, lsn });
    // Keep the newest position the standby has passed, and those it has not.
    while (this.samples.length > 1 && (this.samples[1] as Sample).lsn <= replayed) this.samples.shift();
    if (this.samples.length > MAX_SAMPLES)
      this.samples = this.samples.filter((_, i, all) => i === 0 || i === all.length - 1 || i % 2 === 0);
    const first = this.samples[0] as Sample;
    this.currentAt = first.lsn <= replayed ? first.at : undefined;
    this.lagBytes = lsn > replayed ? Number(lsn - replayed) : 0;
    this.replayed = replayed;
  }

  /** How old the data a read on the standby now shows may be, in ms; null when not known. */
  private lagMs(): number | null {
    return this.currentAt === undefined ? null : Math.max(0, Math.round(performance.now() - this.currentAt));
  }

  /** A read on the standby failed as if it were gone: reads go to the primary until the next check succeeds. */
  markDown(problem: string, detail?: string): void {
    if (this.up || this.problem !== problem)
      this.log?.(`The standby is not used for reads: ${problem}${detail && detail !== problem ? ` (${detail})` : ''}.`);
    this.downs++;
    this.up = false;
    this.problem = problem;
    this.replayed = undefined;
    this.currentAt = undefined;
    this.lagBytes = null;
    this.checkedAt = Date.now();
  }

  /**
   * Whether a read may run on the standby now, for a session whose last change left the primary at `written` (none:
   * it has changed nothing lately). The replayed position used is the last one seen, which can only be behind the
   * standby's real one, so the answer errs towards the primary.
   */
  usable(written: bigint | undefined): boolean {
    const lagMs = this.lagMs();
    if (!this.up || this.replayed === undefined || lagMs === null || lagMs > this.maxLagMs) return false;
    // Every standby connection busy and reads already queued: this one goes to the primary rather than wait (a wait
    // that timed out would count as the standby gone, and switch it off for everyone).
    if (this.pool.waitingCount > 0) return false;
    return written === undefined || this.replayed >= written;
  }

  status(): StandbyStatus {
    const lagMs = this.lagMs();
    return {
      state: !this.up ? 'down' : lagMs === null || lagMs > this.maxLagMs ? 'behind' : 'in_use',
      lagMs,
      lagBytes: this.lagBytes,
      maxLagMs: this.maxLagMs,
      checkedAt: this.checkedAt === null ? null : new Date(this.checkedAt).toISOString(),
      problem: this.problem,
    };
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
    await this.db.destroy();
  }
}

/** The primary's WAL position now: after a change has committed, a standby that has replayed this far shows it. */
export async function primaryPosition(primary: Db): Promise<bigint | undefined> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(primary);
  return parseLsn(rows[0]?.lsn);
}

/**
 * Whether an error from the standby means it cannot serve reads now (gone, restarting, or a query cancelled because
 * replay needed what it read): the read is run again on the primary. Any other error is the read's own.
 */
export function standbyUnavailable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH)$/.test(code)) return true;
  // 08: connection exceptions; 57P01–57P03: shut down, crashed, not yet accepting.
  if (/^(08|57P0[1-3])/.test(code)) return true;
  const message = (error as Error).message ?? '';
  // A recovery conflict: the standby cancelled the query, or ended the connection, to replay the primary's change. Its
  // code depends on the cause (40001 for a lock or snapshot, 40P01 for a buffer pin, 57P04 for a dropped database).
  if (/conflict with recovery/i.test(message)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message);
}
