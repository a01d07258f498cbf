// The request context, built once per request after the session is read: who is asking, what they
// may see, and the ids every audit event carries.
import type { FastifyRequest } from 'fastify';
import type { Me } from '../../shared/contracts/session.ts';
import type { Actor } from '../access/actor.ts';
import type { AccessScope } from '../access/scope.ts';
import type { Standby } from '../db/standby.ts';

export type SessionInfo = {
  id: string;
  accountId: string;
  stage: 'awaiting_second_factor' | 'signed_in';
  csrfToken: string;
  expiresAt: Date;
};

export type RequestContext = {
  requestId: string;
  ip: string;
  actor: Actor;
  scope: AccessScope;
  session: SessionInfo | null;
  /** Why a session cookie was not accepted (for a kinder 401 message). */
  sessionEndedReason: 'idle_timeout' | 'absolute_timeout' | null;
  /** What the signed-in person sees of themselves (GET /api/session), read with the session. */
  me: Me | null;
  /**
   * Issue 20: the hot standby this request's audited reads run on (access/family-access.ts `readOnly`), given only
   * while it keeps up and has replayed this session's last change (http/read-your-writes.ts). Absent: the primary.
   */
  standby?: Standby;
};

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** Every /api route must declare the permission it needs (checked at start-up). */
    permission?: import('../access/permissions.ts').Permission;
    /**
     * A GET that writes something besides its audit event (the FHIR export writes a disclosure): the origin and CSRF
     * checks of a change apply, so a link or an image on a page can never cause it, only a deliberate request.
     */
    writesOnGet?: true;
  }
}

export function ctxOf(request: FastifyRequest): RequestContext {
  return request.ctx;
}
