import type { FastifyRequest } from 'fastify';
import type { Deps } from './app.js';
import type { Actor } from './auth/actor.js';
import { findActor, SESSION_COOKIE } from './auth/sessions.js';
import { AppError } from './errors.js';

/** What a command needs to know about the request, passed explicitly. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string;
  readonly ip: string;
  readonly now: Date;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The signed-in actor, or a 401. Cookie-authenticated writes must also carry the session's CSRF
 * token in a header, which a cross-site form cannot set (403 otherwise).
 */
export async function requireActor(request: FastifyRequest, deps: Deps): Promise<RequestContext> {
  const token = request.cookies[SESSION_COOKIE];
  const now = deps.now();
  const actor = token === undefined ? null : await findActor(deps.db.kysely, token, now);
  if (actor === null) throw new AppError('unauthenticated', 'Please sign in.');
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError(
      'csrf-failed',
      `The ${CSRF_HEADER} header is missing or does not match this session.`,
    );
  }
  return { actor, requestId: request.id, ip: request.ip, now };
}
