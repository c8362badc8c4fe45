import type { Kysely } from 'kysely';

/**
 * Indexes for the therapist's feedback: the patient's latest notes (today's view) and the
 * comments on a page of journal entries. `clinic_id` leads, like every key of patient data.
 */
export function indexes() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('feedback_clinic_id_patient_id_created_at_idx')
        .on('feedback')
        .columns(['clinic_id', 'patient_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('feedback_clinic_id_journal_entry_id_idx')
        .on('feedback')
        .columns(['clinic_id', 'journal_entry_id'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('feedback_clinic_id_journal_entry_id_idx').execute();
      await db.schema.dropIndex('feedback_clinic_id_patient_id_created_at_idx').execute();
    },
  };
}
