import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { durabilityFailed } from '../db/wal-sync.js';
import { AppError } from '../errors.js';

const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});

/** `GET /api/health`: the process is up, the database answers and can still make writes durable. */
export function registerHealthRoutes(app: FastifyInstance, deps: Deps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/api/health', { schema: { response: { 200: healthResponse } } }, async () => {
      await sql`select 1`.execute(deps.db.kysely);
      // The embedded database answers, but can no longer make a write durable: restart.
      if (durabilityFailed(deps.db.kysely)) {
        throw new AppError('unavailable', 'The database log could not be flushed to disk.');
      }
      return { status: 'ok' as const, database: deps.db.dialect };
    });
}
