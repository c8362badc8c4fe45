import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { newSequentialId } from './auth/tokens.js';
import type { RequestContext } from './context.js';
import type { Database } from './db/schema.js';
import { transact } from './db/transact.js';
import type { ErrorCode } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's context once its session is valid (set by `contextOf`): who was refused. */
    auditContext: RequestContext | null;
    /** A route already recorded this request's refusal (a sign-in): the error handler does not. */
    refusalAudited: boolean;
  }
}

/** The refusals the error handler records: someone tried something they may not do. */
export const AUDITED_REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'unauthenticated',
  'csrf-failed',
  'forbidden',
  'not-found',
  'locked-out',
  'rate-limited',
]);

/** The method and route pattern of a request: never its URL (ids, tokens, query strings). */
export const routeOf = (request: FastifyRequest): string =>
  `${request.method} ${request.routeOptions.url ?? '(no route)'}`;

/**
 * Records a refused request: under the actor's clinic when the session was valid (a 403, a 404 for
 * another clinic's or another patient's record, a CSRF failure), otherwise in the clinic-less
 * `anonymous_audit_event` (a 401). Durable before the refusal is answered, in a unit of the
 * group commit on SQLite.
 */
export async function recordRefusal(
  db: Kysely<Database>,
  request: FastifyRequest,
  reason: string,
  now: Date,
): Promise<void> {
  const ctx = request.auditContext;
  const route = routeOf(request);
  const id = newSequentialId(now.getTime());
  await transact(db, async (trx) => {
    if (ctx === null) {
      await insertAnonymous(trx, request, { id, action: 'request.refused', reason, now });
      return;
    }
    await trx
      .insertInto('audit_event')
      .values({
        id,
        clinic_id: ctx.actor.clinicId,
        user_id: ctx.actor.userId,
        role: ctx.actor.role,
        action: 'request.refused',
        resource_type: 'route',
        resource_id: route,
        // Never the id in the URL: it may be another clinic's patient, which this clinic's
        // trail must not name. The route pattern and the reason say what was tried.
        patient_id: null,
        request_id: request.id,
        ip: request.ip,
        at: now.toISOString(),
        outcome: 'refused',
        reason,
      })
      .execute();
  });
  request.refusalAudited = true;
}

/** An event of no clinic (nobody signed in): the route pattern, never the URL or a token. */
async function insertAnonymous(
  trx: Kysely<Database>,
  request: FastifyRequest,
  event: { id: string; action: string; reason: string; now: Date },
): Promise<void> {
  await trx
    .insertInto('anonymous_audit_event')
    .values({
      id: event.id,
      action: event.action,
      route: routeOf(request),
      reason: event.reason,
      request_id: request.id,
      ip: request.ip,
      at: event.now.toISOString(),
    })
    .execute();
}

/** An account a sign-in was for, when the e-mail has one. */
export interface SignInAccount {
  readonly id: string;
  readonly clinic_id: string;
  readonly role: string;
}

/**
 * Records a sign-in, allowed or refused, never with the password or the e-mail: under the
 * account's clinic when the e-mail has an account, otherwise clinic-less. A refusal recorded here
 * is not recorded again by the error handler.
 */
export async function recordSignInAudit(
  db: Kysely<Database>,
  request: FastifyRequest,
  event: {
    readonly now: Date;
    readonly outcome: 'allowed' | 'refused';
    readonly reason: string | null;
    readonly user: SignInAccount | null;
  },
): Promise<void> {
  const { now, user } = event;
  const id = newSequentialId(now.getTime());
  await transact(db, async (trx) => {
    if (user === null) {
      const reason = event.reason ?? 'unknown-account';
      await insertAnonymous(trx, request, { id, action: 'auth.sign-in', reason, now });
      return;
    }
    await trx
      .insertInto('audit_event')
      .values({
        id,
        clinic_id: user.clinic_id,
        user_id: user.id,
        role: user.role,
        action: 'auth.sign-in',
        resource_type: 'session',
        resource_id: null,
        patient_id: null,
        request_id: request.id,
        ip: request.ip,
        at: now.toISOString(),
        outcome: event.outcome,
        reason: event.reason,
      })
      .execute();
  });
  if (event.outcome === 'refused') request.refusalAudited = true;
}
