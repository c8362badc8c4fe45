import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './schema.js';
import { transact } from './transact.js';
import {
  durabilityFailed,
  durableSqliteDialect,
  registerWalSync,
  type WalSync,
} from './wal-sync.js';

/** A flush the test lets finish when it wants, counting the flushes asked for. */
function heldSync() {
  const waiting: ((error: Error | null) => void)[] = [];
  return {
    started: () => waiting.length,
    sync: (_fd: number, done: (error: Error | null) => void) => {
      waiting.push(done);
    },
    /** Finishes the oldest flush still running, with an error if given. */
    finish(error: Error | null = null) {
      const done = waiting.shift();
      if (done === undefined) throw new Error('no flush is running');
      done(error);
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(sync: ReturnType<typeof heldSync>['sync']): {
  db: Kysely<Database>;
  wal: WalSync;
} {
  const dir = mkdtempSync(join(tmpdir(), 'backplan-wal-'));
  dirs.push(dir);
  const file = new BetterSqlite3(join(dir, 'test.sqlite'));
  const { dialect, wal } = durableSqliteDialect(file, sync);
  const db = new Kysely<Database>({ dialect });
  registerWalSync(db, wal);
  return { db, wal };
}

/** Whether a promise has settled, after letting pending work run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

const now = '2026-11-22T10:00:00.000Z';

/** Runs `work`, finishing every flush it asks for, until it is done. */
async function flushing<T>(held: ReturnType<typeof heldSync>, work: Promise<T>): Promise<T> {
  const state = { done: false };
  work.then(
    () => (state.done = true),
    () => (state.done = true),
  );
  while (!state.done) {
    if (held.started() > 0) held.finish();
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return work;
}

const createClinic = (db: Kysely<Database>) =>
  sql`create table clinic (id text primary key, name text, created_at text)`.execute(db);

describe('WalSync: a write is acknowledged only after a flush of the log that began after it', () => {
  it('holds an autocommit write until its flush finishes; reads need none', async () => {
    const held = heldSync();
    const { db } = open(held.sync);
    // The DDL is a commit too: its flush is let through.
    await flushing(held, createClinic(db));

    const write = db
      .insertInto('clinic')
      .values({ id: 'c1', name: 'One', created_at: now })
      .execute();
    expect(await settled(write)).toBe(false);
    expect(held.started()).toBe(1);
    held.finish();
    expect(await settled(write)).toBe(true);

    const read = db.selectFrom('clinic').select('name').execute();
    expect(await read).toEqual([{ name: 'One' }]);
    expect(held.started()).toBe(0);
    await db.destroy();
  });

  it('shares one flush among the commits made while another flush runs (group commit of the flush)', async () => {
    const held = heldSync();
    const { db } = open(held.sync);
    await flushing(held, createClinic(db));

    const first = db.insertInto('clinic').values({ id: 'a', name: 'A', created_at: now }).execute();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(held.started()).toBe(1);
    // Three commits while the first flush runs: it began before them, so it cannot cover them.
    const later = ['b', 'c', 'd'].map((id) =>
      db.insertInto('clinic').values({ id, name: id, created_at: now }).execute(),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(held.started()).toBe(1);
    held.finish();
    expect(await settled(first)).toBe(true);
    expect(await settled(Promise.all(later))).toBe(false);
    // One more flush, for all three.
    expect(held.started()).toBe(1);
    held.finish();
    expect(await settled(Promise.all(later))).toBe(true);
    expect(held.started()).toBe(0);
    await db.destroy();
  });

  it('holds the units of the group commit (transact) and a Kysely transaction until the flush', async () => {
    const held = heldSync();
    const { db } = open(held.sync);
    await flushing(held, createClinic(db));

    const unit = transact(db, (trx) =>
      trx.insertInto('clinic').values({ id: 'u', name: 'U', created_at: now }).execute(),
    );
    const trx = db
      .transaction()
      .execute((t) =>
        t.insertInto('clinic').values({ id: 't', name: 'T', created_at: now }).execute(),
      );
    expect(await settled(unit)).toBe(false);
    expect(await settled(trx)).toBe(false);
    expect(held.started()).toBeGreaterThan(0);
    await flushing(held, Promise.all([unit, trx]));
    await db.destroy();
  });

  it('fails the waiting write and every later one once a flush fails', async () => {
    const held = heldSync();
    const { db, wal } = open(held.sync);
    await flushing(held, createClinic(db));

    const write = db.insertInto('clinic').values({ id: 'x', name: 'X', created_at: now }).execute();
    await new Promise((resolve) => setTimeout(resolve, 10));
    held.finish(new Error('EIO'));
    await expect(write).rejects.toThrow(/flush the database log/);
    expect(wal.failed).toBe(true);
    expect(durabilityFailed(db)).toBe(true);
    await expect(
      db.insertInto('clinic').values({ id: 'y', name: 'Y', created_at: now }).execute(),
    ).rejects.toThrow(/restart the server/);
    await db.destroy();
  });

  it('flushes the real log file with fdatasync by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backplan-wal-'));
    dirs.push(dir);
    const file = new BetterSqlite3(join(dir, 'test.sqlite'));
    const { dialect, wal } = durableSqliteDialect(file);
    const db = new Kysely<Database>({ dialect });
    await createClinic(db);
    await db.insertInto('clinic').values({ id: 'r', name: 'R', created_at: now }).execute();
    expect(wal.failed).toBe(false);
    expect(wal.position).toBeGreaterThanOrEqual(2);
    // Nothing left to flush: waiting resolves at once.
    await wal.until();
    expect(file.pragma('synchronous', { simple: true })).toBe(1);
    await db.destroy();
  });
});
