import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../test-db.js';
import { openDatabase } from './dialect.js';

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
      expect(db.connections).toBe(1);
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

describe('openDatabase (PostgreSQL)', () => {
  it('keeps at most the configured number of connections, however many queries wait', async () => {
    const t = await createTestDb('postgres');
    const url = t.env.DATABASE_URL ?? '';
    const db = openDatabase({ databaseUrl: url, dataDir: t.env.BACKPLAN_DATA_DIR, poolSize: 3 });
    try {
      expect(db.connections).toBe(3);
      // Twelve overlapping queries: each names the server process that ran it.
      const pids = await Promise.all(
        Array.from({ length: 12 }, () =>
          sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`
            .execute(db.kysely)
            .then((r) => r.rows[0]?.pid),
        ),
      );
      expect(new Set(pids).size).toBe(3);
    } finally {
      await db.close();
      await t.drop();
    }
  });

  it('defaults to a pool of twice the cores, at least 4', async () => {
    const t = await createTestDb('postgres');
    try {
      expect(t.db.connections).toBe(Math.max(4, 2 * availableParallelism()));
    } finally {
      await t.drop();
    }
  });
});
