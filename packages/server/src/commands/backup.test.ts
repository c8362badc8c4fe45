import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/dialect.js';
import { migrateToLatest } from '../db/migrate.js';
import { backupSqlite, restoreSqlite, SQLITE_FILE } from './backup.js';

const CREATED = '2026-11-02T09:00:00.000Z';
const RESTORED_AT = new Date('2026-11-03T10:00:00Z');

let dir: string;
let dataDir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backplan-backup-'));
  dataDir = join(dir, 'data');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function liveDb(): Promise<Db> {
  const db = openDatabase({ dataDir });
  await migrateToLatest(db);
  return db;
}

async function clinicNames(): Promise<string[]> {
  const db = openDatabase({ dataDir });
  try {
    const rows = await db.kysely.selectFrom('clinic').select('name').orderBy('name').execute();
    return rows.map((r) => r.name);
  } finally {
    await db.close();
  }
}

describe('backupSqlite and restoreSqlite', () => {
  it('round-trips: a backup taken while the database is open restores the original rows', async () => {
    const db = await liveDb();
    await db.kysely
      .insertInto('clinic')
      .values({ id: 'c1', name: 'Original', created_at: CREATED })
      .execute();
    const file = join(dir, 'backups', 'b.sqlite');
    const backup = await backupSqlite(dataDir, file);
    expect(backup).toMatchObject({
      ok: true,
      file,
      migrations: [
        '0001-initial',
        '0002-indexes',
        '0003-evaluation-outbox',
        '0004-measure-client-key',
        '0005-patient-user-index',
        '0006-safety-loop',
        '0007-accounts',
        '0008-audit-outcome',
      ],
    });
    await db.kysely.updateTable('clinic').set({ name: 'Changed' }).execute();
    await db.kysely
      .insertInto('clinic')
      .values({ id: 'c2', name: 'Later', created_at: CREATED })
      .execute();
    await db.close();

    const restored = restoreSqlite(dataDir, file, RESTORED_AT);
    const previous = join(dataDir, `${SQLITE_FILE}.before-restore-2026-11-03T10-00-00-000Z`);
    expect(restored).toEqual({
      ok: true,
      database: join(dataDir, SQLITE_FILE),
      previous,
      migrations: [
        '0001-initial',
        '0002-indexes',
        '0003-evaluation-outbox',
        '0004-measure-client-key',
        '0005-patient-user-index',
        '0006-safety-loop',
        '0007-accounts',
        '0008-audit-outcome',
      ],
    });
    expect(await clinicNames()).toEqual(['Original']);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const old = new BetterSqlite3(previous, { readonly: true });
    expect(old.prepare('select name from clinic order by name').pluck().all()).toEqual([
      'Changed',
      'Later',
    ]);
    old.close();
  });

  it('refuses to overwrite an existing file unless forced', async () => {
    const db = await liveDb();
    const file = join(dir, 'b.sqlite');
    writeFileSync(file, 'keep me');
    const refused = await backupSqlite(dataDir, file);
    expect(refused).toMatchObject({ ok: false, reason: 'exists' });
    expect(refused.ok ? '' : refused.message).toContain('--force');
    expect(await backupSqlite(dataDir, file, { force: true })).toMatchObject({ ok: true });
    await db.close();
    expect(restoreSqlite(dataDir, file)).toMatchObject({ ok: true });
  });

  it('says so when there is no database to back up', async () => {
    expect(await backupSqlite(dataDir, join(dir, 'b.sqlite'))).toMatchObject({
      ok: false,
      reason: 'no-database',
    });
  });

  it('rejects a file that is not a SQLite database, and leaves the live one alone', async () => {
    await (await liveDb()).close();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'this is not a database\n'.repeat(10));
    const outcome = restoreSqlite(dataDir, file);
    expect(outcome).toEqual({
      ok: false,
      reason: 'not-sqlite',
      message: `${file} is not a SQLite database (make backups with backplan backup).`,
    });
    expect(readdirSync(dataDir)).toEqual([SQLITE_FILE]);
  });

  it('rejects a SQLite database without our migration table', () => {
    const file = join(dir, 'other.sqlite');
    const other = new BetterSqlite3(file);
    other.exec('create table t (x integer)');
    other.close();
    const outcome = restoreSqlite(dataDir, file);
    expect(outcome).toMatchObject({ ok: false, reason: 'not-backplan' });
    expect(outcome.ok ? '' : outcome.message).toContain('not a Backplan one');
    expect(existsSync(join(dataDir, SQLITE_FILE))).toBe(false);
  });

  it('refuses while another connection holds the live database', async () => {
    const db = await liveDb();
    const file = join(dir, 'b.sqlite');
    expect(await backupSqlite(dataDir, file)).toMatchObject({ ok: true });
    await db.kysely.selectFrom('clinic').selectAll().execute();
    expect(restoreSqlite(dataDir, file)).toMatchObject({ ok: false, reason: 'in-use' });
    await db.close();
    const restored = restoreSqlite(dataDir, file);
    expect(restored.ok && restored.previous?.includes('.before-restore-')).toBe(true);
  });

  it('restores into an empty data directory', async () => {
    const db = await liveDb();
    const file = join(dir, 'b.sqlite');
    expect(await backupSqlite(dataDir, file)).toMatchObject({ ok: true });
    await db.close();
    const fresh = join(dir, 'fresh');
    expect(restoreSqlite(fresh, file)).toMatchObject({ ok: true, previous: null });
    expect(readdirSync(fresh)).toEqual([SQLITE_FILE]);
  });
});
