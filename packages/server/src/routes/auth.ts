import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { IpRateLimiter } from '../auth/login-limits.js';
import { endSession, findActor, SESSION_COOKIE, SESSION_HOURS } from '../auth/sessions.js';
import { acceptInvite } from '../commands/accept-invite.js';
import { login, type LoginResult } from '../commands/login.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';

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

const acceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().min(10, 'Use at least 10 characters.').max(200),
  name: z.string().min(1).max(100).optional(),
});

/** Sign-in, sign-out, who am I, and accepting an invite. */
export function registerAuthRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limiter = new IpRateLimiter();
  const secure = deps.config.BACKPLAN_SECURE_COOKIES === 'true';

  async function signedIn(reply: FastifyReply, result: LoginResult) {
    void reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      maxAge: SESSION_HOURS * 3600,
    });
    const actor = await findActor(deps.db.kysely, result.token, deps.now());
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

  r.post(
    '/api/auth/login',
    { schema: { body: loginBody, response: { 200: me } } },
    async (request, reply) => {
      if (!limiter.allow(request.ip, deps.now().getTime())) {
        throw new AppError(
          'rate-limited',
          'Too many sign-in attempts from here. Wait a minute and try again.',
        );
      }
      return signedIn(
        reply,
        await login({
          db: deps.db.kysely,
          email: request.body.email,
          password: request.body.password,
          now: deps.now(),
        }),
      );
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { response: { 204: z.null() } } },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      await endSession(deps.db.kysely, ctx.actor.sessionHash);
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
      return signedIn(
        reply,
        await acceptInvite({ db: deps.db.kysely, token, password, name, now: deps.now() }),
      );
    },
  );
}
