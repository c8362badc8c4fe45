import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { recordReadAudit, type AuditFacts } from '../audit.js';
import { canReadPatient, type PatientRef } from '../auth/policies.js';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../app.js';
import { sessionWithPatient } from '../auth/sessions.js';
import { contextOf, sessionKeyOf, type RequestContext } from '../context.js';
import { preparedQuery } from '../db/prepared.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';

type May = (a: Actor, p: PatientRef) => boolean;

/** The patient the request is about: 404 unless readable (existence is not revealed), 403 unless allowed. */
export async function patientFor(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  may: May = canReadPatient,
): Promise<PatientRow> {
  const row = await db
    .selectFrom('patient')
    .selectAll()
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();
  return allowedPatient(ctx, row, may);
}

/** `patientFor`'s decision on a loaded row. Pure. */
function allowedPatient(ctx: RequestContext, row: PatientRow | undefined, may: May): PatientRow {
  const ref = row === undefined ? null : { clinicId: row.clinic_id, id: row.id };
  if (
    row === undefined ||
    ref === null ||
    row.status === 'erased' ||
    !canReadPatient(ctx.actor, ref)
  )
    throw new AppError('not-found', 'No such patient.');
  if (!may(ctx.actor, ref))
    throw new AppError('forbidden', 'You may not do this for this patient.');
  return row;
}

/**
 * The session, the patient of the actor's clinic the request is about and the id of their active
 * plan version, in one round trip: the first query of a journal entry or morning check, the
 * writes the patient makes every day.
 */
const sessionPatientPlan = preparedQuery((db, a: { sessionHash: string; patientId: string }) =>
  sessionWithPatient(db, a.sessionHash, a.patientId).select([
    'patient.clinic_id',
    'patient.id',
    'patient.user_id',
    'patient.therapist_id',
    'patient.display_name',
    'patient.email',
    'patient.status',
    'patient.created_at',
    'patient.phone',
    'patient.emergency_contact_name',
    'patient.emergency_contact_phone',
    'patient.safety_state',
    'patient.safety_detail',
    'patient.safety_since',
    'patient.programme_paused_at',
    'patient.last_safety_decision',
    'patient.disengaged_at',
    'plan.id as activePlanId',
  ]),
);

/**
 * `requireActor` and `patientFor` in one query, with the patient's active plan version's id
 * (null when none is published): the same 401, 403 and 404 answers.
 */
export async function actorAndPatient(
  request: FastifyRequest,
  deps: Deps,
  patientId: string,
  may: May,
): Promise<{ ctx: RequestContext; patient: PatientRow; activePlanId: string | null }> {
  const session = sessionKeyOf(request, deps);
  const [row] = await sessionPatientPlan(deps.db.kysely, { sessionHash: session.hash, patientId });
  const ctx = contextOf(request, session, row);
  // A left join: the patient's columns are all set or all null (they are NOT NULL in the table).
  const found =
    row === undefined || row.id === null
      ? undefined
      : ({
          clinic_id: row.clinic_id,
          id: row.id,
          user_id: row.user_id,
          therapist_id: row.therapist_id,
          display_name: row.display_name,
          email: row.email,
          status: row.status,
          created_at: row.created_at,
          phone: row.phone,
          emergency_contact_name: row.emergency_contact_name,
          emergency_contact_phone: row.emergency_contact_phone,
          safety_state: row.safety_state,
          safety_detail: row.safety_detail,
          safety_since: row.safety_since,
          programme_paused_at: row.programme_paused_at,
          last_safety_decision: row.last_safety_decision,
          disengaged_at: row.disengaged_at,
        } as PatientRow);
  return {
    ctx,
    patient: allowedPatient(ctx, found, may),
    activePlanId: row?.activePlanId ?? null,
  };
}

/**
 * A read (in one read transaction, for a consistent view) and its audit event, which is
 * group-committed with other reads' and durable before the caller answers.
 */
export async function auditedRead<T>(
  db: Kysely<Database>,
  ctx: RequestContext,
  facts: AuditFacts,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const result = await transact(db, work);
  await recordReadAudit(db, ctx, facts);
  return result;
}

/** The audit facts of a request about a patient's resources. */
export const auditFacts = (
  action: string,
  resourceType: string,
  resourceId: string | null,
  patientId: string | null,
): AuditFacts => ({ action, resourceType, resourceId, patientId });

/**
 * After a record's write (a journal entry, a morning check, a symptom report, a questionnaire
 * answer): a new record is re-evaluated by the progress queue; a retry with the same client key,
 * answered with the stored record, is audited as a read of it (`<kind>.retry`).
 */
export async function settleRecord(
  deps: Deps,
  ctx: RequestContext,
  patient: PatientRow,
  result: { readonly created: boolean; readonly row: { readonly id: string } },
  kind: string,
  resourceType = kind,
): Promise<void> {
  if (result.created) {
    deps.progress.schedule(patient.clinic_id, patient.id);
    return;
  }
  await recordReadAudit(
    deps.db.kysely,
    ctx,
    auditFacts(`${kind}.retry`, resourceType, result.row.id, patient.id),
  );
}
