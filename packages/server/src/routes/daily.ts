import type { FastifyInstance } from 'fastify';
import type { Deps } from '../app.js';

/** Routes of this group are registered here. */
export function registerDailyRoutes(_app: FastifyInstance, _deps: Deps): void {
  // Filled in by the work in progress on this route group.
}
