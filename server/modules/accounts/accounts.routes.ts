// HTTP routes for accepting invitations and sign-in letters, forgotten passwords, and a person's own password, codes and mail.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AccountSettings,
  AuthenticatorSetup,
  ChangePasswordRequest,
  ChoosePasswordRequest,
  CompletePasswordResetRequest,
  ConfirmAuthenticatorRequest,
  ConfirmOwnAuthenticatorRequest,
  MailChoiceRequest,
  NewRecoveryCodesRequest,
  PasswordAgainRequest,
  PasswordResetAccepted,
  PasswordResetRequest,
  PasswordResetState,
  RecoveryCodes,
  TokenParam,
  WelcomeState,
  WelcomeStepRequest,
} from '../../../shared/contracts/accounts.ts';
import { ErrorBody } from '../../../shared/contracts/common.ts';
import { unauthorised } from '../../http/errors.ts';
import { confirmOwnAuthenticator, removeOwnAuthenticator, startOwnAuthenticator } from './account-authenticator.service.ts';
import { accountSettings, changeMailChoice } from './account-settings.service.ts';
import {
  changePassword,
  completePasswordReset,
  makeNewRecoveryCodes,
  requestPasswordReset,
  viewPasswordReset,
} from './passwords.service.ts';
import {
  type AccountsDeps,
  choosePassword,
  confirmAuthenticator,
  finishWithoutAuthenticator,
  type RequestInfo,
  startAuthenticator,
  viewWelcome,
} from './welcome.service.ts';

/** A 204 answer's (empty) body. */
const Nothing = z.null().describe('No content');
const info = (q: FastifyRequest): RequestInfo => ({ requestId: q.ctx.requestId, ip: q.ctx.ip, actor: q.ctx.actor });
const refusals = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 410: ErrorBody, 429: ErrorBody };

export function registerAccountRoutes(app: FastifyInstance, deps: AccountsDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const welcome = { config: { permission: 'public' as const } };

  r.get(
    '/api/welcome/:token',
    {
      ...welcome,
      schema: {
        tags: ['accounts'],
        summary: 'An invitation or sign-in letter: whose it is and how far its set-up has gone',
        params: TokenParam,
        response: { 200: WelcomeState, ...refusals },
      },
    },
    async (q) => viewWelcome(deps, q.params.token, info(q)),
  );
  r.post(
    '/api/welcome/:token/password',
    {
      ...welcome,
      schema: {
        tags: ['accounts'],
        summary: 'Accept an invitation: keep or change the username, and choose a password',
        params: TokenParam,
        body: ChoosePasswordRequest,
        response: { 200: WelcomeState, ...refusals },
      },
    },
    async (q) => choosePassword(deps, q.params.token, q.body, info(q)),
  );
  r.post(
    '/api/welcome/:token/authenticator',
    {
      ...welcome,
      schema: {
        tags: ['accounts'],
        summary: 'Start setting up an authenticator app: a new secret, shown once as a QR code and as text',
        params: TokenParam,
        body: WelcomeStepRequest,
        response: { 200: AuthenticatorSetup, ...refusals },
      },
    },
    async (q) => startAuthenticator(deps, q.params.token, q.body.password, info(q)),
  );
  r.post(
    '/api/welcome/:token/authenticator/confirm',
    {
      ...welcome,
      schema: {
        tags: ['accounts'],
        summary: 'Confirm the authenticator app with its first code; get ten recovery codes, shown once; the invitation is used',
        params: TokenParam,
        body: ConfirmAuthenticatorRequest,
        response: { 200: RecoveryCodes, ...refusals },
      },
    },
    async (q) => confirmAuthenticator(deps, q.params.token, q.body, info(q)),
  );
  r.post(
    '/api/welcome/:token/finish',
    {
      ...welcome,
      schema: {
        tags: ['accounts'],
        summary: 'Family members: finish without an authenticator app; the invitation is used',
        params: TokenParam,
        body: WelcomeStepRequest,
        response: { 204: Nothing, ...refusals },
      },
    },
    async (q, reply) => {
      await finishWithoutAuthenticator(deps, q.params.token, q.body.password, info(q));
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/password-reset',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Forgotten password: a link by email; the same answer whether or not the account exists',
        body: PasswordResetRequest,
        response: { 202: PasswordResetAccepted, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (q, reply) => reply.code(202).send(await requestPasswordReset(deps, q.body.username, info(q))),
  );
  r.get(
    '/api/password-reset/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'A link to choose a new password: whose account, and until when it works',
        params: TokenParam,
        response: { 200: PasswordResetState, ...refusals },
      },
    },
    async (q) => viewPasswordReset(deps, q.params.token, info(q)),
  );
  r.post(
    '/api/password-reset/:token',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Choose a new password with the link: every session of the account ends',
        params: TokenParam,
        body: CompletePasswordResetRequest,
        response: { 204: Nothing, ...refusals },
      },
    },
    async (q, reply) => {
      await completePasswordReset(deps, q.params.token, q.body.password, info(q));
      return reply.code(204).send(null);
    },
  );

  const own = (q: FastifyRequest) => {
    const session = q.ctx.session;
    if (!session || q.ctx.actor.kind === 'anonymous') throw unauthorised();
    return { accountId: session.accountId, sessionId: session.id };
  };
  r.get(
    '/api/account',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'My username, whether I have an authenticator app, recovery codes left, my email and whether I want mail',
        response: { 200: AccountSettings },
      },
    },
    async (q) => accountSettings(deps.db, own(q).accountId),
  );
  r.put(
    '/api/account/mail-choice',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Whether to email me when there is something new (at most once a day); 409 when changed meanwhile',
        body: MailChoiceRequest,
        response: { 200: AccountSettings, 400: ErrorBody, 409: ErrorBody.extend({ current: AccountSettings }) },
      },
    },
    async (q) => changeMailChoice(deps, own(q).accountId, q.body, info(q)),
  );
  r.post(
    '/api/account/authenticator',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Family members: start adding an authenticator app (password again); a new secret, shown once as a QR code and as text',
        body: PasswordAgainRequest,
        response: { 200: AuthenticatorSetup, 400: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (q) => startOwnAuthenticator(deps, own(q).accountId, q.body.password, info(q)),
  );
  r.post(
    '/api/account/authenticator/confirm',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Family members: confirm the authenticator app with its first code; ten recovery codes, shown once',
        body: ConfirmOwnAuthenticatorRequest,
        response: { 200: RecoveryCodes, 400: ErrorBody, 409: ErrorBody },
      },
    },
    async (q) => confirmOwnAuthenticator(deps, own(q).accountId, q.body.code, info(q)),
  );
  r.post(
    '/api/account/authenticator/remove',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Family members: remove my authenticator app and its recovery codes (password again)',
        body: PasswordAgainRequest,
        response: { 204: Nothing, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (q, reply) => {
      await removeOwnAuthenticator(deps, own(q).accountId, q.body.password, info(q));
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/account/password',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Change my password: my other sessions end',
        body: ChangePasswordRequest,
        response: { 204: Nothing, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (q, reply) => {
      await changePassword(deps, own(q), q.body, info(q));
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/account/recovery-codes',
    {
      config: { permission: 'session.own' },
      schema: {
        tags: ['accounts'],
        summary: 'Make a new set of ten recovery codes, shown once; the old ones stop working',
        body: NewRecoveryCodesRequest,
        response: { 200: RecoveryCodes, 400: ErrorBody, 429: ErrorBody },
      },
    },
    async (q) => makeNewRecoveryCodes(deps, own(q).accountId, q.body.password, info(q)),
  );
}

/** Paths that carry a token, with the token hidden: for the server's request log (a token must never be logged). */
export function withoutTokens(url: string): string {
  return url.replace(/^(\/(?:api\/)?(?:welcome|reset-password|password-reset)\/)[^/?#]+/, '$1[hidden]');
}
