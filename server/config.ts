// Reads the environment once, with zod, into the typed settings the rest of the server uses.
import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_WORKING_TIME,
  isTimeZone,
  parseBankHolidays,
  parseWorkingDays,
  parseWorkingHours,
  type WorkingTime,
} from '../shared/domain/working-time.ts';
import { ConfigError, describeConfigIssues } from './config-messages.ts';
import { parseTrustProxy, type TrustProxy } from './http/trust-proxy.ts';
import type { MailSettings } from './mail/index.ts';

export { ConfigError };

const booleanish = z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']).transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/** A setting read by one of working-time.ts's parsers: its value, or its problem as the setting's issue. */
function parsedOr<T>(parsed: { value: T } | { problem: string }, ctx: z.RefinementCtx): T {
  if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
  return 'value' in parsed ? parsed.value : (undefined as T);
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  // With a server: the app's connections sign in as this role, not as the DATABASE_URL owner (README, Database roles).
  DATABASE_APP_USER: z.string().min(1).max(63).default('umbrella_app'),
  DATABASE_APP_PASSWORD: z.string().optional(),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(5_000),
  DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60_000),
  // Issue 20 (README, "Beyond one machine"). Where the app's connections go when a pooler stands in front of the server
  // (PgBouncer in transaction mode); migrations and scripts still use DATABASE_URL.
  DATABASE_POOLER_URL: z.string().url().optional(),
  // named: each statement prepared once per connection (fastest, direct to PostgreSQL); unnamed: parsed every time, as a
  // pooler in transaction mode needs (PgBouncer before 1.21 cannot keep named statements across its connections).
  DATABASE_PREPARED_STATEMENTS: z.enum(['named', 'unnamed']).optional(),
  // A streaming-replication standby of DATABASE_URL's server: audited reads go there (README, "A hot standby for reads").
  DATABASE_REPLICA_URL: z.string().url().optional(),
  // Reads go back to the primary while the standby is further behind than this.
  DATABASE_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  DATA_DIR: z.string().default('./data'),
  LOAD_DEMO: booleanish.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  AUDIT_STREAMS: z.coerce.number().int().min(1).max(1024).default(32),
  AUDIT_KEY: z.string().min(32).optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  // How long a family's care team may still read its record after the work with the family is closed (issue 13 §8).
  CLOSED_FAMILY_READ_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  // How long a contingency carer has to say whether they can look after the children once a crisis plan starts, before
  // the children's key worker is told (issue 14 §3).
  CRISIS_CARER_ANSWER_HOURS: z.coerce.number().min(0.25).max(72).default(2),
  // How long a referral may be sent or on a waiting list, with no news, before its referrer is reminded to chase (issue 15 §3).
  REFERRAL_CHASE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TEAM_VIEW_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  // Working time (issue 14): when a request for help is acknowledged by, and when a screen counts as out of hours.
  WORKING_HOURS: z
    .string()
    .transform((v, ctx) => parsedOr(parseWorkingHours(v), ctx))
    .default({ opensAt: DEFAULT_WORKING_TIME.opensAt, closesAt: DEFAULT_WORKING_TIME.closesAt }),
  WORKING_DAYS: z
    .string()
    .transform((v, ctx) => parsedOr(parseWorkingDays(v), ctx))
    .default([...DEFAULT_WORKING_TIME.days]),
  WORKING_TIME_ZONE: z.string().refine(isTimeZone, 'must be a time zone like Europe/London').default(DEFAULT_WORKING_TIME.timeZone),
  // Replaces the list (England and Wales, 2026 and 2027): give every bank holiday, comma-separated.
  BANK_HOLIDAYS: z
    .string()
    .transform((v, ctx) => parsedOr(parseBankHolidays(v), ctx))
    .default([...DEFAULT_WORKING_TIME.bankHolidays]),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  // Browsers treat http://localhost as secure, so __Host- cookies work there too; switch off only
  // for plain http on another host name in a test lab.
  COOKIE_SECURE: booleanish.default(true),
  // Only the proxies named here may say who the client is (X-Forwarded-For); by default nobody may.
  TRUST_PROXY: z
    .string()
    .transform((v, ctx): TrustProxy => {
      const parsed = parseTrustProxy(v);
      if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
      return 'value' in parsed ? parsed.value : false;
    })
    .default(false),
  // Mail (README, Mail): with no SMTP_HOST, messages stay in the outbox and their links are printed to the log.
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (port 587).
  SMTP_SECURE: booleanish.default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('Umbrella <no-reply@localhost>'),
  // The address people open Umbrella at: every link in a message starts with it.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** With a server: the role the app's connections sign in as, and its password (none: PGPASSWORD or ~/.pgpass). */
  databaseAppUser: string;
  databaseAppPassword: string | undefined;
  /** Issue 20: a pooler the app's connections go through instead of DATABASE_URL's server (migrations never do). */
  databasePoolerUrl: string | undefined;
  /** Named statements are prepared once per connection; unnamed ones suit a pooler in transaction mode. */
  databasePreparedStatements: 'named' | 'unnamed';
  /** A hot standby for the audited reads, and how far behind it may be before reads go to the primary. */
  databaseReplicaUrl: string | undefined;
  databaseReplicaMaxLagMs: number;
  /** Limits on the app's server connections, in ms (0: PostgreSQL's own setting). */
  databaseTimeouts: { statementMs: number; lockMs: number; idleInTransactionMs: number };
  dataDir: string;
  loadDemo: boolean;
  logLevel: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  auditStreams: number;
  /** AUDIT_KEY; without it embedded mode keeps a key file in the data folder, and a server refuses to start. */
  auditKey: string | undefined;
  /** NODE_ENV=development was set, not defaulted: the only case where a server may use the published development key. */
  developmentChosen: boolean;
  /** Where the signed checkpoints of the audit chains are appended, outside the database. */
  auditCheckpointFile: string;
  auditCheckpointMs: number;
  webDistDir: string;
  cookieSecure: boolean;
  /** Fastify's `trustProxy`: which proxies' X-Forwarded-For decides the client's address. */
  trustProxy: TrustProxy;
  /** How messages leave: SMTP when SMTP_HOST is set, otherwise held in the outbox. */
  mail: MailSettings;
  /** Days the care team still reads a family after its involvement is closed (fixed for each family when it closes). */
  /** How long a team's counts of needs are kept before they are counted again (issue 15 §4); 0: every time. */
  teamViewCacheSeconds: number;
  closedFamilyReadDays: number;
  crisisCarerAnswerHours: number;
  /** Days a referral waits (sent or on a waiting list) before its referrer is reminded to chase, once per status date. */
  referralChaseDays: number;
  /** Working hours, days, time zone and bank holidays: acknowledgement targets and "out of hours" for requests for help. */
  workingTime: WorkingTime;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`).
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(describeConfigIssues(EnvSchema.shape, parsed.error.issues, present).join('\n'));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.SMTP_HOST && !e.PUBLIC_URL) {
    throw new ConfigError(
      'PUBLIC_URL is not set, but SMTP_HOST is: links in the messages sent would point at this machine. Set PUBLIC_URL to the address people open Umbrella at, such as https://umbrella.example.org',
    );
  }
  for (const name of ['DATABASE_POOLER_URL', 'DATABASE_REPLICA_URL'] as const) {
    if (e[name] && !e.DATABASE_URL)
      throw new ConfigError(
        `${name} is set, but DATABASE_URL is not: it works only with a PostgreSQL server. Set DATABASE_URL to the server, or unset ${name}.`,
      );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppUser: e.DATABASE_APP_USER,
    databaseAppPassword: e.DATABASE_APP_PASSWORD,
    databasePoolerUrl: e.DATABASE_POOLER_URL,
    // Behind a pooler, unnamed unless told otherwise: PgBouncer before 1.21 fails at the first named statement.
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS ?? (e.DATABASE_POOLER_URL ? 'unnamed' : 'named'),
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    databaseReplicaMaxLagMs: e.DATABASE_REPLICA_MAX_LAG_MS,
    databaseTimeouts: {
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: e.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS,
    },
    dataDir: path.resolve(e.DATA_DIR),
    // The demo family is loaded unless switched off, and never by default in production.
    loadDemo: e.LOAD_DEMO ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'production' ? 'info' : 'warn'),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    auditStreams: e.AUDIT_STREAMS,
    auditKey: e.AUDIT_KEY,
    developmentChosen: present.NODE_ENV === 'development',
    // Beside the embedded data folder (not in it: the database can write files in its own folder); for a
    // server, in the working directory unless set.
    auditCheckpointFile: path.resolve(
      e.AUDIT_CHECKPOINT_FILE ?? (e.DATABASE_URL ? 'audit-checkpoints.jsonl' : `${path.resolve(e.DATA_DIR)}.audit-checkpoints.jsonl`),
    ),
    auditCheckpointMs: e.AUDIT_CHECKPOINT_MINUTES * 60_000,
    closedFamilyReadDays: e.CLOSED_FAMILY_READ_DAYS,
    teamViewCacheSeconds: e.TEAM_VIEW_CACHE_SECONDS,
    crisisCarerAnswerHours: e.CRISIS_CARER_ANSWER_HOURS,
    referralChaseDays: e.REFERRAL_CHASE_DAYS,
    workingTime: { timeZone: e.WORKING_TIME_ZONE, ...e.WORKING_HOURS, days: e.WORKING_DAYS, bankHolidays: e.BANK_HOLIDAYS },
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    mail: {
      smtp: e.SMTP_HOST
        ? { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD }
        : null,
      from: e.MAIL_FROM,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    },
  };
}
