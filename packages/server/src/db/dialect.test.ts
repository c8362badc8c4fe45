import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../test-db.js';
import { openDatabase, type Db } from './dialect.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase (embedded SQLite)', () => {
  it('opens the file with the settings the durability and group commit rely on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backplan-dialect-'));
    dirs.push(dir);
    const db = openDatabase({ dataDir: dir });
    const pragma = async (name: string) => {
      const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(
        db.kysely,
      );
      return rows[0]?.[name];
    };
    try {
      expect(db.dialect).toBe('sqlite');
      // Background units share one group commit: 16 together cost one flush.
      expect(db.backgroundTransactions).toBe(16);
      expect(await pragma('journal_mode')).toBe('wal');
      // NORMAL (1): the log is flushed by WalSync before a write is acknowledged.
      expect(await pragma('synchronous')).toBe(1);
      expect(await pragma('foreign_keys')).toBe(1);
      // MEMORY (2): the savepoint of each group-commit unit keeps its statement journal in memory.
      expect(await pragma('temp_store')).toBe(2);
    } finally {
      await db.close();
    }
  });
});

/** The server processes that overlapping queries ran on: one per pooled connection. */
async function backendsUsed(db: Db, queries: number): Promise<number> {
  const pids = await Promise.all(
    Array.from({ length: queries }, () =>
      sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`
        .execute(db.kysely)
        .then((r) => r.rows[0]?.pid),
    ),
  );
  return new Set(pids).size;
}

describe('openDatabase (PostgreSQL)', () => {
  it('keeps at most the configured number of connections, half of them for background work', async () => {
    const t = await createTestDb('postgres');
    const url = t.env.DATABASE_URL ?? '';
    const db = openDatabase({ databaseUrl: url, dataDir: t.env.BACKPLAN_DATA_DIR, poolSize: 3 });
    try {
      expect(await backendsUsed(db, 12)).toBe(3);
      expect(db.backgroundTransactions).toBe(1);
    } finally {
      await db.close();
      await t.drop();
    }
  });

  it('defaults to a pool of twice the cores, at least 4', async () => {
    const t = await createTestDb('postgres');
    try {
      const pool = Math.max(4, 2 * availableParallelism());
      expect(await backendsUsed(t.db, 3 * pool)).toBe(pool);
      expect(t.db.backgroundTransactions).toBe(pool / 2);
    } finally {
      await t.drop();
    }
  });
});
