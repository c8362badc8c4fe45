import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { LOGIN_LIMITS } from '../auth/login-limits.js';
import { PASSWORD_RULE } from '../auth/password-rule.js';
import { endSession, findActor, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.js';
import { acceptInvite } from '../commands/accept-invite.js';
import { login, SignInLocked, SignInRefused, type LoginResult } from '../commands/login.js';
import { completePasswordReset } from '../commands/password-reset.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';
import { recordAudit } from '../audit.js';
import { LIMITER_ADDRESSES } from '../http-hardening.js';
import { recordSignInAudit } from '../refusal-audit.js';

const me = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'therapist', 'patient']),
    clinicId: z.string(),
    patientId: z.string().nullable(),
  }),
  csrfToken: z.string(),
});

const loginBody = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});

// The length is checked here, the rest of the rule (password-rule.ts) by the command.
const newPassword = z
  .string()
  .min(PASSWORD_RULE.minLength, `Use at least ${PASSWORD_RULE.minLength} characters.`)
  .max(PASSWORD_RULE.maxLength);

const acceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: newPassword,
  name: z.string().min(1).max(100).optional(),
});

const resetBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: newPassword,
});

/** Sign-in, sign-out, who am I, accepting an invite and completing a password reset. */
export function registerAuthRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secure = deps.config.secureCookies;
  const db = deps.db.kysely;

  async function signedIn(reply: FastifyReply, result: LoginResult) {
    void reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    const actor = await findActor(db, result.token, deps.now());
    return {
      user: {
        id: result.user.id,
        name: result.user.name,
        role: result.user.role,
        clinicId: result.user.clinic_id,
        patientId: actor?.patientId ?? null,
      },
      csrfToken: result.csrfToken,
    };
  }

  async function signIn(request: FastifyRequest, email: string, password: string) {
    const now = deps.now();
    try {
      const result = await login({ db, email, password, now, hashes: deps.hashes });
      await recordSignInAudit(db, request, {
        now,
        outcome: 'allowed',
        reason: null,
        user: result.user,
      });
      return result;
    } catch (error) {
      if (error instanceof SignInRefused || error instanceof SignInLocked) {
        const accounts = error instanceof SignInRefused ? error.accounts : [];
        for (const user of accounts.length === 0 ? [null] : accounts)
          await recordSignInAudit(db, request, {
            now,
            outcome: 'refused',
            reason: error.reason,
            user,
          });
      }
      throw error;
    }
  }

  r.post(
    '/api/auth/login',
    {
      schema: { body: loginBody, response: { 200: me } },
      // Per address (`request.ip`, so set BACKPLAN_TRUST_PROXY behind a proxy), before any work.
      config: {
        rateLimit: {
          max: LOGIN_LIMITS.perIpPerMinute,
          timeWindow: 60_000,
          // The route's own store: its size is set here, not by the plugin's option.
          cache: LIMITER_ADDRESSES,
          errorResponseBuilder: () =>
            new AppError(
              'rate-limited',
              'Too many sign-in attempts from here. Wait a minute and try again.',
            ),
        },
      },
    },
    async (request, reply) => {
      return signedIn(reply, await signIn(request, request.body.email, request.body.password));
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      await endSession(db, ctx.actor.sessionHash);
      await recordAudit(db, ctx, {
        action: 'auth.sign-out',
        resourceType: 'session',
        resourceId: null,
        patientId: null,
      });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get('/api/auth/me', { schema: { response: { 200: me } } }, async (request) => {
    const { actor } = await requireActor(request, deps);
    return {
      user: {
        id: actor.userId,
        name: actor.name,
        role: actor.role,
        clinicId: actor.clinicId,
        patientId: actor.patientId,
      },
      csrfToken: actor.csrfToken,
    };
  });

  r.post(
    '/api/invites/accept',
    { schema: { body: acceptBody, response: { 200: me } } },
    async (request, reply) => {
      const { token, password, name } = request.body;
      return signedIn(reply, await acceptInvite({ db, token, password, name, now: deps.now() }));
    },
  );

  r.post(
    '/api/auth/reset',
    { schema: { body: resetBody, response: { 200: me } } },
    async (request, reply) => {
      const { token, password } = request.body;
      return signedIn(reply, await completePasswordReset({ db, token, password, now: deps.now() }));
    },
  );
}
