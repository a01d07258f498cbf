// How a failed request is answered: HttpErrors with their plain message, contract errors with each field
// named, a database that did not answer in time as a kind 503 (audited), anything unexpected as a kind 500
// with nothing leaked; and the not-found answer for API and web paths.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { HttpError } from './errors.ts';
import { isApiPath } from './request-pipeline.ts';

/** The database's limits (db/database.ts DatabaseTimeouts) by SQLSTATE: the statement was cancelled, nothing kept. */
const TIMEOUTS = {
  '57014': 'statement_timeout',
  '55P03': 'lock_timeout',
  '25P03': 'idle_in_transaction_timeout',
} as const;
type TimeoutReason = (typeof TIMEOUTS)[keyof typeof TIMEOUTS];

/** Why the database did not answer in time, if that is what this error (or one it wraps) says. */
export function databaseTimeout(error: unknown): TimeoutReason | 'no_connection' | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(TIMEOUTS, code)) return TIMEOUTS[code as keyof typeof TIMEOUTS];
    // pg's pool, after connectionTimeoutMillis without a free connection.
    if ((e as Error).message === 'timeout exceeded when trying to connect') return 'no_connection';
  }
  return undefined;
}

export const BUSY_MESSAGE = 'Umbrella is very busy and could not finish this in time, so nothing was saved. Please try again in a minute.';

/**
 * The request pipeline's error handler. With `deps`, a database timeout is written to the audit log (its own short
 * transaction, after the failed one rolled back) and to the server's log, then answered 503 with Retry-After.
 */
export function errorHandler(deps?: { db: Db; audit: AuditLog }) {
  return async (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    const reason = databaseTimeout(error);
    if (reason) {
      request.log.warn({ err: error, reason }, `The database did not answer in time (${reason}): answered 503, nothing saved`);
      // Without a free connection there is none to write the event with either: the log line is the record.
      if (deps && reason !== 'no_connection') {
        try {
          await deps.audit.recordAlone(deps.db, {
            action: 'request.timed_out',
            outcome: 'failed',
            actor: request.ctx?.actor ?? { kind: 'anonymous' },
            requestId: request.id,
            ip: request.ip,
            details: { reason, method: request.method, route: request.routeOptions.url ?? request.url.split('?')[0] ?? '' },
          });
        } catch (auditError) {
          request.log.error({ err: auditError }, 'The audit event of a database timeout could not be written');
        }
      }
      return reply.code(503).header('retry-after', '60').send({ error: 'busy', message: BUSY_MESSAGE });
    }
    return answerError(error, request, reply);
  };
}

export function answerError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
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
    return reply.code(status).send({ error: 'bad_request', message: error.message });
  }
  request.log.error(error);
  return reply.code(500).send({
    error: 'server_error',
    message: 'Something went wrong on our side. Nothing you had saved has been lost. Please try again in a moment.',
  });
}

/**
 * A path no route matched: under /api (however it is encoded) a plain 404; any other GET is a page of the web
 * app, so deep links work.
 */
export function registerNotFound(app: FastifyInstance, options: { hasWeb: boolean }) {
  app.setNotFoundHandler((request, reply) => {
    if (options.hasWeb && request.method === 'GET' && !isApiPath(request.url)) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'not_found', message: 'We could not find that page.' });
  });
}
