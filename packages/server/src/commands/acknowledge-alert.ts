import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import { alertRows } from '../db/alert-rows.js';
import type { Database, PatientRow } from '../db/schema.js';
import { transact } from '../db/transact.js';
import { AppError } from '../errors.js';
import type { AlertViewRow } from '../presenters/daily.js';
import { SAFETY_OUTCOMES } from '../presenters/safety.js';
import { recordSafetyDecision } from './safety-decision.js';

/**
 * Closing an alert: a red-flag alert only with the recorded outcome (what was done), any alert
 * with an optional note. No body at all is an acknowledgement without a note.
 */
export const acknowledgeBody = z
  .strictObject({
    outcome: z
      .enum(SAFETY_OUTCOMES)
      .optional()
      .describe('Required for a red-flag alert (what was done), refused for any other.'),
    note: z.string().trim().max(2000).optional(),
  })
  .optional();
export type AcknowledgeBody = z.output<typeof acknowledgeBody>;

const outcomeError = (message: string) =>
  new AppError('validation-failed', `body.outcome: ${message}`, [
    { path: 'body.outcome', message },
  ]);

/**
 * Closes one of the patient's alerts as the signed-in clinician, audited; a 404 if there is none.
 * A red-flag alert is closed only by a recorded outcome (red-flags.md), through the safety
 * decision; other alerts take an optional note and no outcome.
 */
export async function acknowledgeAlert(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  alertId: string;
  body?: AcknowledgeBody;
}): Promise<AlertViewRow> {
  const { db, ctx, patient: p, alertId } = props;
  const { outcome, note } = props.body ?? {};
  const mine = { clinicId: p.clinic_id, patientId: p.id, alertId };
  const [alert] = await alertRows(db, mine);
  if (alert === undefined) throw new AppError('not-found', 'No such alert.');
  if (alert.type === 'red-flag') {
    if (outcome === undefined) {
      throw outcomeError(
        'A safety alert is closed only by recording what was done: emergency-care, referred, cleared or discharged.',
      );
    }
    await recordSafetyDecision(db, ctx, p, { alertId, outcome, note });
  } else {
    if (outcome !== undefined) throw outcomeError('Only a red-flag alert takes an outcome.');
    const trimmed = note === undefined || note === '' ? null : note;
    await transact(db, async (trx) => {
      await trx
        .updateTable('alert')
        .set({
          status: 'acknowledged',
          acknowledged_by: ctx.actor.userId,
          note: trimmed,
          decided_at: ctx.now.toISOString(),
        })
        .where('clinic_id', '=', p.clinic_id)
        .where('patient_id', '=', p.id)
        .where('id', '=', alertId)
        .execute();
      await recordAudit(trx, ctx, {
        action: 'alert.acknowledge',
        resourceType: 'alert',
        resourceId: alertId,
        patientId: p.id,
      });
    });
  }
  const [closed] = await alertRows(db, mine);
  if (closed === undefined) throw new AppError('not-found', 'No such alert.');
  return closed;
}
