import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canAdministerClinic } from '../auth/policies.js';
import { issueStaffInvite } from '../commands/issue-invite.js';
import { changeStaff, type StaffChange } from '../commands/manage-staff.js';
import { issuePasswordReset } from '../commands/password-reset.js';
import { requireActor } from '../context.js';
import type { UserRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';

const link = z.object({ url: z.string(), expiresAt: z.string() });
export const staffView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'therapist']),
  status: z.enum(['active', 'disabled']),
});
const staffParams = z.strictObject({ userId: z.string().min(1).max(100) });
const staffRole = z.enum(['admin', 'therapist']);

/** A staff account as the admin sees it. */
/** By name; the id parts namesakes. */
const STAFF_ORDER: readonly SortColumn[] = [
  { column: 'name', direction: 'asc' },
  { column: 'id', direction: 'asc' },
];

export function presentStaff(u: Pick<UserRow, 'id' | 'name' | 'email' | 'role' | 'status'>) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role === 'admin' ? ('admin' as const) : ('therapist' as const),
    status: u.status,
  };
}

/** Staff of a clinic: list, invite, reset links, deactivate, reactivate, change role. */
export function registerStaffRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  async function requireAdmin(request: Parameters<typeof requireActor>[0]) {
    const ctx = await requireActor(request, deps);
    if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
      throw new AppError('forbidden', 'Only a clinic admin can do this.');
    return ctx;
  }

  r.get(
    '/api/admin/staff',
    {
      schema: {
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(staffView) },
      },
    },
    async (request) => {
      const ctx = await requireAdmin(request);
      const staff = db
        .selectFrom('user')
        .select(['id', 'name', 'email', 'role', 'status'])
        .where('clinic_id', '=', ctx.actor.clinicId)
        .where('role', '!=', 'patient');
      const rows = await pageQuery(staff, STAFF_ORDER, request.query).execute();
      return pageOf(rows, request.query.limit, STAFF_ORDER, (u) => [u.name, u.id], presentStaff);
    },
  );

  r.post(
    '/api/admin/invites',
    {
      schema: {
        body: z.strictObject({ email: z.email().max(200), role: staffRole }),
        response: { 201: link },
      },
    },
    async (request, reply) => {
      const ctx = await requireAdmin(request);
      const { email, role } = request.body;
      const { token, expiresAt } = await issueStaffInvite({ db, ctx, email, role });
      return reply.code(201).send({ url: `/invite/${token}`, expiresAt });
    },
  );

  r.post(
    '/api/admin/users/:userId/reset-link',
    { schema: { params: staffParams, response: { 201: link } } },
    async (request, reply) => {
      const ctx = await requireAdmin(request);
      const { token, expiresAt } = await issuePasswordReset({
        db,
        ctx,
        userId: request.params.userId,
      });
      return reply.code(201).send({ url: `/reset/${token}`, expiresAt });
    },
  );

  const change = (path: string, body: z.ZodType | undefined, of: (b: unknown) => StaffChange) =>
    r.post(
      `/api/admin/staff/:userId/${path}`,
      { schema: { params: staffParams, ...(body && { body }), response: { 200: staffView } } },
      async (request) => {
        const ctx = await requireAdmin(request);
        const { userId } = request.params;
        return presentStaff(await changeStaff({ db, ctx, userId, change: of(request.body) }));
      },
    );
  change('deactivate', undefined, () => ({ kind: 'deactivate' }));
  change('reactivate', undefined, () => ({ kind: 'reactivate' }));
  const roleBody = z.strictObject({ role: staffRole });
  change('role', roleBody, (b) => ({ kind: 'role', role: roleBody.parse(b).role }));
}
