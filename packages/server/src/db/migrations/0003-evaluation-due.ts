import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * The outbox of progression re-evaluations: a journal entry or morning check adds a mark for its
 * patient in the transaction that stores it, and the re-evaluation (proposals and alerts) runs
 * after the commit, once for however many marks it finds. One row per record, so concurrent
 * writers never wait on each other; a crash leaves the rows, and the next start evaluates them.
 */
export function evaluationDue(dialect: DialectName) {
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
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('evaluation_due').execute();
    },
  };
}
