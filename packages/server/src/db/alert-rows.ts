import type { Kysely } from 'kysely';
import { pageOf, pageQuery, type SortColumn } from '../paging.js';
import type { AlertViewRow } from '../presenters/daily.js';
import type { Database } from './schema.js';

type AlertFilter = {
  clinicId: string;
  patientId?: string | undefined;
  alertId?: string | undefined;
  status?: 'open' | 'acknowledged' | undefined;
};

/** Newest data first; the id makes the order total, so a page ends at one exact alert. */
const ALERT_ORDER: readonly SortColumn[] = [
  { column: 'alert.on_date', direction: 'desc' },
  { column: 'alert.created_at', direction: 'desc' },
  { column: 'alert.id', direction: 'desc' },
];

/**
 * Alerts of a clinic as their view needs them: with the name of the clinician who closed each
 * one and whether its patient is marked disengaged (an alert proposing it then proposes nothing).
 * Newest data first. Filtered by patient, alert id and status when given.
 */
export async function alertRows(db: Kysely<Database>, where: AlertFilter): Promise<AlertViewRow[]> {
  return alertQuery(db, where)
    .orderBy('alert.on_date', 'desc')
    .orderBy('alert.created_at', 'desc')
    .orderBy('alert.id', 'desc')
    .execute();
}

/** One page of the alerts `alertRows` lists, in the same order, with the next page's cursor. */
export async function alertPage<T>(
  db: Kysely<Database>,
  where: AlertFilter,
  page: { cursor?: string | undefined; limit: number },
  present: (row: AlertViewRow) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const rows = await pageQuery(alertQuery(db, where), ALERT_ORDER, page).execute();
  return pageOf(rows, page.limit, ALERT_ORDER, (r) => [r.on_date, r.created_at, r.id], present);
}

function alertQuery(db: Kysely<Database>, where: AlertFilter) {
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
  return q;
}
