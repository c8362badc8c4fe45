import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canAdministerClinic } from '../auth/policies.js';
import { clinicSettingsBody, readClinic, updateClinic } from '../commands/update-clinic.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';

const clinicView = z.object({ id: z.string(), name: z.string(), phone: z.string().nullable() });

/** The clinic: anyone signed in reads its name and phone; an admin sets the phone. */
export function registerClinicRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  r.get(
    '/api/clinic',
    { schema: { response: { 200: z.object({ clinic: clinicView }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      return { clinic: await readClinic(db, ctx.actor.clinicId) };
    },
  );

  r.patch(
    '/api/admin/clinic',
    {
      schema: {
        body: clinicSettingsBody,
        response: { 200: z.object({ clinic: clinicView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!canAdministerClinic(ctx.actor, ctx.actor.clinicId))
        throw new AppError('forbidden', 'Only a clinic admin can do this.');
      return { clinic: await updateClinic({ db, ctx, ...request.body }) };
    },
  );
}
