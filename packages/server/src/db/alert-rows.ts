import type { Kysely } from 'kysely';
import type { AlertViewRow } from '../presenters/daily.js';
import type { Database } from './schema.js';

/**
 * Alerts of a clinic as their view needs them: with the name of the clinician who closed each
 * one and whether its patient is marked disengaged (an alert proposing it then proposes nothing).
 * Newest data first. Filtered by patient, alert id and status when given.
 */
export async function alertRows(
  db: Kysely<Database>,
  where: {
    clinicId: string;
    patientId?: string | undefined;
    alertId?: string | undefined;
    status?: 'open' | 'acknowledged' | undefined;
  },
): Promise<AlertViewRow[]> {
  let q = db
    .selectFrom('alert')
    .innerJoin('patient', (j) =>
      j
        .onRef('patient.clinic_id', '=', 'alert.clinic_id')
        .onRef('patient.id', '=', 'alert.patient_id'),
    )
    .leftJoin('user', 'user.id', 'alert.acknowledged_by')
    .selectAll('alert')
    .select(['user.name as acknowledged_by_name', 'patient.disengaged_at as patient_disengaged_at'])
    .where('alert.clinic_id', '=', where.clinicId);
  if (where.patientId !== undefined) q = q.where('alert.patient_id', '=', where.patientId);
  if (where.alertId !== undefined) q = q.where('alert.id', '=', where.alertId);
  if (where.status !== undefined) q = q.where('alert.status', '=', where.status);
  return q.orderBy('alert.on_date', 'desc').orderBy('alert.created_at', 'desc').execute();
}
