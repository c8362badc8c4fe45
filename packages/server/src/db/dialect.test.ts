import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
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
