import type { Config } from '@backplan/server';
import { EXIT_INVALID, type Io } from '../io.js';

/**
 * The server's modules, loaded only by the commands that need them, so `backplan score` and the
 * other offline commands start without the HTTP and database stack.
 */
export const loadServer = () => import('@backplan/server');

/** The validated configuration from `io.env`, or the exit code after saying what is wrong. */
export async function serverConfig(io: Io): Promise<Config | number> {
  const { loadConfig } = await loadServer();
  const loaded = loadConfig(io.env);
  if (loaded.ok) return loaded.config;
  io.stderr(`${loaded.message}\n`);
  return EXIT_INVALID;
}

/** Where the embedded database lives, for messages. */
export const describeDatabase = (config: Config): string =>
  config.DATABASE_URL === undefined
    ? `embedded SQLite in ${config.BACKPLAN_DATA_DIR}`
    : 'PostgreSQL (DATABASE_URL)';

/** The backup commands work on the embedded database only; PostgreSQL has pg_dump. */
export function refusePostgres(command: 'backup' | 'restore', config: Config, io: Io): boolean {
  if (config.DATABASE_URL === undefined) return false;
  const tool = command === 'backup' ? 'pg_dump -Fc "$DATABASE_URL" -f backplan.dump' : 'pg_restore';
  io.stderr(
    `backplan ${command}: DATABASE_URL is set, and backplan ${command} handles only the embedded ` +
      `SQLite database.\nUse PostgreSQL's own tools instead (${tool}); see docs/deployment.md.\n`,
  );
  return true;
}

/** The message of an error thrown by the database layer. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
