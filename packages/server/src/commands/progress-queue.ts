import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { evaluateIfDue } from './evaluate-progress.js';

/** How long a scheduled re-evaluation waits, so a burst of records costs one evaluation. */
const COALESCE_MS = 5;
/** Patients evaluated together: their transactions share one group commit on SQLite. */
const CONCURRENT = 16;
/** Patients one clinic-wide read settles at most before answering; the queue does the rest. */
const SETTLE_CLINIC_MAX = 200;

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

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
    /** Told of a background evaluation that failed; its mark stays for the next attempt. */
    private readonly onError: (error: unknown) => void,
  ) {}

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

  /** Resolves once nothing is scheduled or running (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private async run(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, COALESCE_MS));
    while (this.pending.size > 0) {
      const batch = [...this.pending.values()];
      this.pending.clear();
      await this.inBatches(batch);
    }
    this.running = null;
  }

  private async inBatches(
    patients: readonly { clinicId: string; patientId: string }[],
  ): Promise<void> {
    for (let i = 0; i < patients.length; i += CONCURRENT) {
      await Promise.all(
        patients.slice(i, i + CONCURRENT).map(async ({ clinicId, patientId }) => {
          try {
            await evaluateIfDue(this.db, { clinicId, patientId, now: this.now() });
          } catch (error) {
            this.onError(error);
          }
        }),
      );
    }
  }
}
