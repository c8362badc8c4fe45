import type { Kysely } from 'kysely';

/**
 * Every request finds its session's patient record by the signed-in user (`findActor`). Without an
 * index on the user the lookup read every patient of the clinic: a few in the demo, thousands in
 * a real clinic, on every request.
 */
export function patientUserIndex() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('patient_clinic_id_user_id_idx')
        .on('patient')
        .columns(['clinic_id', 'user_id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('patient_clinic_id_user_id_idx').execute();
    },
  };
}
