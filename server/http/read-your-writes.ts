// Issue 20 §2: a session reads its own writes. After a change, the answer carries a cookie with the primary's WAL
// position; the session's reads stay on the primary until the standby has replayed that far. Held by the browser, so it
// holds across app instances with no shared memory; someone who alters it only sends their own reads to the primary.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { formatLsn, parseLsn, primaryPosition, type Standby } from '../db/standby.ts';
import { routePermission } from './request-pipeline.ts';

const READS = new Set(['GET', 'HEAD']);
/** Longer than any lag a standby is used with (DATABASE_REPLICA_MAX_LAG_MS is at most 10 minutes). */
const WRITTEN_COOKIE_SECONDS = 15 * 60;
/** Written when the primary's position could not be read: not a position, so the session reads from the primary. */
const UNKNOWN = 'unknown';

export type ReadYourWritesDeps = { primary: Db; standby: Standby; cookie: { secure: boolean } };

export function writtenCookieName(secure: boolean): string {
  return secure ? '__Host-umbrella-written' : 'umbrella-written';
}

/** A change, for this purpose: a route that may change something (as the pipeline's CSRF check counts them). */
function changes(request: FastifyRequest): boolean {
  return !READS.has(request.method) || request.routeOptions.config?.writesOnGet === true;
}

/**
 * Whose changes are recorded: a signed-in session's, on a route that is not public. The position is how much the
 * primary has written; between two answers, how much those requests wrote. A public route's answer must not carry
 * it: a password reset for an account that exists writes a link and a letter, one for a name that does not writes
 * neither, and that route's same answer and same pace exist so that nobody can tell which. What a public route
 * writes is never read back through the standby anyway (sign-in, the session: always the primary).
 */
function recorded(request: FastifyRequest): boolean {
  const permission = routePermission(request);
  return permission !== undefined && permission !== 'public' && request.ctx?.session?.stage === 'signed_in';
}

export function registerReadYourWrites(app: FastifyInstance, deps: ReadYourWritesDeps) {
  const name = writtenCookieName(deps.cookie.secure);
  // After the pipeline built the context (preValidation), before the handler reads anything.
  app.addHook('preHandler', async (request) => {
    if (!routePermission(request) || changes(request) || !request.ctx) return;
    const sent = request.cookies[name];
    const written = sent === undefined ? undefined : parseLsn(sent);
    // A cookie that is not a position (UNKNOWN, or altered) counts as a change just made: read from the primary.
    if (sent !== undefined && written === undefined) return;
    if (deps.standby.usable(written)) request.ctx.standby = deps.standby;
  });
  // Once the change has committed (the handler has returned), before the answer leaves.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!recorded(request) || !changes(request) || reply.statusCode >= 400) return payload;
    const position = await primaryPosition(deps.primary).catch(() => undefined);
    reply.setCookie(name, position === undefined ? UNKNOWN : formatLsn(position), {
      path: '/',
      httpOnly: true,
      secure: deps.cookie.secure,
      sameSite: 'strict',
      maxAge: WRITTEN_COOKIE_SECONDS,
    });
    return payload;
  });
}
