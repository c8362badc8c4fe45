import type { Kysely } from 'kysely';
import { newSequentialId } from './auth/tokens.js';
import { insertAuditEvents } from './db/record-write.js';
import type { RequestContext } from './context.js';
import type { Database, NewAuditEvent } from './db/schema.js';

export interface AuditFacts {
  /** `resource.verb`, e.g. `patient.read`, `journal-entry.create`. */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly patientId: string | null;
}

/** The audit row of a request: who, role, action, resource, when, from where, which request. */
export function auditRow(ctx: RequestContext, facts: AuditFacts): NewAuditEvent {
  return {
    id: newSequentialId(ctx.now.getTime()),
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
  };
}

/**
 * Writes the audit event of a write: who, role, action, resource, when, from where, which
 * request. Call it with the transaction of the write it records, so both land or neither does.
 */
export async function recordAudit(
  db: Kysely<Database>,
  ctx: RequestContext,
  facts: AuditFacts,
): Promise<void> {
  await db.insertInto('audit_event').values(auditRow(ctx, facts)).execute();
}

/**
 * Writes the audit event of something the system did on its own (no user, no request), such as
 * re-evaluating a patient's proposals after new journal data, in the transaction of that write.
 */
export async function recordSystemAudit(
  db: Kysely<Database>,
  event: AuditFacts & { readonly clinicId: string; readonly now: Date },
): Promise<void> {
  const id = newSequentialId(event.now.getTime());
  await db
    .insertInto('audit_event')
    .values({
      id,
      clinic_id: event.clinicId,
      user_id: null,
      role: 'system',
      action: event.action,
      resource_type: event.resourceType,
      resource_id: event.resourceId,
      patient_id: event.patientId,
      request_id: `system:${id}`,
      ip: null,
      at: event.now.toISOString(),
    })
    .execute();
}

interface PendingRead {
  readonly row: NewAuditEvent;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Most events one group commit takes; the rest wait for the next. */
const MAX_BATCH = 500;

/**
 * Group commit for the audit events of reads. A read has no write transaction to join, and a
 * commit per read would cost an fsync each. Reads that arrive together share one
 * multi-row insert, and each request waits until its event is committed: no response leaves before
 * its audit event is durable.
 */
class ReadAuditQueue {
  private pending: PendingRead[] = [];
  private draining: Promise<void> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  record(row: NewAuditEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    // Let the other requests of this turn of the event loop join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      try {
        await insertAuditEvents(
          this.db,
          batch.map((p) => p.row),
        );
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.draining = null;
  }
}

const queues = new WeakMap<Kysely<Database>, ReadAuditQueue>();

/** Records the audit event of a read; resolves once it is committed. */
export function recordReadAudit(
  db: Kysely<Database>,
  ctx: RequestContext,
  facts: AuditFacts,
): Promise<void> {
  let queue = queues.get(db);
  if (queue === undefined) {
    queue = new ReadAuditQueue(db);
    queues.set(db, queue);
  }
  return queue.record(auditRow(ctx, facts));
}
