// Composition root: the order of the request pipeline and every module's routes, in one readable place.
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import pino from 'pino';
import { DEFAULT_WORKING_TIME, type WorkingTime } from '../shared/domain/working-time.ts';
import type { Permission } from './access/permissions.ts';
import type { AuditLog } from './audit/audit-log.ts';
import type { ListenConnection } from './db/change-listener.ts';
import type { Db } from './db/database.ts';
import { newId } from './db/ids.ts';
import type { Standby } from './db/standby.ts';
import { errorHandler, registerNotFound } from './http/error-handler.ts';
import { registerReadYourWrites } from './http/read-your-writes.ts';
import { registerRequestPipeline } from './http/request-pipeline.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import type { TrustProxy } from './http/trust-proxy.ts';
import { createMailDispatcher, type MailDispatcher, type MailSettings } from './mail/index.ts';
import { registerAccountRoutes, withoutTokens } from './modules/accounts/index.ts';
import { registerAdminRoutes } from './modules/admin/index.ts';
import { registerAppointmentRoutes } from './modules/appointments/index.ts';
import { type CookieSettings, registerAuthRoutes } from './modules/auth/index.ts';
import { SessionCache } from './modules/auth/session-cache.ts';
import { registerCareTeamRoutes } from './modules/care-teams/index.ts';
import { registerCheckInRoutes } from './modules/check-ins/index.ts';
import { registerConsentRoutes } from './modules/consents/index.ts';
import { registerEmergencyAccessRoutes } from './modules/emergency-access/index.ts';
import { registerEquityRoutes } from './modules/equity/index.ts';
import { registerFamiliesRoutes, registerFamilyEditRoutes } from './modules/families/index.ts';
import { registerFamilyAccountRoutes } from './modules/family-accounts/index.ts';
import { registerFeedbackRoutes } from './modules/feedback/index.ts';
import { registerFhirRoutes } from './modules/fhir/index.ts';
import { registerGlossaryRoutes } from './modules/glossary/index.ts';
import { registerGovernanceRoutes } from './modules/governance/index.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { registerHelpRoutes } from './modules/help/index.ts';
import { registerInsightsRoutes } from './modules/insights/index.ts';
import { registerIntakeRoutes } from './modules/intake/index.ts';
import { registerInvolvementRoutes } from './modules/involvement/index.ts';
import { meetingRecordRoutes, registerMeetingRoutes } from './modules/meetings/index.ts';
import { registerNotificationRoutes } from './modules/notifications/index.ts';
import { registerOverrideRoutes } from './modules/overrides/index.ts';
import { registerPlanRoutes } from './modules/plans/index.ts';
import { registerPortalRoutes } from './modules/portal/index.ts';
import { registerRecordRoutes } from './modules/records/index.ts';
import { registerSubjectAccessRoutes } from './modules/subject-access/index.ts';
import { registerSupervisionRoutes } from './modules/supervision/index.ts';
import { registerSupportRoutes } from './modules/support/index.ts';
import { registerKeptWordsRoutes } from './modules/words/index.ts';

export type AppOptions = {
  db: Db;
  audit: AuditLog;
  databaseMode: 'embedded' | 'server';
  /** Issue 20: a hot standby for the audited reads (DATABASE_REPLICA_URL), already started. */
  standby?: Standby;
  /**
   * Issue 22: a connection to listen for changes to sessions on (Database.sessionChanges, server only), so that the
   * sessions this instance has read are kept while unchanged (modules/auth/session-cache.ts). Without it every request
   * reads its session.
   */
  sessionChanges?: ListenConnection;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookie?: CookieSettings;
  webDistDir?: string;
  logLevel?: string;
  /** Where log lines go when not standard output (the benchmarks: production's log level, written to a file). */
  logFile?: string;
  /** Which proxies in front of the app may say who the client is (X-Forwarded-For): TRUST_PROXY. */
  trustProxy?: TrustProxy;
  /** Days the care team still reads a family after its involvement is closed: CLOSED_FAMILY_READ_DAYS (default 90). */
  closedFamilyReadDays?: number;
  /** Issue 15 §4: seconds a team's counts of needs are kept; 0 (the default, and the tests'): counted every time. */
  teamViewCacheSeconds?: number;
  /** Mail: when given, a dispatcher sends the outbox (SMTP) or holds it and logs each link; tests leave it out. */
  mail?: MailSettings;
  /** Working hours, days and bank holidays for requests for help (WORKING_HOURS …; default 09:00–17:00 Mon–Fri, London). */
  workingTime?: WorkingTime;
  /** The clock requests for help are timed by; tests give their own. */
  now?: () => Date;
};

/** The permission table: every /api route and what it requires. A test snapshots it. */
export function routePermissions(app: FastifyInstance & { permissionTable?: Map<string, Permission> }) {
  return [...(app.permissionTable ?? new Map()).entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * One log line per request, Fastify's "request completed" (with the method, the path without tokens, the status and
 * the time), not also its "incoming request": at production's level that halves the cost of logging (issue 22).
 */
class OneLinePerRequest extends LogController {
  override incomingRequest() {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const logging = Boolean(options.logLevel && options.logLevel !== 'silent');
  // Lines gathered into writes of 4 KiB, not one write per line: a write to the log per request was as much work as
  // the request's own statements (issue 22). They are written out at least every 250 ms, when the app closes and when
  // the process exits; a process killed outright loses at most those last lines (never the audit log, in the database).
  const logStream = logging ? pino.destination({ dest: options.logFile ?? 1, minLength: 4096, sync: false }) : undefined;
  const app = Fastify({
    logger:
      logging && options.logLevel
        ? {
            level: options.logLevel,
            stream: logStream,
            // A path may carry a one-time token (/welcome/…, /reset-password/…): it is never written to the log.
            serializers: { req: (q) => ({ method: q.method, url: withoutTokens(q.url), remoteAddress: q.ip }) },
          }
        : false,
    genReqId: () => newId(),
    logController: new OneLinePerRequest(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
  }) as FastifyInstance & { permissionTable?: Map<string, Permission> };
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form cannot send JSON without the browser asking us first.
  app.removeContentTypeParser('text/plain');

  const cookie: CookieSettings = options.cookie ?? { name: '__Host-umbrella-session', secure: true };
  const sessions = options.sessionChanges ? new SessionCache(options.sessionChanges, (m) => app.log.warn(m)) : undefined;
  await sessions?.start();
  app.addHook('onClose', async () => sessions?.close());
  // For tests: whether it is listening, and how often a kept session was used.
  (app as FastifyInstance & { sessionCache?: SessionCache }).sessionCache = sessions;
  const authDeps = {
    db: options.db,
    audit: options.audit,
    settings: { idleMs: options.sessionIdleMs, absoluteMs: options.sessionAbsoluteMs },
    sessions,
  };

  await app.register(fastifyCookie);
  registerSecurityHeaders(app);
  // The log's lines, written out at least every quarter of a second, so a line (a mail link kept in the outbox, a
  // warning) is never held for long; and when the app closes, after which a log file of its own is closed too.
  const flushing = logStream ? setInterval(() => logStream.flush(), 250).unref() : undefined;
  app.addHook('onClose', (_instance, done) => {
    clearInterval(flushing);
    if (!logStream) return done();
    logStream.flush(() => {
      if (options.logFile) logStream.end();
      done();
    });
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Umbrella API', description: 'The shared family recovery record.', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: cookie.name },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  // Session → actor → scope, origin, CSRF and permission, decided by the matched route (server/http/).
  app.permissionTable = registerRequestPipeline(app, { ...authDeps, cookieName: cookie.name });
  if (options.standby) registerReadYourWrites(app, { primary: options.db, standby: options.standby, cookie });
  app.setErrorHandler(errorHandler({ db: options.db, audit: options.audit }));

  registerHealthRoutes(app, { db: options.db, databaseMode: options.databaseMode, standby: options.standby });
  registerAuthRoutes(app, { ...authDeps, cookie });
  registerAccountRoutes(app, { db: options.db, audit: options.audit });
  registerFamiliesRoutes(app, { db: options.db, audit: options.audit });
  registerFamilyEditRoutes(app, { db: options.db, audit: options.audit });
  registerCareTeamRoutes(app, { db: options.db, audit: options.audit });
  registerRecordRoutes(app, { db: options.db, audit: options.audit });
  registerPortalRoutes(app, { db: options.db, audit: options.audit });
  registerNotificationRoutes(app, { db: options.db });
  registerGlossaryRoutes(app, { db: options.db, audit: options.audit });
  registerConsentRoutes(app, { db: options.db, audit: options.audit });
  registerOverrideRoutes(app, { db: options.db, audit: options.audit });
  registerEmergencyAccessRoutes(app, { db: options.db, audit: options.audit });
  registerGovernanceRoutes(app, { db: options.db, audit: options.audit });
  registerSubjectAccessRoutes(app, { db: options.db, audit: options.audit });
  registerPlanRoutes(app, { db: options.db, audit: options.audit });
  registerCheckInRoutes(app, { db: options.db, audit: options.audit });
  registerSupportRoutes(app, { db: options.db, audit: options.audit }, { teamViewCacheSeconds: options.teamViewCacheSeconds ?? 0 });
  // Beside the team's view of the gap (registerTeamNeedsViewRoutes, in support): the team's counts of words kept as written.
  registerKeptWordsRoutes(app, { db: options.db, audit: options.audit });
  registerAdminRoutes(app, { db: options.db, audit: options.audit });
  registerIntakeRoutes(app, { db: options.db, audit: options.audit });
  registerFamilyAccountRoutes(app, { db: options.db, audit: options.audit });
  registerInvolvementRoutes(app, { db: options.db, audit: options.audit, closedFamilyReadDays: options.closedFamilyReadDays ?? 90 });
  registerHelpRoutes(app, {
    db: options.db,
    audit: options.audit,
    workingTime: options.workingTime ?? DEFAULT_WORKING_TIME,
    now: options.now ?? (() => new Date()),
  });
  registerAppointmentRoutes(app, { db: options.db, audit: options.audit, now: options.now ?? (() => new Date()) });
  // Meetings (issue 17 §2): before it (arranging, views, reports) and its record (attendance, decisions, actions, minutes).
  const meetingDeps = { db: options.db, audit: options.audit, now: options.now ?? (() => new Date()) };
  registerMeetingRoutes(app, meetingDeps);
  meetingRecordRoutes(app, meetingDeps);
  // Issue 18 (P15): a learning organisation. The family's feedback, equity answers, insights, reflective supervision.
  // -- feedback routes --
  registerFeedbackRoutes(app, { db: options.db, audit: options.audit, now: options.now ?? (() => new Date()) });
  // -- equity routes --
  registerEquityRoutes(app, { db: options.db, audit: options.audit });
  // -- insights routes --
  registerInsightsRoutes(app, { db: options.db, audit: options.audit });
  // -- supervision routes --
  registerSupervisionRoutes(app, {
    db: options.db,
    audit: options.audit,
    workingTime: options.workingTime ?? DEFAULT_WORKING_TIME,
    now: options.now ?? (() => new Date()),
  });
  // -- fhir routes --
  registerFhirRoutes(app, {
    db: options.db,
    audit: options.audit,
    fhirBase: `${(options.mail?.publicUrl ?? 'http://localhost:4000').replace(/\/+$/, '')}/fhir`,
  });
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  // The built web app, with every non-API path answered by index.html so deep links work.
  const webDir = options.webDistDir;
  const hasWeb = webDir && fs.existsSync(path.join(webDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  // preCompressed: the build writes .br and .gz beside each file (scripts/precompress.ts); send the one the browser accepts.
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: true, index: ['index.html'], preCompressed: true });
  registerNotFound(app, { hasWeb: Boolean(hasWeb) });
  if (options.mail) {
    const dispatcher = createMailDispatcher({ db: options.db, settings: options.mail, log: (m) => app.log.warn(m) });
    (app as FastifyInstance & { mailDispatcher?: MailDispatcher }).mailDispatcher = dispatcher;
    app.addHook('onClose', () => dispatcher.stop());
  }
  return app;
}
