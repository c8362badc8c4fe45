import { transact } from '../db/transact.js';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit.js';
import type { RequestContext } from '../context.js';
import type { Database, PatientRow } from '../db/schema.js';
import { AppError } from '../errors.js';
import type { AlertRow } from '../presenters/daily.js';

/** Marks one of the patient's alerts as seen by the clinician, audited; a 404 if there is none. */
export async function acknowledgeAlert(props: {
  db: Kysely<Database>;
  ctx: RequestContext;
  patient: PatientRow;
  alertId: string;
}): Promise<AlertRow> {
  const { ctx, patient: p, alertId } = props;
  return transact(props.db, async (trx) => {
    const row = await trx
      .updateTable('alert')
      .set({ status: 'acknowledged', acknowledged_by: ctx.actor.userId })
      .where('clinic_id', '=', p.clinic_id)
      .where('patient_id', '=', p.id)
      .where('id', '=', alertId)
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) throw new AppError('not-found', 'No such alert.');
    await recordAudit(trx, ctx, {
      action: 'alert.acknowledge',
      resourceType: 'alert',
      resourceId: alertId,
      patientId: p.id,
    });
    return row;
  });
}
