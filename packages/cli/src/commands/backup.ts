import { parseArgs } from 'node:util';
import { EXIT_INVALID, EXIT_OK, type Io } from '../io.js';
import { loadServer, messageOf, refusePostgres, serverConfig } from './server-config.js';

type Parsed = { file: string; force: boolean } | string;

function parse(args: readonly string[], allowForce: boolean): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: allowForce ? { force: { type: 'boolean' } } : {},
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = positionals;
    if (file === undefined) return 'name the file';
    if (extra.length > 0) return `one file only (also got ${extra.join(' ')})`;
    return { file, force: values.force === true };
  } catch (e) {
    return messageOf(e);
  }
}

/** `backplan backup <file> [--force]`: an online, consistent copy of the embedded database. */
export async function runBackup(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, true);
  if (typeof parsed === 'string') {
    io.stderr(`backplan backup: ${parsed}. Usage: backplan backup <file> [--force]\n`);
    return EXIT_INVALID;
  }
  const config = await serverConfig(io);
  if (typeof config === 'number') return config;
  if (refusePostgres('backup', config, io)) return EXIT_INVALID;
  const { backupSqlite } = await loadServer();
  const outcome = await backupSqlite(config.BACKPLAN_DATA_DIR, parsed.file, {
    force: parsed.force,
  });
  if (!outcome.ok) {
    io.stderr(`backplan backup: ${outcome.message}\n`);
    return EXIT_INVALID;
  }
  const kb = Math.ceil(outcome.bytes / 1024);
  io.stdout(
    `Backed up the database to ${outcome.file} (${kb} KB; migrations: ${outcome.migrations.join(', ')}).\n`,
  );
  return EXIT_OK;
}

/** `backplan restore <file>`: puts a backup in place of the embedded database (server stopped). */
export async function runRestore(args: readonly string[], io: Io): Promise<number> {
  const parsed = parse(args, false);
  if (typeof parsed === 'string') {
    io.stderr(`backplan restore: ${parsed}. Usage: backplan restore <file>\n`);
    return EXIT_INVALID;
  }
  const config = await serverConfig(io);
  if (typeof config === 'number') return config;
  if (refusePostgres('restore', config, io)) return EXIT_INVALID;
  const { restoreSqlite } = await loadServer();
  const outcome = restoreSqlite(config.BACKPLAN_DATA_DIR, parsed.file, io.today());
  if (!outcome.ok) {
    io.stderr(`backplan restore: ${outcome.message}\n`);
    return EXIT_INVALID;
  }
  io.stdout(
    `Restored ${parsed.file} into ${outcome.database}.\n` +
      (outcome.previous === null ? '' : `The previous database is kept as ${outcome.previous}.\n`) +
      'Missing migrations are applied when the server starts (or run backplan migrate).\n',
  );
  return EXIT_OK;
}
