import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../app.js';
import { canManagePatient } from '../auth/policies.js';
import { listDecisions } from '../commands/decisions.js';
import { engagementBody, markEngagement } from '../commands/mark-engagement.js';
import { contactBody, updatePatientContact } from '../commands/update-patient-contact.js';
import { requireActor } from '../context.js';
import { patientSummary } from '../db/patient-summary.js';
import { decisionView } from '../presenters/decision.js';
import { patientSummaryView, presentPatientSummary } from '../presenters/patient.js';
import { auditedRead, auditFacts as facts, patientFor } from './patient-access.js';

const patientParams = z.strictObject({ patientId: z.string().min(1).max(100) });

/** The clinician's side of a patient's record: contact details, engagement, the decision trail. */
export function registerPatientRecordRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.kysely;

  r.patch(
    '/api/patients/:patientId',
    {
      schema: {
        params: patientParams,
        body: contactBody,
        response: { 200: z.object({ patient: patientSummaryView }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      await updatePatientContact({ db, ctx, patient, ...request.body });
      const row = await patientSummary(db, patient.clinic_id, patient.id);
      return { patient: presentPatientSummary(row) };
    },
  );

  r.post(
    '/api/patients/:patientId/engagement',
    {
      schema: {
        params: patientParams,
        body: engagementBody,
        response: { 200: z.object({ disengagedAt: z.string().nullable() }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const marked = await markEngagement({ db, ctx, patient, ...request.body });
      deps.progress.schedule(patient.clinic_id, patient.id);
      return marked;
    },
  );

  r.get(
    '/api/patients/:patientId/decisions',
    {
      schema: {
        params: patientParams,
        response: { 200: z.object({ decisions: z.array(decisionView) }) },
      },
    },
    async (request) => {
      const ctx = await requireActor(request, deps);
      const patient = await patientFor(db, ctx, request.params.patientId, canManagePatient);
      const read = facts('decision.list', 'decision', null, patient.id);
      return auditedRead(db, ctx, read, async (trx) => ({
        decisions: await listDecisions({ db: trx, patient }),
      }));
    },
  );
}
