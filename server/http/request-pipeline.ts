// The request pipeline every API route goes through: session → actor → scope, then the origin, CSRF and
// permission checks, every denial audited. It is decided by the route that matched (its declared
// permission), never by the raw URL: the router decodes `/%61pi/staff` to `/api/staff`, a string test would not.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BACKGROUND_REQUEST_HEADER } from '../../shared/contracts/headers.ts';
import { holdsPermission, type Permission } from '../access/permissions.ts';
import { scopeFor } from '../access/scope.ts';
import { type AuthDeps, csrfMatches, resolveSession } from '../modules/auth/index.ts';
import { badRequest, HttpError } from './errors.ts';
import './request-context.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type PermissionTable = Map<string, Permission>;
export type PipelineDeps = AuthDeps & { cookieName: string };

/** Whether a path (as sent, percent-encoded or not) is under /api: for answers that have no matched route. */
export function isApiPath(url: string): boolean {
  const raw = url.split('?')[0] ?? '';
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: judge the path as sent.
  }
  return decoded.toLowerCase().startsWith('/api');
}

/** The permission the matched route declared; undefined for the web app's files and the not-found answer. */
export function routePermission(request: FastifyRequest): Permission | undefined {
  return request.routeOptions.config?.permission;
}

/**
 * Registers the pipeline on `app`: the start-up check that every /api route declares a permission (and the
 * table a test snapshots), the per-request context and checks, and `Cache-Control: no-store` on every API answer.
 */
export function registerRequestPipeline(app: FastifyInstance, deps: PipelineDeps): PermissionTable {
  const permissionTable: PermissionTable = new Map();
  app.addHook('onRoute', (route) => {
    if (route.method === 'HEAD') return;
    const permission = route.config?.permission;
    if (!route.url.startsWith('/api') && !permission) return;
    if (!permission) throw new Error(`Route ${String(route.method)} ${route.url} does not declare a permission.`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods) permissionTable.set(`${m} ${route.url}`, permission);
  });

  // Before the body is validated: someone who may not use a route learns nothing from its validation errors.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const permission = routePermission(request);
    if (!permission) {
      // Fail closed: a matched API route without a permission must never run its handler.
      if (request.routeOptions.url && isApiPath(request.routeOptions.url)) throw new Error(`No permission on ${request.routeOptions.url}`);
      return;
    }
    await buildContextAndCheck(deps, request, permission);
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    if (routePermission(request)) refuseNulBytes(request);
  });

  // Family data must not stay in a browser's or a proxy's cache; the simplest true rule is every API answer.
  app.addHook('onSend', async (request, reply, payload) => {
    if (routePermission(request) || isApiPath(request.url)) reply.header('cache-control', 'no-store');
    return payload;
  });
  return permissionTable;
}

async function buildContextAndCheck(deps: PipelineDeps, request: FastifyRequest, permission: Permission) {
  const ip = request.ip;
  // The web app marks its own polling (notifications, the idle check) so that it does not count as use.
  const background = request.headers[BACKGROUND_REQUEST_HEADER] === '1';
  const resolved = await resolveSession(deps, request.cookies[deps.cookieName], request.id, ip, { background });
  request.ctx = {
    requestId: request.id,
    ip,
    actor: resolved.actor,
    scope: scopeFor(resolved.actor, request.method === 'GET' || request.method === 'HEAD' ? 'read' : 'write'),
    session: resolved.session,
    sessionEndedReason: resolved.endedReason,
    me: resolved.me,
  };
  const deny = async (status: 401 | 403, reason: string, message: string) => {
    await deps.audit.recordAlone(deps.db, {
      action: 'access.denied',
      outcome: 'denied',
      actor: resolved.actor,
      requestId: request.id,
      ip,
      details: { route: `${request.method} ${request.routeOptions.url}`, reason },
    });
    throw new HttpError(status, status === 401 ? 'signed_out' : 'forbidden', message);
  };

  if (UNSAFE_METHODS.has(request.method) || request.routeOptions.config.writesOnGet) {
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
}

/**
 * PostgreSQL cannot store a NUL character in text or JSON: refused here for every route's body, query and path, with
 * the field named, so no contract can forget it and nothing half-written reaches the database.
 */
function refuseNulBytes(request: FastifyRequest) {
  const field = nulField(request.body, '') ?? nulField(request.query, '') ?? nulField(request.params, '');
  if (field !== null) {
    const name = field || 'body';
    throw badRequest('Some answers need correcting: see each field.', { [name]: 'Remove the hidden control character from this text' });
  }
}

function nulField(value: unknown, at: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at : null;
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('\u0000')) return at ? `${at}.${key.replaceAll('\u0000', '')}` : 'body';
    const found = nulField(inner, at ? `${at}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
