import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, DIALECTS, type TestDb } from '../test-db.js';
import { jsonRows, readJsonRows } from './dialect.js';
import { preparedQuery } from './prepared.js';

const clinicById = preparedQuery((db, a: { id: string }) =>
  db.selectFrom('clinic').select(['id', 'name']).where('id', '=', a.id),
);

const namesIn = preparedQuery((db, a: { first: string; second: string }) =>
  db.selectFrom('clinic').select('name').where('id', 'in', [a.first, a.second]).orderBy('name'),
);

describe.each(DIALECTS)('prepared queries and JSON rows on %s', (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(dialect);
    const now = new Date('2026-11-22T10:00:00.123Z').toISOString();
    await t.db.kysely
      .insertInto('clinic')
      .values([
        { id: 'c1', name: 'North', created_at: now },
        { id: 'c2', name: 'South', created_at: now },
        { id: 'c3', name: 'East', created_at: now },
      ])
      .execute();
  });
  afterAll(() => t.drop());

  it('runs with each call’s own arguments, not the first call’s', async () => {
    expect(await clinicById(t.db.kysely, { id: 'c1' })).toEqual([{ id: 'c1', name: 'North' }]);
    expect(await clinicById(t.db.kysely, { id: 'c2' })).toEqual([{ id: 'c2', name: 'South' }]);
    expect(await clinicById(t.db.kysely, { id: 'nope' })).toEqual([]);
    expect(await namesIn(t.db.kysely, { first: 'c3', second: 'c1' })).toEqual([
      { name: 'East' },
      { name: 'North' },
    ]);
  });

  it('refuses an argument that is not a bound parameter', async () => {
    const misuse = preparedQuery((db, a: { table: string }) =>
      db.selectFrom('clinic').select(sql<string>`${sql.raw(a.table)}`.as('x')),
    );
    await expect(misuse(t.db.kysely, { table: 'clinic' })).rejects.toThrow(/not a bound parameter/);
  });

  it('brings related rows as a JSON column, with timestamps in ISO form on both databases', async () => {
    const rows = await t.db.kysely
      .selectFrom('clinic as c')
      .select('c.id')
      .select((eb) =>
        jsonRows(
          t.db.kysely,
          eb
            .selectFrom('clinic as other')
            .select(['other.name', 'other.created_at'])
            .whereRef('other.id', '!=', 'c.id')
            .orderBy('other.name'),
        ).as('others'),
      )
      .where('c.id', '=', 'c1')
      .execute();
    const others = readJsonRows<{ name: string; created_at: string }>(rows[0]?.others, [
      'created_at',
    ]);
    expect(others).toEqual([
      { name: 'East', created_at: '2026-11-22T10:00:00.123Z' },
      { name: 'South', created_at: '2026-11-22T10:00:00.123Z' },
    ]);
  });
});
