import { formatDate } from '@backplan/core';
import type { Kysely } from 'kysely';
import { recordSystemAudit } from '../audit.js';
import { dialectOf } from '../db/dialect.js';
import { activePlanVersion } from '../db/plan-content.js';
import type { Database } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { evaluateProgress, laterDate } from './evaluate-progress.js';

/**
 * How long the queue gathers records before a round of re-evaluations, so a burst of records
 * costs one evaluation per patient. Nobody waits for it: every read of proposals or alerts
 * settles the patient first, and a red flag's alert is raised by the request that reported it
 * (`enterSafetyState`), not here. Measured under the
 * journal benchmark on PostgreSQL (5 patients): one evaluation (~10 queries) per 11 entries when
 * the pause was 5 ms, one per 52 entries at 250 ms.
 */
const COALESCE_MS = 250;
/** Patients one clinic-wide read settles at most before answering; the queue does the rest. */
const SETTLE_CLINIC_MAX = 200;

/** Re-evaluates one patient if they are marked due (`evaluateIfDue`). */
type Evaluate = (
  db: Kysely<Database>,
  patient: { clinicId: string; patientId: string; now: Date },
) => Promise<unknown>;

const keyOf = (clinicId: string, patientId: string) => `${clinicId}\n${patientId}`;

/**
 * Runs the progression re-evaluations that journal entries and morning checks mark due (the
 * `evaluation_due` outbox): soon after the commit, in the background, once per patient however
 * many records arrived. Reads of proposals and alerts call `settle` first, so whoever reads them
 * sees every record already acknowledged (read your writes); the mark is durable, so a crash
 * loses nothing and `recover` picks the marks up at the next start.
 */
export class ProgressQueue {
  private readonly pending = new Map<string, { clinicId: string; patientId: string }>();
  private running: Promise<void> | null = null;
  /** Ends the current gathering pause early. */
  private wake: (() => void) | null = null;
  /** Callers of `idle` waiting: no pause while there are any. */
  private hurry = 0;

  private readonly coalesceMs: number;
  private readonly concurrent: number;
  private readonly evaluate: Evaluate;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    /** Told of a background evaluation that failed; its mark stays for the next attempt. */
    private readonly onError: (error: unknown) => void,
    options: { coalesceMs?: number; concurrent?: number; evaluate?: Evaluate } = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? COALESCE_MS;
    // How many transactions the database gives background work (`Db.backgroundTransactions`).
    this.concurrent = options.concurrent ?? 1;
    this.evaluate = options.evaluate ?? evaluateIfDue;
  }

  /** After a committed record that marked the patient due: evaluate soon. */
  schedule(clinicId: string, patientId: string): void {
    this.pending.set(keyOf(clinicId, patientId), { clinicId, patientId });
    this.running ??= this.run();
  }

  /**
   * Before reading one patient's proposals or alerts: their due evaluation, now. A failure is
   * reported and leaves the mark; the read goes on with what is stored.
   */
  async settle(clinicId: string, patientId: string): Promise<void> {
    this.pending.delete(keyOf(clinicId, patientId));
    await this.inBatches([{ clinicId, patientId }]);
  }

  /** Before a clinic-wide read of alerts: every due evaluation of the clinic (up to a bound). */
  async settleClinic(clinicId: string): Promise<void> {
    const due = await this.db
      .selectFrom('evaluation_due')
      .select('patient_id')
      .distinct()
      .where('clinic_id', '=', clinicId)
      .limit(SETTLE_CLINIC_MAX)
      .execute();
    await this.inBatches(due.map((d) => ({ clinicId, patientId: d.patient_id })));
  }

  /** At start-up: the marks a stop or a crash left behind. Returns how many patients they concern. */
  async recover(): Promise<number> {
    const due = await this.db
      .selectFrom('evaluation_due')
      .select(['clinic_id', 'patient_id'])
      .distinct()
      .execute();
    for (const d of due) this.schedule(d.clinic_id, d.patient_id);
    return due.length;
  }

  /** Evaluates what is scheduled now, without the gathering pause; resolves once nothing is left (shutdown, tests). */
  async idle(): Promise<void> {
    this.hurry++;
    try {
      while (this.running !== null) {
        this.wake?.();
        await this.running;
      }
    } finally {
      this.hurry--;
    }
  }

  private async run(): Promise<void> {
    while (this.pending.size > 0) {
      await this.pause();
      const batch = [...this.pending.values()];
      this.pending.clear();
      await this.inBatches(batch);
    }
    this.running = null;
  }

  /** The gathering pause before a round, cut short by `idle`. */
  private pause(): Promise<void> {
    if (this.hurry > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, this.coalesceMs);
      this.wake = done;
    });
  }

  private async inBatches(
    patients: readonly { clinicId: string; patientId: string }[],
  ): Promise<void> {
    for (let i = 0; i < patients.length; i += this.concurrent) {
      await Promise.all(
        patients.slice(i, i + this.concurrent).map(async ({ clinicId, patientId }) => {
          try {
            await this.evaluate(this.db, { clinicId, patientId, now: this.now() });
          } catch (error) {
            this.onError(error);
          }
        }),
      );
    }
  }
}

/**
 * Runs a patient's due re-evaluation, if any marks are there, in one transaction with its audit
 * event (by the system: no user), and removes the marks it found. A record committed meanwhile
 * leaves a mark this run did not see, so it is evaluated again later; on PostgreSQL the marks are
 * locked, so two servers never evaluate the same marks at once.
 * Returns whether it evaluated.
 */
export async function evaluateIfDue(
  db: Kysely<Database>,
  due: { clinicId: string; patientId: string; now: Date },
): Promise<boolean> {
  const { clinicId, patientId, now } = due;
  return transact(db, async (trx) => {
    let q = trx
      .selectFrom('evaluation_due')
      .select(['id', 'as_of'])
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId);
    // Waits for an evaluation holding them: after it, they are gone and its results committed,
    // so a caller settling before a read sees them (read your writes).
    if (dialectOf(trx) === 'postgres') q = q.forUpdate();
    const marks = await q.execute();
    if (marks.length === 0) return false;
    await trx
      .deleteFrom('evaluation_due')
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .where(
        'id',
        'in',
        marks.map((m) => m.id),
      )
      .execute();
    const plan = await activePlanVersion(trx, clinicId, patientId);
    // No active plan (discharged, or erased meanwhile): nothing to propose.
    if (plan === undefined) return false;
    const asOf = marks.reduce((latest, m) => laterDate(latest, m.as_of), formatDate(now));
    await evaluateProgress({ trx, clinicId, now, patientId, plan, asOf });
    await recordSystemAudit(trx, {
      clinicId,
      now,
      action: 'progress.evaluate',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
    });
    return true;
  });
}
