import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * The clinic's patients with their therapist's name, active plan version and latest session
 * date: the rows of the clinic's list and of one patient's summary (narrow it with `where`).
 */
export function patientSummaries(db: Kysely<Database>, clinicId: string) {
  return db
    .selectFrom('patient')
    .leftJoin('user as therapist', 'therapist.id', 'patient.therapist_id')
    .leftJoin('plan', (join) =>
      join
        .onRef('plan.clinic_id', '=', 'patient.clinic_id')
        .onRef('plan.patient_id', '=', 'patient.id')
        .on('plan.status', '=', 'active'),
    )
    .selectAll('patient')
    .select([
      'therapist.name as therapist_name',
      'plan.id as plan_id',
      'plan.version as plan_version',
    ])
    .select((eb) =>
      eb
        .selectFrom('journal_entry as j')
        .select((j) => j.fn.max('j.performed_on').as('d'))
        .whereRef('j.clinic_id', '=', 'patient.clinic_id')
        .whereRef('j.patient_id', '=', 'patient.id')
        .as('last_session_on'),
    )
    .where('patient.clinic_id', '=', clinicId);
}

/** One patient's summary row (the caller has checked the patient is readable). */
export async function patientSummary(db: Kysely<Database>, clinicId: string, patientId: string) {
  return patientSummaries(db, clinicId)
    .where('patient.id', '=', patientId)
    .executeTakeFirstOrThrow();
}
