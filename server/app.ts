// Composition root: the order of the request pipeline and every module's routes, in one readable place.
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { holdsPermission, type Permission } from './access/permissions.ts';
import { scopeFor } from './access/scope.ts';
import type { AuditLog } from './audit/audit-log.ts';
import type { Db } from './db/database.ts';
import { newId } from './db/ids.ts';
import { HttpError } from './http/errors.ts';
import './http/request-context.ts';
import { type CookieSettings, csrfMatches, registerAuthRoutes, resolveSession } from './modules/auth/index.ts';
import { registerCareTeamRoutes } from './modules/care-teams/index.ts';
import { registerConsentRoutes } from './modules/consents/index.ts';
import { registerFamiliesRoutes, registerFamilyEditRoutes } from './modules/families/index.ts';
import { registerGlossaryRoutes } from './modules/glossary/index.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { registerNotificationRoutes } from './modules/notifications/index.ts';
import { registerPlanRoutes } from './modules/plans/index.ts';
import { registerPortalRoutes } from './modules/portal/index.ts';
import { registerRecordRoutes } from './modules/records/index.ts';

export type AppOptions = {
  db: Db;
  audit: AuditLog;
  databaseMode: 'embedded' | 'server';
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookie?: CookieSettings;
  webDistDir?: string;
  logLevel?: string;
  /** Trust X-Forwarded-For from a load balancer in front of the app. */
  trustProxy?: boolean;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The permission table: every /api route and what it requires. A test snapshots it. */
export function routePermissions(app: FastifyInstance & { permissionTable?: Map<string, Permission> }) {
  return [...(app.permissionTable ?? new Map()).entries()].sort(([a], [b]) => a.localeCompare(b));
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel && options.logLevel !== 'silent' ? { level: options.logLevel } : false,
    genReqId: () => newId(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
  }) as FastifyInstance & { permissionTable?: Map<string, Permission> };
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form cannot send JSON without the browser asking us first.
  app.removeContentTypeParser('text/plain');

  const cookie: CookieSettings = options.cookie ?? { name: '__Host-umbrella-session', secure: true };
  const authDeps = {
    db: options.db,
    audit: options.audit,
    settings: { idleMs: options.sessionIdleMs, absoluteMs: options.sessionAbsoluteMs },
  };

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
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

  // Every /api route must say which permission it needs; a route without one stops start-up.
  const permissionTable = new Map<string, Permission>();
  app.permissionTable = permissionTable;
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.method === 'HEAD') return;
    const permission = (route.config as { permission?: Permission } | undefined)?.permission;
    if (!permission) throw new Error(`Route ${String(route.method)} ${route.url} does not declare a permission.`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) permissionTable.set(`${m} ${route.url}`, permission);
  });

  // One place builds the request context: session → actor → scope, then the permission and CSRF checks.
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api')) return;
    const ip = request.ip;
    const resolved = await resolveSession(authDeps, request.cookies[cookie.name], request.id, ip);
    request.ctx = {
      requestId: request.id,
      ip,
      actor: resolved.actor,
      scope: scopeFor(resolved.actor, request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write'),
      session: resolved.session,
      sessionEndedReason: resolved.endedReason,
      me: resolved.me,
    };
    const permission = (request.routeOptions.config as { permission?: Permission }).permission ?? 'public';
    const deny = async (status: 401 | 403, reason: string, message: string) => {
      await options.audit.recordAlone(options.db, {
        action: 'access.denied',
        outcome: 'denied',
        actor: resolved.actor,
        requestId: request.id,
        ip,
        details: { route: `${request.method} ${request.routeOptions.url}`, reason },
      });
      throw new HttpError(status, status === 401 ? 'signed_out' : 'forbidden', message);
    };

    if (UNSAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (origin && origin !== `${request.protocol}://${request.host}`) {
        await deny(403, 'cross_origin', 'This request came from another website and was refused.');
      }
      if (resolved.session && !csrfMatches(resolved.session.csrfToken, request.headers['x-csrf-token'] as string | undefined)) {
        await deny(403, 'csrf', 'This page is out of date. Reload it and try again; nothing you saved has been lost.');
      }
    }
    if (permission === 'session.own' && !resolved.session) {
      await deny(401, 'no_session', 'You are not signed in.');
    }
    if (!holdsPermission(resolved.actor, permission)) {
      if (resolved.actor.kind === 'anonymous') {
        const message =
          resolved.endedReason === 'idle_timeout'
            ? 'You were signed out because you had not used Umbrella for a while. Please sign in again.'
            : resolved.endedReason === 'absolute_timeout'
              ? 'You were signed out because you have been signed in for a long time. Please sign in again.'
              : 'Please sign in to continue.';
        await deny(401, resolved.endedReason ?? 'not_signed_in', message);
      }
      await deny(403, 'missing_permission', 'Your role does not allow this. Ask your team manager if you think it should.');
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ ...error.extra, error: error.code, message: error.message, fields: error.fields });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const key =
          String(v.instancePath || '/')
            .replace(/^\//, '')
            .replace(/\//g, '.') || 'body';
        fields[key] = v.message ?? 'This is not valid';
      }
      return reply.code(400).send({ error: 'invalid_input', message: 'Some answers need correcting: see each field.', fields });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'bad_request', message: (error as Error).message });
    }
    request.log.error(error);
    return reply.code(500).send({
      error: 'server_error',
      message: 'Something went wrong on our side. Nothing you had saved has been lost. Please try again in a moment.',
    });
  });

  registerHealthRoutes(app, { db: options.db, databaseMode: options.databaseMode });
  registerAuthRoutes(app, { ...authDeps, cookie });
  registerFamiliesRoutes(app, { db: options.db, audit: options.audit });
  registerFamilyEditRoutes(app, { db: options.db, audit: options.audit });
  registerCareTeamRoutes(app, { db: options.db, audit: options.audit });
  registerRecordRoutes(app, { db: options.db, audit: options.audit });
  registerPortalRoutes(app, { db: options.db, audit: options.audit });
  registerNotificationRoutes(app, { db: options.db });
  registerGlossaryRoutes(app, { db: options.db, audit: options.audit });
  registerConsentRoutes(app, { db: options.db, audit: options.audit });
  registerPlanRoutes(app, { db: options.db, audit: options.audit });
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  // The built web app, with every non-API path answered by index.html so deep links work.
  const webDir = options.webDistDir;
  const hasWeb = webDir && fs.existsSync(path.join(webDir, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
  // preCompressed: the build writes .br and .gz beside each file (scripts/precompress.ts); send the one the browser accepts.
  if (hasWeb) await app.register(fastifyStatic, { root: webDir, wildcard: true, index: ['index.html'], preCompressed: true });
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api') && request.method === 'GET' && hasWeb) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', message: 'We could not find that page.' });
  });
  return app;
}
