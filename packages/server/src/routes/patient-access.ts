import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { recordReadAudit, type AuditFacts } from '../audit.js';
import { canReadPatient, type PatientRef } from '../auth/policies.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';

/** The patient the request is about: 404 unless readable (existence is not revealed), 403 unless allowed. */
export async function patientFor(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  may: (a: Actor, p: PatientRef) => boolean = canReadPatient,
): Promise<PatientRow> {
  const row = await db
    .selectFrom('patient')
    .selectAll()
    .where('clinic_id', '=', ctx.actor.clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();
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
