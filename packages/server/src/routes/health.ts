import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';

const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});

/** `GET /api/health`: the process is up and the database answers. */
export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/health', { schema: { response: { 200: healthResponse } } }, async () => {
      await sql`select 1`.execute(deps.db.kysely);
      return { status: 'ok' as const, database: deps.db.dialect };
    });
}
