/** Test databases: a fresh SQLite file, or a fresh database on the real PostgreSQL server. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type DialectName } from './db/dialect.js';
import { migrateToLatest } from './db/migrate.js';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** The server to create test databases on (`.ci/run` makes sure it is running). */
const PG_ADMIN_URL =
  process.env.BACKPLAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDb {
  readonly db: Db;
  /** How to reach the same database from another process. */
  readonly env: { readonly DATABASE_URL?: string; readonly BACKPLAN_DATA_DIR: string };
  readonly drop: () => Promise<void>;
}

/** A new, migrated, empty database of the given dialect. */
export async function createTestDb(dialect: DialectName): Promise<TestDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backplan-test-'));
  if (dialect === 'sqlite') {
    const db = openDatabase({ dataDir });
    await migrateToLatest(db);
    return {
      db,
      env: { BACKPLAN_DATA_DIR: dataDir },
      drop: async () => {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `backplan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const db = openDatabase({ databaseUrl: url.toString(), dataDir });
  await migrateToLatest(db);
  return {
    db,
    env: { DATABASE_URL: url.toString(), BACKPLAN_DATA_DIR: dataDir },
    drop: async () => {
      await db.close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
