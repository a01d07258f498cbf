// How a failed request is answered: HttpErrors with their plain message, contract errors with each field
// named, anything unexpected as a kind 500 with nothing leaked; and the not-found answer for API and web paths.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HttpError } from './errors.ts';
import { isApiPath } from './request-pipeline.ts';

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
