// Liveness and readiness: answers whether the app can reach its database.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { pingDatabase } from './health.repo.ts';

export function registerHealthRoutes(app: FastifyInstance, deps: { db: Db; databaseMode: 'embedded' | 'server' }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Is Umbrella up, and can it reach its database?',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) }) },
      },
    },
    async () => {
      await pingDatabase(deps.db);
      return { status: 'ok' as const, database: deps.databaseMode };
    },
  );
}
