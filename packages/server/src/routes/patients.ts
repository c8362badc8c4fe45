import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { recordReadAudit } from '../audit.js';
import { patientFor } from './patient-access.js';
import { canManagePatient, isStaff } from '../auth/policies.js';
import { createPatient, createPatientBody } from '../commands/create-patient.js';
import { reinvitePatient } from '../commands/reinvite-patient.js';
import { requireActor } from '../context.js';
import { AppError } from '../errors.js';
import { pageOf, pageQuery, pageQueryFields, pageView, type SortColumn } from '../paging.js';
import { patientSummaries, patientSummary } from '../db/patient-summary.js';
import { registerPatientRecordRoutes } from './patient-record.js';
import {
  patientSummaryView,
  patientView,
  presentPatient,
  presentPatientSummary,
} from '../presenters/patient.js';

export const patientParams = z.strictObject({ patientId: z.string().min(1).max(100) });

/** Patients: create with an invite, list the clinic's, read one; then the record's routes. */
/** By name; the id parts namesakes. */
const PATIENT_ORDER: readonly SortColumn[] = [
  { column: 'patient.display_name', direction: 'asc' },
  { column: 'patient.id', direction: 'asc' },
];

export function registerPatientRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;
  registerPatientRecordRoutes(app, deps);

  r.post(
    '/api/patients',
    {
      schema: {
        body: createPatientBody,
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

  r.post(
    '/api/patients/:patientId/invite',
    {
      schema: {
        params: patientParams,
        response: { 201: z.object({ url: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const { token, expiresAt } = await reinvitePatient({ db, ctx, patient });
      return reply.code(201).send({ url: `/invite/${token}`, expiresAt });
    },
  );

  r.get(
    '/api/patients',
    {
      schema: {
        querystring: z.object(pageQueryFields),
        response: { 200: pageView(patientSummaryView) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      if (!isStaff(ctx.actor))
        throw new AppError('forbidden', 'Only clinic staff can list patients.');
      const listed = patientSummaries(db, ctx.actor.clinicId).where(
        'patient.status',
        '!=',
        'erased',
      );
      const rows = await pageQuery(listed, PATIENT_ORDER, request.query).execute();
      await recordReadAudit(db, ctx, {
        action: 'patient.list',
        resourceType: 'patient',
        resourceId: null,
        patientId: null,
      });
      const keyOf = (r: (typeof rows)[number]) => [r.display_name, r.id];
      return pageOf(rows, request.query.limit, PATIENT_ORDER, keyOf, presentPatientSummary);
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
      const row = await patientSummary(db, ctx.actor.clinicId, found.id);
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
