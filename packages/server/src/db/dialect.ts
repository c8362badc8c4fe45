import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type RawBuilder,
  type ColumnDataType,
} from 'kysely';
import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';
import pg from 'pg';
import type { Database } from './schema.js';
import { durableSqliteDialect, registerWalSync } from './wal-sync.js';

/**
 * Everything that differs between the embedded SQLite and PostgreSQL lives here: how to connect,
 * the column types of timestamps, dates and JSON, and how values come back. Queries elsewhere are
 * the same on both.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * Transactions that background work (progress re-evaluations) may run at once. On SQLite they
   * share one group commit, so 16 together cost one flush. On PostgreSQL each holds a pooled
   * connection until it commits: half the pool, so requests always find a connection.
   */
  readonly backgroundTransactions: number;
  readonly close: () => Promise<void>;
}

export interface DbConfig {
  /** A postgres:// URL; when absent, the embedded SQLite database in `dataDir` is used. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** File name of the SQLite database inside `dataDir`. */
  readonly sqliteFile?: string;
  /** Connections to PostgreSQL at most (`BACKPLAN_PG_POOL_SIZE`); else `defaultPoolSize()`. */
  readonly poolSize?: number | undefined;
}

/**
 * Twice this machine's cores, at least 4: the usual starting point when PostgreSQL runs beside
 * the server. PostgreSQL runs a process per connection, and busy connections beyond its cores
 * mostly take turns: under the API benchmark (50 clients, 2 cores) a pool of 20 cost PostgreSQL
 * 25 to 105% more CPU per request than a pool of 4 (docs/deployment.md).
 */
export function defaultPoolSize(): number {
  return Math.max(4, 2 * availableParallelism());
}

/** SQLite transactions of background work at once: they share one group commit (`transact`). */
const SQLITE_BACKGROUND_TRANSACTIONS = 16;

let parsersSet = false;

/** PostgreSQL values as the shared query layer expects them: ISO strings, numbers. */
function setPostgresParsers(): void {
  if (parsersSet) return;
  parsersSet = true;
  const { types } = pg;
  types.setTypeParser(types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
  types.setTypeParser(types.builtins.TIMESTAMP, (v) => new Date(`${v}Z`).toISOString());
  types.setTypeParser(types.builtins.DATE, (v) => v);
  types.setTypeParser(types.builtins.INT8, (v) => Number(v));
  types.setTypeParser(types.builtins.NUMERIC, (v) => Number(v));
}

/** Opens the database: SQLite (WAL, flushed before acknowledging) by default, PostgreSQL with a URL. */
export function openDatabase(config: DbConfig): Db {
  if (config.databaseUrl !== undefined) {
    setPostgresParsers();
    const poolSize = config.poolSize ?? defaultPoolSize();
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: poolSize });
    // An idle client whose connection the server ends (restart, failover, admin) emits an error;
    // without a listener Node would crash the process. The pool replaces the client on next use.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
    });
    return {
      kysely,
      dialect: 'postgres',
      backgroundTransactions: Math.max(1, Math.floor(poolSize / 2)),
      close: () => kysely.destroy(),
    };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const file = new BetterSqlite3(join(config.dataDir, config.sqliteFile ?? 'backplan.sqlite'));
  // WAL for concurrent readers; an acknowledged write survives a power cut (see `WalSync`).
  const { dialect, wal } = durableSqliteDialect(file);
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  // Every unit of the group commit runs in a savepoint, and a savepoint keeps the pages it changes
  // in a statement journal: a temporary file by default. In memory, the three inserts of a journal
  // entry cost 107 instead of 154 us (median of 4 rounds of 15,000 units, this machine).
  file.pragma('temp_store = MEMORY');
  const kysely = new Kysely<Database>({ dialect });
  registerWalSync(kysely, wal);
  return {
    kysely,
    dialect: 'sqlite',
    backgroundTransactions: SQLITE_BACKGROUND_TRANSACTIONS,
    close: () => kysely.destroy(),
  };
}

/**
 * PostgreSQL plans an unnamed statement anew on every run: for the patient's day that planning
 * (~1 ms) cost four times the execution. A query with parameters is sent as a named prepared
 * statement instead, one name per SQL text, so each pooled connection parses it once and the
 * server can reuse the plan. Queries without parameters (DDL, `begin`, `commit`) go as they are.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = `bp_${String(names.size + 1)}`;
      names.set(text, name);
    }
    return name;
  };
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let wrapper = wrapped.get(client);
    if (wrapper === undefined) {
      const query = (textOrCursor: unknown, values?: readonly unknown[]): unknown => {
        if (typeof textOrCursor === 'string' && values !== undefined && values.length > 0) {
          return client.query({
            name: nameOf(textOrCursor),
            text: textOrCursor,
            values: [...values],
          });
        }
        return (client.query as (...args: unknown[]) => unknown)(textOrCursor, values);
      };
      const release = () => {
        client.release();
      };
      wrapper = { query: query as PostgresPoolClient['query'], release };
      wrapped.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}

/** Column types that differ by dialect, for migrations. */
export function columnTypes(dialect: DialectName): {
  timestamp: ColumnDataType;
  date: ColumnDataType;
  json: ColumnDataType;
  real: ColumnDataType;
} {
  return dialect === 'postgres'
    ? { timestamp: 'timestamptz', date: 'date', json: 'jsonb', real: 'double precision' }
    : { timestamp: 'text', date: 'text', json: 'text', real: 'real' };
}

/** A JSON column's value as stored: text on SQLite, parsed already on PostgreSQL. */
export function readJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** A value for a JSON column: serialised text works for both jsonb and SQLite text. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** True when an error is a unique-constraint violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** The dialect behind a Kysely instance or transaction. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * The rows of a subquery as one JSON array column, so a single round trip can bring a row with
 * its related lists (`json_agg` on PostgreSQL, `json_group_array` on SQLite). The subquery must
 * name its columns (no `selectAll`). Read the column with `readJsonRows`.
 */
export function jsonRows<O>(
  db: Kysely<Database>,
  subquery: Parameters<typeof sqliteJsonArray<O>>[0],
): RawBuilder<unknown> {
  return dialectOf(db) === 'postgres' ? postgresJsonArray(subquery) : sqliteJsonArray(subquery);
}

/**
 * A `jsonRows` column as rows: parsed already on PostgreSQL, text on SQLite. Inside JSON,
 * PostgreSQL writes timestamps as `2026-11-22T10:00:00.123+00:00`; the named columns are turned
 * into the ISO form (`...Z`) every other query returns.
 */
export function readJsonRows<O>(value: unknown, timestamps: readonly (keyof O)[] = []): O[] {
  const rows = readJson(value) as O[];
  for (const row of rows) {
    for (const key of timestamps) {
      const v = row[key];
      if (typeof v === 'string' && !v.endsWith('Z')) {
        (row as Record<keyof O, unknown>)[key] = new Date(v).toISOString();
      }
    }
  }
  return rows;
}
