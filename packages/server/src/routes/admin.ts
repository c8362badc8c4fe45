import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarDate } from '@backplan/core';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { recordReadAudit } from '../audit.js';
import { canAdministerClinic } from '../auth/policies.js';
import { issueStaffInvite } from '../commands/issue-invite.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';
import { registerClinicRoutes } from './clinic.js';

const link = z.object({ url: z.string(), expiresAt: z.string() });
const staffView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'therapist']),
  status: z.enum(['active', 'disabled']),
});
const auditView = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  patientId: z.string().nullable(),
  requestId: z.string(),
  ip: z.string().nullable(),
});
const auditQuery = z.strictObject({
  patientId: z.string().min(1).max(100).optional(),
  userId: z.string().min(1).max(100).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Clinic administration: staff, invites, password-reset links, the audit trail, settings. */
export function registerAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  registerClinicRoutes(app, deps);

  async function requireAdmin(request: Parameters<typeof requireActor>[0]) {
    const ctx = await requireActor(request, deps);
    if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
      throw new AppError('forbidden', 'Only a clinic admin can do this.');
    return ctx;
  }

  r.get(
    '/api/admin/staff',
    { schema: { response: { 200: z.object({ staff: z.array(staffView) }) } } },
    async (request) => {
      const ctx = await requireAdmin(request);
      const rows = await db
        .selectFrom('user')
        .select(['id', 'name', 'email', 'role', 'status'])
        .where('clinic_id', '=', ctx.actor.clinicId)
        .where('role', '!=', 'patient')
        .orderBy('name')
        .execute();
      return {
        staff: rows.map((u) => ({
          ...u,
          role: u.role === 'admin' ? ('admin' as const) : ('therapist' as const),
        })),
      };
    },
  );

  r.post(
    '/api/admin/invites',
    {
      schema: {
        body: z.strictObject({ email: z.email().max(200), role: z.enum(['therapist', 'admin']) }),
        response: { 201: link },
      },
    },
    async (request, reply) => {
      const ctx = await requireAdmin(request);
      const { token, expiresAt } = await issueStaffInvite({
        db,
        ctx,
        email: request.body.email,
        role: request.body.role,
        reset: false,
      });
      return reply.code(201).send({ url: `/invite/${token}`, expiresAt });
    },
  );

  r.post(
    '/api/admin/users/:userId/reset-link',
    {
      schema: {
        params: z.strictObject({ userId: z.string().min(1).max(100) }),
        response: { 201: link },
      },
    },
    async (request, reply) => {
      const ctx = await requireAdmin(request);
      const user = await db
        .selectFrom('user')
        .select(['email', 'role'])
        .where('id', '=', request.params.userId)
        .where('clinic_id', '=', ctx.actor.clinicId)
        .executeTakeFirst();
      if (user === undefined) throw new AppError('not-found', 'No such user in this clinic.');
      const role = user.role === 'patient' ? 'therapist' : user.role;
      const { token, expiresAt } = await issueStaffInvite({
        db,
        ctx,
        email: user.email,
        role,
        reset: true,
      });
      return reply.code(201).send({ url: `/invite/${token}`, expiresAt });
    },
  );

  r.get(
    '/api/admin/audit',
    {
      schema: {
        querystring: auditQuery,
        response: { 200: z.object({ events: z.array(auditView) }) },
      },
    },
    async (request) => {
      const ctx = await requireAdmin(request);
      const q = request.query;
      let query = db
        .selectFrom('audit_event')
        .selectAll()
        .where('clinic_id', '=', ctx.actor.clinicId);
      if (q.patientId !== undefined) query = query.where('patient_id', '=', q.patientId);
      if (q.userId !== undefined) query = query.where('user_id', '=', q.userId);
      if (q.from !== undefined) query = query.where('at', '>=', `${q.from}T00:00:00.000Z`);
      if (q.to !== undefined) query = query.where('at', '<=', `${q.to}T23:59:59.999Z`);
      const rows = await query.orderBy('at', 'desc').orderBy('id').limit(q.limit).execute();
      await recordReadAudit(db, ctx, {
        action: 'audit.read',
        resourceType: 'audit',
        resourceId: null,
        patientId: q.patientId ?? null,
      });
      return {
        events: rows.map((e) => ({
          id: e.id,
          at: e.at,
          userId: e.user_id,
          role: e.role,
          action: e.action,
          resourceType: e.resource_type,
          resourceId: e.resource_id,
          patientId: e.patient_id,
          requestId: e.request_id,
          ip: e.ip,
        })),
      };
    },
  );
}
