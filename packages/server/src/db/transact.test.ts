import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../test-db.js';
import { openDatabase, type Db } from './dialect.js';
import { transact } from './transact.js';

const now = '2026-11-22T10:00:00.000Z';

describe.each(DIALECTS)('transact on %s', (dialect) => {
  let t: TestDb;
  /** A second, independent connection: sees only what is committed. */
  let other: Db;
  beforeAll(async () => {
    t = await createTestDb(dialect);
    other = openDatabase({ databaseUrl: t.env.DATABASE_URL, dataDir: t.env.BACKPLAN_DATA_DIR });
  });
  afterAll(async () => {
    await other.close();
    await t.drop();
  });

  const names = async (db: Db, prefix: string) =>
    (
      await db.kysely
        .selectFrom('clinic')
        .select('name')
        .where('name', 'like', `${prefix}%`)
        .orderBy('name')
        .execute()
    ).map((r) => r.name);

  it('commits concurrent units, each answered only once its write is visible to others', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `batch-${String(i).padStart(2, '0')}`);
    const seen = await Promise.all(
      ids.map(async (id) => {
        await transact(t.db.kysely, (trx) =>
          trx.insertInto('clinic').values({ id, name: id, created_at: now }).execute(),
        );
        // Durable before the answer: another connection already sees it.
        return (await names(other, id)).includes(id);
      }),
    );
    expect(seen.every(Boolean)).toBe(true);
    expect(await names(other, 'batch-')).toEqual(ids);
  });

  it('undoes a failing unit alone; the units around it commit', async () => {
    await transact(t.db.kysely, (trx) =>
      trx.insertInto('clinic').values({ id: 'pre-1', name: 'pre-1', created_at: now }).execute(),
    );
    const results = await Promise.allSettled([
      transact(t.db.kysely, (trx) =>
        trx.insertInto('clinic').values({ id: 'ok-1', name: 'ok-1', created_at: now }).execute(),
      ),
      transact(t.db.kysely, async (trx) => {
        await trx
          .insertInto('clinic')
          .values({ id: 'bad-1', name: 'bad-1', created_at: now })
          .execute();
        throw new Error('validation failed half-way');
      }),
      transact(t.db.kysely, (trx) =>
        // A duplicate key: the database itself refuses this unit.
        trx.insertInto('clinic').values({ id: 'pre-1', name: 'dup', created_at: now }).execute(),
      ),
      transact(t.db.kysely, (trx) =>
        trx.insertInto('clinic').values({ id: 'ok-2', name: 'ok-2', created_at: now }).execute(),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(await names(other, 'ok-')).toEqual(['ok-1', 'ok-2']);
    expect(await names(other, 'bad-')).toEqual([]);
    expect(await names(other, 'dup')).toEqual([]);
  });
});

/** PostgreSQL runs concurrent units as concurrent transactions; SQLite's batch keeps their order. */
describe('transact on sqlite: one batch', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb('sqlite');
  });
  afterAll(() => t.drop());

  it('lets a unit see the writes of the units before it, as if they had committed', async () => {
    const [, count] = await Promise.all([
      transact(t.db.kysely, (trx) =>
        trx.insertInto('clinic').values({ id: 'seq-1', name: 'seq-1', created_at: now }).execute(),
      ),
      transact(t.db.kysely, async (trx) => {
        const rows = await trx
          .selectFrom('clinic')
          .select('id')
          .where('id', '=', 'seq-1')
          .execute();
        return rows.length;
      }),
    ]);
    expect(count).toBe(1);
  });
});
