import type { Kysely } from 'kysely';
import { newId } from './auth/tokens.js';
import type { RequestContext } from './context.js';
import type { Database } from './db/schema.js';

export interface AuditFacts {
  /** `resource.verb`, e.g. `patient.read`, `journal-entry.create`. */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly patientId: string | null;
}

/**
 * Writes one audit event: who, role, action, resource, when, from where, which request. Call it
 * with the transaction of the write it records, so both land or neither does.
 */
export async function recordAudit(
  db: Kysely<Database>,
  ctx: RequestContext,
  facts: AuditFacts,
): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      id: newId(),
      clinic_id: ctx.actor.clinicId,
      user_id: ctx.actor.userId,
      role: ctx.actor.role,
      action: facts.action,
      resource_type: facts.resourceType,
      resource_id: facts.resourceId,
      patient_id: facts.patientId,
      request_id: ctx.requestId,
      ip: ctx.ip,
      at: ctx.now.toISOString(),
    })
    .execute();
}
