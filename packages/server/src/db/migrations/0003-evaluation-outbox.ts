import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * The outbox of progression re-evaluations: a journal entry or morning check adds a mark for its
 * patient in the transaction that stores it, and the re-evaluation (proposals and alerts) runs
 * after the commit, once for however many marks it finds. One row per record, so concurrent
 * writers never wait on each other; a crash leaves the rows, and the next start evaluates them.
 *
 * Also: the journal's index gains `created_at`, so the newest sessions of the re-evaluation's
 * window come from the index in order (a patient with many sessions on one day made SQLite sort
 * them all: 3.9 ms a re-evaluation, measured); it replaces the index it extends.
 */
export function evaluationOutbox(dialect: DialectName) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('evaluation_due')
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('as_of', t.date, (c) => c.notNull())
        .addColumn('since', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('evaluation_due_pk', ['clinic_id', 'patient_id', 'id'])
        .execute();
      await db.schema
        .createIndex('journal_entry_clinic_id_patient_id_performed_on_created_at_idx')
        .on('journal_entry')
        .columns(['clinic_id', 'patient_id', 'performed_on', 'created_at'])
        .execute();
      await db.schema.dropIndex('journal_entry_clinic_id_patient_id_performed_on_idx').execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createIndex('journal_entry_clinic_id_patient_id_performed_on_idx')
        .on('journal_entry')
        .columns(['clinic_id', 'patient_id', 'performed_on'])
        .execute();
      await db.schema
        .dropIndex('journal_entry_clinic_id_patient_id_performed_on_created_at_idx')
        .execute();
      await db.schema.dropTable('evaluation_due').execute();
    },
  };
}
