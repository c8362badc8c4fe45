import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './dialect.js';
import { initial } from './migrations/0001-initial.js';
import { indexes } from './migrations/0002-indexes.js';
import { evaluationOutbox } from './migrations/0003-evaluation-outbox.js';
import { measureClientKey } from './migrations/0004-measure-client-key.js';
import { patientUserIndex } from './migrations/0005-patient-user-index.js';
import { safetyLoop } from './migrations/0006-safety-loop.js';
import { accounts } from './migrations/0007-accounts.js';
import { auditOutcome } from './migrations/0008-audit-outcome.js';

/** Migrations in order, compiled in (no file-system discovery), for the database's dialect. */
function provider(db: Db): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve<Record<string, Migration>>({
        '0001-initial': initial(db.dialect),
        '0002-indexes': indexes(),
        '0003-evaluation-outbox': evaluationOutbox(db.dialect),
        '0004-measure-client-key': measureClientKey(),
        '0005-patient-user-index': patientUserIndex(),
        '0006-safety-loop': safetyLoop(db.dialect),
        '0007-accounts': accounts(db.dialect),
        '0008-audit-outcome': auditOutcome(db.dialect),
      }),
  };
}

/** Brings the schema up to date; run at start-up and by `backplan migrate`. */
export async function migrateToLatest(db: Db): Promise<readonly string[]> {
  const migrator = new Migrator({ db: db.kysely, provider: provider(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error('Migration failed.');
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
