import { closeSync, fdatasync, fstatSync, openSync, statSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type Driver, type SqliteDatabase } from 'kysely';

/**
 * Durability of the embedded SQLite without blocking the event loop.
 *
 * With `synchronous = FULL`, SQLite fsyncs the write-ahead log inside every COMMIT, and
 * better-sqlite3 runs that COMMIT on the event loop: while the disk flushes (0.5 to 1.3 ms on the
 * machines measured here), the server can do nothing else, and every request in flight waits.
 *
 * Instead the connection runs with `synchronous = NORMAL` (in WAL mode: commits write the log
 * without fsync; checkpoints still sync) and this module fsyncs the log itself, on libuv's thread
 * pool, before any caller learns that its write is done. The guarantee is the one of FULL for
 * everything acknowledged: a write is reported done only after an fdatasync of the log that began
 * after its commit. One fsync covers every commit before it, so commits that arrive during a
 * flush share the next one (group commit of the flush), and the event loop serves other requests
 * meanwhile.
 *
 * A write that is committed but not yet flushed is visible to other queries on the connection, as
 * with any group commit. An answer that carries patient data waits for its own audit event, which
 * commits after what the read saw, so nothing read leaves the server before it is durable.
 *
 * If an fsync fails, the state of the log on disk is unknown and a retry cannot tell (the kernel
 * may have dropped the dirty pages): every waiting and later write fails, and the server must be
 * restarted, after which SQLite recovers from the log. This is PostgreSQL's answer to the same
 * problem.
 */
export class WalSync {
  /** Commits seen so far (autocommit writes and COMMITs); a position in the log. */
  private written = 0;
  /** Every commit up to this position is on disk. */
  private synced = 0;
  private flushing = false;
  private failure: Error | null = null;
  private waiters: { seq: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private fd: number | null = null;

  constructor(
    private readonly walPath: string,
    /** How to flush a file to disk; `fdatasync` except in tests. */
    private readonly sync: (fd: number, done: (error: Error | null) => void) => void = fdatasync,
  ) {}

  /** Called after each statement that committed something. */
  noteCommit(): void {
    this.written++;
  }

  /** The position of the latest commit: wait `until` it to know every commit so far is durable. */
  get position(): number {
    return this.written;
  }

  /** Whether a flush has failed: the server can no longer acknowledge writes. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Resolves once every commit up to `seq` (default: all so far) is on disk. */
  until(seq: number = this.written): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure);
    if (seq <= this.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject });
      this.flush();
    });
  }

  /** Closes the log's file descriptor (the database is closing). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private flush(): void {
    // A flush in progress started before some of the waiters' commits: it starts again when done.
    if (this.flushing) return;
    const target = this.written;
    let fd: number | null;
    try {
      fd = this.logFile();
    } catch (error) {
      this.fail(error);
      return;
    }
    if (fd === null) {
      // No log file: SQLite checkpointed everything into the database file (with a sync) and
      // removed the log, so there is nothing unsynced.
      this.reached(target);
      return;
    }
    this.flushing = true;
    this.sync(fd, (error) => {
      this.flushing = false;
      if (error !== null) this.fail(error);
      else this.reached(target);
    });
  }

  private reached(target: number): void {
    this.synced = Math.max(this.synced, target);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.seq <= this.synced) w.resolve();
      else this.waiters.push(w);
    }
    if (this.waiters.length > 0) this.flush();
  }

  private fail(error: unknown): void {
    this.failure = new Error('Could not flush the database log to disk; restart the server.', {
      cause: error,
    });
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w.reject(this.failure);
  }

  /**
   * A descriptor of the current log file, or null when there is none. The log is normally
   * created once and kept while the database is open; should it be replaced, the descriptor is
   * reopened, so a flush never syncs a file that is no longer the log.
   */
  private logFile(): number | null {
    let ino: number;
    try {
      ino = statSync(this.walPath).ino;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.close();
      return null;
    }
    if (this.fd !== null && fstatSync(this.fd).ino !== ino) this.close();
    this.fd ??= openSync(this.walPath, 'r');
    return this.fd;
  }
}

/**
 * The database as Kysely's SQLite driver sees it: statements prepared once per SQL text (Kysely
 * prepares every statement anew, a measured 10% of a request), and each statement that leaves no
 * transaction open after a change (an autocommit write, a COMMIT) noted as a commit.
 */
function durableDatabase(file: BetterSqlite3.Database, wal: WalSync): SqliteDatabase {
  const cache = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
  return {
    close: () => {
      cache.clear();
      file.close();
      wal.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement === undefined) {
        const s = file.prepare(sql);
        const isRollback = /^\s*rollback\b/i.test(sql);
        statement = {
          reader: s.reader,
          all: (parameters) => {
            const rows = s.all(parameters);
            // A write with `returning` is a reader: it commits too when no transaction is open.
            if (!s.readonly && !file.inTransaction) wal.noteCommit();
            return rows;
          },
          iterate: (parameters) => s.iterate(parameters),
          run: (parameters) => {
            const result = s.run(parameters);
            // COMMIT counts as read-only to SQLite (it only times other writes), hence the check.
            if (!file.inTransaction && !isRollback) wal.noteCommit();
            return result;
          },
        };
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Prepared statements kept per SQL text; queries are built from a small, fixed set. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver, whose queries resolve only once what they committed is durable. The
 * connection is released first, so other queries run during the flush.
 *
 * A controlled transaction (`startTransaction`) releases its connection in the background after
 * COMMIT, so its caller must wait with `WalSync.until` itself (`transact` does).
 */
class DurableSqliteDriver extends SqliteDriver {
  private from = 0;

  constructor(
    config: ConstructorParameters<typeof SqliteDriver>[0],
    private readonly wal: WalSync,
  ) {
    super(config);
  }

  override async acquireConnection(): Promise<Awaited<ReturnType<Driver['acquireConnection']>>> {
    const connection = await super.acquireConnection();
    this.from = this.wal.position;
    return connection;
  }

  override async releaseConnection(): Promise<void> {
    const wrote = this.wal.position > this.from;
    const position = this.wal.position;
    await super.releaseConnection();
    if (wrote) await this.wal.until(position);
  }
}

const registry = new WeakMap<object, WalSync>();

/** Remembers which `WalSync` keeps a database's commits durable (see `waitDurable`). */
export function registerWalSync(db: object, wal: WalSync): void {
  registry.set(db, wal);
}

/**
 * Resolves once every commit so far on `db` is durable: at once on PostgreSQL (its COMMIT
 * returns after the flush) and on a database without a `WalSync`.
 */
export function waitDurable(db: object): Promise<void> {
  return registry.get(db)?.until() ?? Promise.resolve();
}

/** Whether `db`'s writes can no longer be made durable (a flush failed): the server must restart. */
export function durabilityFailed(db: object): boolean {
  return registry.get(db)?.failed ?? false;
}

/** The SQLite dialect over `file` (WAL mode), with durability from `WalSync`. */
export function durableSqliteDialect(
  file: BetterSqlite3.Database,
  sync?: ConstructorParameters<typeof WalSync>[1],
): {
  dialect: SqliteDialect;
  wal: WalSync;
} {
  file.pragma('journal_mode = WAL');
  // NORMAL: commits do not fsync on the event loop; WalSync does it before acknowledging.
  file.pragma('synchronous = NORMAL');
  // Make sure the log file exists before WalSync looks for it.
  file.prepare('select count(*) from sqlite_master').get();
  const wal = new WalSync(`${file.name}-wal`, sync);
  const config = { database: durableDatabase(file, wal) };
  class Dialect extends SqliteDialect {
    override createDriver(): Driver {
      return new DurableSqliteDriver(config, wal);
    }
  }
  return { dialect: new Dialect(config), wal };
}
