// Starts a whole Umbrella server from a config: database, migrations, audit key, demo data, app, audit checkpoints.
// Used by main.ts and by tests that need a real listening server.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { loadAuditKey } from './audit/audit-key.ts';
import { createAuditLog } from './audit/audit-log.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { Standby } from './db/standby.ts';
import { startAuditCheckpoints, startJobs, writeFirstCheckpoint } from './jobs/scheduler.ts';
import type { MailDispatcher } from './mail/index.ts';
import { seedGlossary } from './modules/glossary/index.ts';
import { loadDemoCaseload, loadDemoFeedbackAsk } from './seeds/demo-caseload.ts';
import { loadDemoFamily } from './seeds/demo-family.ts';

export type RunningUmbrella = {
  app: FastifyInstance;
  database: Database;
  /** The hot standby reads go to (DATABASE_REPLICA_URL), when there is one. */
  standby?: Standby;
  url: string;
  stop(): Promise<void>;
};

export function databaseOptions(config: Config) {
  return config.databaseUrl
    ? ({
        kind: 'server',
        url: config.databaseUrl,
        appUser: config.databaseAppUser,
        appPassword: config.databaseAppPassword,
        timeouts: config.databaseTimeouts,
        poolerUrl: config.databasePoolerUrl,
        preparedStatements: config.databasePreparedStatements,
      } as const)
    : ({ kind: 'embedded', dataDir: config.dataDir } as const);
}

export async function startUmbrella(config: Config): Promise<RunningUmbrella> {
  const keyOptions = { envKey: config.auditKey, developmentChosen: config.developmentChosen };
  // A server without AUDIT_KEY is refused before the database is touched.
  const serverKey = config.databaseUrl ? loadAuditKey(keyOptions) : undefined;
  const database = await openDatabase(databaseOptions(config));
  let standby: Standby | undefined;
  try {
    if (config.databaseUrl && config.databaseReplicaUrl) {
      standby = new Standby(database.db, {
        url: config.databaseReplicaUrl,
        appUser: config.databaseAppUser,
        appPassword: config.databaseAppPassword,
        timeouts: config.databaseTimeouts,
        preparedStatements: config.databasePreparedStatements,
        maxLagMs: config.databaseReplicaMaxLagMs,
      });
      // A standby that is down at start does not stop it: reads go to the primary until it answers.
      await standby.start();
    }
    const key = serverKey ?? loadAuditKey({ ...keyOptions, dataDir: config.dataDir });
    const audit = createAuditLog({ key, streams: config.auditStreams, checkpointFile: config.auditCheckpointFile });
    await seedGlossary(database.db);
    if (config.loadDemo) {
      await loadDemoFamily(database.db, audit);
      // The rest of Angela's team's caseload, so her insights have numbers to show (issue 18 §2); never in the API tests.
      await loadDemoCaseload(database.db);
      await loadDemoFeedbackAsk(database.db);
    }
    const app = await buildApp({
      db: database.db,
      audit,
      databaseMode: database.mode,
      standby,
      sessionChanges: database.sessionChanges,
      sessionIdleMs: config.sessionIdleMs,
      sessionAbsoluteMs: config.sessionAbsoluteMs,
      webDistDir: config.webDistDir,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
      closedFamilyReadDays: config.closedFamilyReadDays,
      teamViewCacheSeconds: config.teamViewCacheSeconds,
      workingTime: config.workingTime,
      mail: config.mail,
      cookie: config.cookieSecure ? { name: '__Host-umbrella-session', secure: true } : { name: 'umbrella-session', secure: false },
    });
    // The first checkpoint of the audit log before anyone is served: a file that cannot be written stops start-up.
    await writeFirstCheckpoint(database.db, audit, config.auditCheckpointFile, (m) => app.log.error(m));
    if (standby) standby.log = (m) => app.log.warn(m);
    const address = await app.listen({ port: config.port, host: config.host });
    const stopJobs = startJobs(database.db, audit, (m) => app.log.error(m), undefined, {
      mail: (app as typeof app & { mailDispatcher?: MailDispatcher }).mailDispatcher,
      settings: { crisisCarerAnswerHours: config.crisisCarerAnswerHours, referralChaseDays: config.referralChaseDays },
    });
    const stopCheckpoints = startAuditCheckpoints(database.db, audit, (m) => app.log.error(m), config.auditCheckpointMs);
    let stopped = false;
    return {
      app,
      database,
      standby,
      url: address,
      async stop() {
        if (stopped) return;
        stopped = true;
        stopJobs();
        await stopCheckpoints();
        await app.close();
        // The last checkpoint once every request has finished, so it holds their events.
        await audit.writeCheckpoint(database.db, 'shutdown').catch((e) => app.log.error(`The last audit checkpoint failed: ${e.message}`));
        await standby?.close();
        await database.close();
      },
    };
  } catch (error) {
    await standby?.close();
    await database.close();
    throw error;
  }
}
