import type { FastifyRequest } from 'fastify';
import type { Deps } from './app.js';
import type { Actor } from './auth/actor.js';
import { actorOf, SESSION_COOKIE, sessionRow, type ActorColumns } from './auth/sessions.js';
import { hashToken } from './auth/tokens.js';
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

/** The request's session, before it is looked up: the token's hash and the request's time. */
export interface SessionKey {
  readonly hash: string;
  readonly now: Date;
}

/** The session key of the request; a 401 when it carries no session cookie. */
export function sessionKeyOf(request: FastifyRequest, deps: Deps): SessionKey {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined) throw new AppError('unauthenticated', 'Please sign in.');
  return { hash: hashToken(token), now: deps.now() };
}

/**
 * The request's context once its session row is loaded, alone (`requireActor`) or joined onto a
 * route's first query (`sessionActor`): a 401 unless the session is valid. Cookie-authenticated
 * writes must also carry the session's CSRF token in a header, which a cross-site form cannot set
 * (403 otherwise).
 */
export function contextOf(
  request: FastifyRequest,
  key: SessionKey,
  row: ActorColumns | undefined,
): RequestContext {
  const actor = actorOf(row, key.hash, key.now);
  if (actor === null) throw new AppError('unauthenticated', 'Please sign in.');
  const ctx: RequestContext = { actor, requestId: request.id, ip: request.ip, now: key.now };
  // Who is refused from here on (CSRF, 403, 404) is known: the error handler audits it.
  request.auditContext = ctx;
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError(
      'csrf-failed',
      `The ${CSRF_HEADER} header is missing or does not match this session.`,
    );
  }
  return ctx;
}

/** The signed-in actor, or a 401; a 403 for a write without the session's CSRF token. */
export async function requireActor(request: FastifyRequest, deps: Deps): Promise<RequestContext> {
  const key = sessionKeyOf(request, deps);
  return contextOf(request, key, await sessionRow(deps.db.kysely, key.hash));
}
