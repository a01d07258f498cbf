// Liveness and readiness: answers whether the app can reach its database.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Standby } from '../../db/standby.ts';
import { pingDatabase } from './health.repo.ts';

/** Issue 20: the hot standby, when DATABASE_REPLICA_URL is set: whether reads go there, and how far behind it is. */
const StandbyHealth = z.object({
  state: z.enum(['in_use', 'behind', 'down']),
  lagMs: z.number().nullable(),
  lagBytes: z.number().nullable(),
  maxLagMs: z.number(),
  checkedAt: z.string().nullable(),
  problem: z.string().nullable(),
});

export function registerHealthRoutes(app: FastifyInstance, deps: { db: Db; databaseMode: 'embedded' | 'server'; standby?: Standby }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Is Umbrella up, and can it reach its database (and its standby, how far behind)?',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']), standby: StandbyHealth.optional() }),
        },
      },
    },
    async () => {
      await pingDatabase(deps.db);
      // A standby that is down or behind does not make Umbrella unhealthy: reads go to the primary meanwhile.
      return { status: 'ok' as const, database: deps.databaseMode, ...(deps.standby && { standby: deps.standby.status() }) };
    },
  );
}
