import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { recordReadAudit } from '../audit.js';
import { patientFor } from './patient-access.js';
import { isStaff } from '../auth/policies.js';
import { createPatient } from '../commands/create-patient.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';
import { patientView, presentPatient } from '../presenters/patient.js';

const createBody = z.strictObject({
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  therapistId: z.string().min(1).max(100).optional(),
});
export const patientParams = z.strictObject({ patientId: z.string().min(1).max(100) });

/** Patients: create with an invite, list the clinic's, read one. */
export function registerPatientRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  r.post(
    '/api/patients',
    {
      schema: {
        body: createBody,
        response: {
          201: z.object({
            patient: patientView,
            invite: z.object({ url: z.string(), expiresAt: z.string() }),
          }),
        },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const { patient, inviteToken, inviteExpiresAt } = await createPatient({
        db,
        ctx,
        ...request.body,
      });
      return reply.code(201).send({
        patient: presentPatient(patient),
        invite: { url: `/invite/${inviteToken}`, expiresAt: inviteExpiresAt },
      });
    },
  );

  r.get(
    '/api/patients',
    { schema: { response: { 200: z.object({ patients: z.array(patientView) }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor))
        throw new AppError('forbidden', 'Only clinic staff can list patients.');
      const rows = await db
        .selectFrom('patient')
        .selectAll()
        .where('clinic_id', '=', ctx.actor.clinicId)
        .where('status', '!=', 'erased')
        .orderBy('display_name')
        .execute();
      await recordReadAudit(db, ctx, {
        action: 'patient.list',
        resourceType: 'patient',
        resourceId: null,
        patientId: null,
      });
      return { patients: rows.map(presentPatient) };
    },
  );

  r.get(
    '/api/patients/:patientId',
    { schema: { params: patientParams, response: { 200: z.object({ patient: patientView }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const row = await patientFor(db, ctx, request.params.patientId);
      await recordReadAudit(db, ctx, {
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: row.id,
        patientId: row.id,
      });
      return { patient: presentPatient(row) };
    },
  );
}
