export { buildApp, type Deps } from './app.js';
export { configSchema, loadConfig, type Config } from './config.js';
export { openDatabase, type Db, type DialectName } from './db/dialect.js';
export { migrateToLatest } from './db/migrate.js';
export { startServer, type Running } from './start.js';
export {
  backupSqlite,
  restoreSqlite,
  SQLITE_FILE,
  type BackupOutcome,
  type RestoreOutcome,
} from './commands/backup.js';
export { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from './seed/demo-people.js';
export { listClinics, provisionClinic, type ClinicListing } from './commands/provision-clinic.js';
export { hasUnsafeNameCharacter } from './text-guard.js';
