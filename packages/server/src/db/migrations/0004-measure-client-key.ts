import type { Kysely } from 'kysely';

/**
 * Questionnaires the patient answers on their device are stored as measures, so a measure gains the
 * device's idempotency key: a retried POST finds the row it stored and never adds a second. Rows a
 * clinician records keep it null; null keys never collide (both dialects treat nulls as distinct
 * in a unique index).
 */
export function measureClientKey() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('measure').addColumn('client_key', 'text').execute();
      await db.schema
        .createIndex('measure_client_key_unique')
        .unique()
        .on('measure')
        .columns(['clinic_id', 'patient_id', 'client_key'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('measure_client_key_unique').execute();
      await db.schema.alterTable('measure').dropColumn('client_key').execute();
    },
  };
}
