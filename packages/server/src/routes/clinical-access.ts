import { transact } from '../db/transact.js';
import type { Kysely, Transaction } from 'kysely';
import { recordReadAudit, type AuditFacts } from '../audit.js';
import { canManagePatient, canReadPatient } from '../auth/policies.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { patientFor } from './patient-access.js';

/**
 * The patient of the actor's clinic they may read, or a 404: a missing patient and another
 * clinic's (or another patient's) look the same. `manage` then needs clinic staff (403).
 */
export async function requirePatient(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  access: 'read' | 'manage',
): Promise<PatientRow> {
  return patientFor(db, ctx, patientId, access === 'manage' ? canManagePatient : canReadPatient);
}

/** A read of patient data: authorise and load in one read transaction, then audit it. */
export async function auditedClinicalRead<T>(
  db: Kysely<Database>,
  ctx: RequestContext,
  patientId: string,
  facts: Omit<AuditFacts, 'patientId'>,
  load: (trx: Transaction<Database>, patient: PatientRow) => Promise<T>,
): Promise<T> {
  const { patient, value } = await transact(db, async (trx) => {
    const p = await requirePatient(trx, ctx, patientId, 'read');
    return { patient: p, value: await load(trx, p) };
  });
  await recordReadAudit(db, ctx, { ...facts, patientId: patient.id });
  return value;
}
