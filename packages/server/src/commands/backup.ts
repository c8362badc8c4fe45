/**
 * Backup and restore of the embedded SQLite database, for `backplan backup` and `backplan restore`.
 * PostgreSQL has its own tools (pg_dump, pg_restore: docs/deployment.md). Refusals are outcomes
 * (`{ ok: false, reason, message }`); only a broken disk or library throws.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** The database file in the data directory, as `openDatabase` names it. */
export const SQLITE_FILE = 'backplan.sqlite';
/** Kysely's migration table: its presence marks a database with our schema. */
const MIGRATION_TABLE = 'kysely_migration';
const SQLITE_HEADER = 'SQLite format 3\0';

export type BackupRefusal = 'no-database' | 'exists';
export type RestoreRefusal = 'not-found' | 'not-sqlite' | 'not-backplan' | 'damaged' | 'in-use';

export type BackupOutcome =
  | { ok: true; file: string; bytes: number; migrations: readonly string[] }
  | { ok: false; reason: BackupRefusal; message: string };

export type RestoreOutcome =
  | { ok: true; database: string; previous: string | null; migrations: readonly string[] }
  | { ok: false; reason: RestoreRefusal; message: string };

/**
 * A consistent copy of the live database, taken online with SQLite's backup API (a running server
 * keeps serving). Written to a temporary file beside `file`, synced, then renamed into place, so
 * `file` is never half written. An existing `file` is kept unless `force`.
 */
export async function backupSqlite(
  dataDir: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupOutcome> {
  const live = join(dataDir, SQLITE_FILE);
  if (!existsSync(live)) {
    return {
      ok: false,
      reason: 'no-database',
      message: `There is no database to back up: ${live} does not exist.`,
    };
  }
  const target = resolve(file);
  if (existsSync(target) && options.force !== true) {
    return {
      ok: false,
      reason: 'exists',
      message: `${target} already exists; choose another file or pass --force to replace it.`,
    };
  }
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  const source = new BetterSqlite3(live, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(temp);
    const migrations = appliedMigrations(source);
    syncFile(temp);
    renameSync(temp, target);
    syncDir(dirname(target));
    return { ok: true, file: target, bytes: statSync(target).size, migrations };
  } finally {
    source.close();
    removeDatabaseFiles(temp);
  }
}

/**
 * Puts a backup in place of the live database. The file must be a SQLite database with our
 * migration table, and no process may hold the live database (stop the server first). The
 * backup is copied to a temporary file in the data directory, checked, synced and renamed over
 * the live file, so the swap is atomic; the previous database stays as
 * `backplan.sqlite.before-restore-<timestamp>`.
 */
export function restoreSqlite(
  dataDir: string,
  file: string,
  now: Date = new Date(),
): RestoreOutcome {
  const source = resolve(file);
  if (!existsSync(source)) {
    return { ok: false, reason: 'not-found', message: `${source} does not exist.` };
  }
  if (!hasSqliteHeader(source)) {
    return {
      ok: false,
      reason: 'not-sqlite',
      message: `${source} is not a SQLite database (make backups with backplan backup).`,
    };
  }
  mkdirSync(dataDir, { recursive: true });
  const live = join(dataDir, SQLITE_FILE);
  if (existsSync(live) && isInUse(live)) {
    return {
      ok: false,
      reason: 'in-use',
      message: `${live} is in use: stop the Backplan server, then restore.`,
    };
  }
  const temp = tempBeside(live);
  try {
    copyFileSync(source, temp);
    const checked = checkBackup(temp, source);
    if (!checked.ok) return checked;
    syncFile(temp);
    let previous: string | null = null;
    if (existsSync(live)) {
      previous = `${live}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      // A hard link keeps the previous database while the rename swaps in the new one atomically.
      linkSync(live, previous);
      // A closed SQLite database has no -wal or -shm; leftovers from a crash belong to the old file.
      for (const side of ['-wal', '-shm']) {
        if (existsSync(live + side)) renameSync(live + side, previous + side);
      }
    }
    renameSync(temp, live);
    syncDir(dataDir);
    return { ok: true, database: live, previous, migrations: checked.migrations };
  } finally {
    removeDatabaseFiles(temp);
  }
}

/** Opens the copy and checks it is ours and sound; closing it leaves no -wal behind. */
function checkBackup(
  temp: string,
  source: string,
): { ok: true; migrations: readonly string[] } | Extract<RestoreOutcome, { ok: false }> {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(temp, { fileMustExist: true });
    const table = db
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(MIGRATION_TABLE);
    if (table === undefined) {
      return {
        ok: false,
        reason: 'not-backplan',
        message: `${source} is a SQLite database but not a Backplan one (it has no ${MIGRATION_TABLE} table).`,
      };
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      return {
        ok: false,
        reason: 'damaged',
        message: `${source} is damaged: ${String(check)}.`,
      };
    }
    return { ok: true, migrations: appliedMigrations(db) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'damaged', message: `${source} cannot be read: ${why}.` };
  } finally {
    db?.close();
  }
}

/** True when another connection holds the database: an exclusive lock cannot be taken at once. */
function isInUse(file: string): boolean {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch {
    return true;
  } finally {
    // The last connection to close checkpoints the WAL and removes the -wal and -shm files.
    db.close();
  }
}

function appliedMigrations(db: BetterSqlite3.Database): readonly string[] {
  const rows = db.prepare(`select name from ${MIGRATION_TABLE} order by name`).all() as {
    name: string;
  }[];
  return rows.map((r) => r.name);
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** A temporary name in the same directory, so the final rename stays on one file system. */
function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${String(process.pid)}-${String(Date.now())}.tmp`);
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (a no-op where directories cannot be opened, as on Windows). */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the data itself is already synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
