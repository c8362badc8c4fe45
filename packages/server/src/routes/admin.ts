import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarDate } from '@backplan/core';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { recordReadAudit } from '../audit.js';
import { applyAuditFilter, auditFilterFields } from '../audit-filter.js';
import { canAdministerClinic } from '../auth/policies.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';
import { registerClinicRoutes } from './clinic.js';
import { registerStaffRoutes } from './staff.js';

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
  outcome: z.enum(['allowed', 'refused']),
  reason: z.string().nullable(),
});
const auditQuery = z.strictObject({
  ...auditFilterFields,
  patientId: z.string().min(1).max(100).optional(),
  userId: z.string().min(1).max(100).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageQueryFields,
});

/** Newest first; the id orders events of the same millisecond. */
const AUDIT_ORDER: readonly SortColumn[] = [
  { column: 'at', direction: 'desc' },
  { column: 'id', direction: 'desc' },
];

/** Clinic administration: staff (staff.ts), the audit trail, settings (clinic.ts). */
export function registerAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  registerClinicRoutes(app, deps);
  registerStaffRoutes(app, deps);

  async function requireAdmin(request: Parameters<typeof requireActor>[0]) {
    const ctx = await requireActor(request, deps);
    if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
      throw new AppError('forbidden', 'Only a clinic admin can do this.');
    return ctx;
  }

  r.get(
    '/api/admin/audit',
    {
      schema: {
        querystring: auditQuery,
        response: { 200: pageView(auditView) },
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
      query = applyAuditFilter(query, q);
      const rows = await pageQuery(query, AUDIT_ORDER, q).execute();
      await recordReadAudit(db, ctx, {
        action: 'audit.read',
        resourceType: 'audit',
        resourceId: null,
        patientId: q.patientId ?? null,
      });
      return pageOf(
        rows,
        q.limit,
        AUDIT_ORDER,
        (e) => [e.at, e.id],
        (e) => ({
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
          outcome: e.outcome,
          reason: e.reason,
        }),
      );
    },
  );
}
