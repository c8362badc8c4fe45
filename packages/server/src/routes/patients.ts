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
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  patientSummaryView,
  patientView,
  presentPatient,
  presentPatientSummary,
} from '../presenters/patient.js';

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
    { schema: { response: { 200: z.object({ patients: z.array(patientSummaryView) }) } } },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor))
        throw new AppError('forbidden', 'Only clinic staff can list patients.');
      const rows = await patientSummaries(db, ctx.actor.clinicId)
        .where('patient.status', '!=', 'erased')
        .orderBy('patient.display_name')
        .execute();
      await recordReadAudit(db, ctx, {
        action: 'patient.list',
        resourceType: 'patient',
        resourceId: null,
        patientId: null,
      });
      return { patients: rows.map(presentPatientSummary) };
    },
  );

  r.get(
    '/api/patients/:patientId',
    {
      schema: {
        params: patientParams,
        response: { 200: z.object({ patient: patientSummaryView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const found = await patientFor(db, ctx, request.params.patientId);
      const row = await patientSummaries(db, ctx.actor.clinicId)
        .where('patient.id', '=', found.id)
        .executeTakeFirstOrThrow();
      await recordReadAudit(db, ctx, {
        action: 'patient.read',
        resourceType: 'patient',
        resourceId: row.id,
        patientId: row.id,
      });
      return { patient: presentPatientSummary(row) };
    },
  );
}

/** Patients with their therapist's name, active plan version and latest session date. */
function patientSummaries(db: Kysely<Database>, clinicId: string) {
  return db
    .selectFrom('patient')
    .leftJoin('user as therapist', 'therapist.id', 'patient.therapist_id')
    .leftJoin('plan', (join) =>
      join
        .onRef('plan.clinic_id', '=', 'patient.clinic_id')
        .onRef('plan.patient_id', '=', 'patient.id')
        .on('plan.status', '=', 'active'),
    )
    .selectAll('patient')
    .select([
      'therapist.name as therapist_name',
      'plan.id as plan_id',
      'plan.version as plan_version',
    ])
    .select((eb) =>
      eb
        .selectFrom('journal_entry as j')
        .select((j) => j.fn.max('j.performed_on').as('d'))
        .whereRef('j.clinic_id', '=', 'patient.clinic_id')
        .whereRef('j.patient_id', '=', 'patient.id')
        .as('last_session_on'),
    )
    .where('patient.clinic_id', '=', clinicId);
}
