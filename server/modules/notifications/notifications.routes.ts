// HTTP routes for a professional's notifications: replies from families, review dates due, what a manager must know first.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotificationList } from '../../../shared/contracts/notifications.ts';
import type { Db } from '../../db/database.ts';
import { forbidden } from '../../http/errors.ts';
import type { RequestContext } from '../../http/request-context.ts';
import * as repo from './notifications.repo.ts';

/** Professionals' notifications are addressed to their staff record; a family member's to their account. */
const recipientOf = (ctx: RequestContext) => {
  const a = ctx.actor;
  if (a.kind === 'professional') return { staffId: a.staffId };
  if (a.kind === 'parent' || a.kind === 'young_person' || a.kind === 'network_member' || a.kind === 'other_parent')
    return { accountId: a.accountId };
  throw forbidden();
};

export function registerNotificationRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/notifications',
    {
      config: { permission: 'notifications.read' },
      schema: {
        tags: ['notifications'],
        summary: 'My notifications: unread manager notices first, most urgent first, then newest first',
        response: { 200: NotificationList },
      },
    },
    async (q) => {
      const rows = await repo.listFor(deps.db, recipientOf(q.ctx));
      return {
        notifications: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          message: n.message,
          messageId: n.message_id,
          messageValues: n.message_values,
          familyId: n.family_id,
          entryId: n.entry_id,
          createdAt: n.created_at.toISOString(),
          read: n.read_at !== null,
        })),
        unread: rows.filter((n) => n.read_at === null).length,
      };
    },
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'notifications.read' },
      schema: { tags: ['notifications'], summary: 'Mark a notification as read', params: z.object({ id: z.uuid() }) },
    },
    async (q, reply) => {
      await repo.markRead(deps.db, recipientOf(q.ctx), q.params.id);
      return reply.code(204).send();
    },
  );
}
