import { parseArgs } from 'node:util';
import { EXIT_FAILED, EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { describeDatabase, loadServer, messageOf, serverConfig } from './server-config.js';

/** `backplan migrate`: applies the migrations the configured database lacks. */
export async function runMigrate(args: readonly string[], io: Io): Promise<number> {
  try {
    parseArgs({ args: [...args], options: {}, allowPositionals: false });
  } catch (e) {
    io.stderr(`backplan migrate: ${messageOf(e)}\n`);
    return EXIT_INVALID;
  }
  const config = await serverConfig(io);
  if (typeof config === 'number') return config;
  const { openDatabase, migrateToLatest } = await loadServer();
  const db = openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.BACKPLAN_DATA_DIR });
  try {
    const applied = await migrateToLatest(db);
    const where = describeDatabase(config);
    io.stdout(
      applied.length === 0
        ? `The database (${where}) is up to date.\n`
        : `Applied to the database (${where}):\n${applied.map((m) => `  ${m}`).join('\n')}\n`,
    );
    return EXIT_OK;
  } catch (e) {
    io.stderr(`backplan migrate: the migration failed: ${messageOf(e)}\n`);
    return EXIT_FAILED;
  } finally {
    await db.close();
  }
}
