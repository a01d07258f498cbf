// HTTP routes for signing in and out: the session cookie is set and cleared here and nowhere else.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RecoveryCodeRequest, RecoveryCodeSignIn } from '../../../shared/contracts/accounts.ts';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { LoginRequest, SecondFactorRequest, SessionState } from '../../../shared/contracts/session.ts';
import { unauthorised } from '../../http/errors.ts';
import {
  type AuthDeps,
  completeSecondFactor,
  completeWithRecoveryCode,
  login,
  logout,
  type NewSession,
  resolveSession,
} from './auth.service.ts';

export type CookieSettings = { name: string; secure: boolean };

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps & { cookie: CookieSettings }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const idleTimeoutMinutes = Math.round(deps.settings.idleMs / 60_000);

  const setCookie = (reply: FastifyReply, s: NewSession) =>
    reply.setCookie(deps.cookie.name, s.token, {
      path: '/',
      httpOnly: true,
      secure: deps.cookie.secure,
      sameSite: 'strict',
      expires: s.expiresAt,
    });

  async function stateAfter(request: FastifyRequest, s: NewSession) {
    const resolved = await resolveSession(deps, s.token, request.ctx.requestId, request.ctx.ip);
    return { signedIn: s.stage === 'signed_in', stage: s.stage, csrfToken: s.csrfToken, me: resolved.me, idleTimeoutMinutes };
  }

  r.get(
    '/api/session',
    {
      config: { permission: 'public' },
      schema: { tags: ['session'], summary: 'Who is signed in, and the token to send with changes', response: { 200: SessionState } },
    },
    async (request) => {
      // The request context already read the session: no second lookup on this often-called route.
      const { session, actor, me } = request.ctx;
      return {
        signedIn: actor.kind !== 'anonymous',
        stage: session?.stage ?? null,
        csrfToken: session?.csrfToken ?? null,
        me,
        idleTimeoutMinutes,
      };
    },
  );

  r.post(
    '/api/session/login',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Sign in with username and password; professionals then give a second factor',
        body: LoginRequest,
        response: { 200: SessionState, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const s = await login(
        deps,
        { ...request.body, previousSessionId: request.ctx.session?.id ?? null },
        request.ctx.requestId,
        request.ctx.ip,
      );
      setCookie(reply, s);
      return stateAfter(request, s);
    },
  );

  r.post(
    '/api/session/second-factor',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Finish signing in with the code from an authenticator app',
        body: SecondFactorRequest,
        response: { 200: SessionState, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const s = await completeSecondFactor(deps, request.ctx.session, request.body.code, request.ctx.requestId, request.ctx.ip);
      setCookie(reply, s);
      return stateAfter(request, s);
    },
  );

  r.post(
    '/api/session/recovery-code',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Finish signing in with a recovery code instead of the authenticator app; each code works once',
        body: RecoveryCodeRequest,
        response: { 200: RecoveryCodeSignIn, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const s = await completeWithRecoveryCode(deps, request.ctx.session, request.body.code, request.ctx.requestId, request.ctx.ip);
      setCookie(reply, s);
      return { ...(await stateAfter(request, s)), recoveryCodesLeft: s.recoveryCodesLeft };
    },
  );

  r.post(
    '/api/session/logout',
    { config: { permission: 'session.own' }, schema: { tags: ['session'], summary: 'Sign out: the session ends on the server' } },
    async (request, reply) => {
      const session = request.ctx.session;
      if (!session) throw unauthorised();
      await logout(deps, session, request.ctx.actor, request.ctx.requestId, request.ctx.ip);
      reply.clearCookie(deps.cookie.name, { path: '/', secure: deps.cookie.secure, httpOnly: true, sameSite: 'strict' });
      return reply.code(204).send();
    },
  );
}
