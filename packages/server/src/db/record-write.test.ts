import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DIALECTS, type TestDb } from '../test-db.js';
import { insertRecordIn, insertRecordOnce } from './record-write.js';
import { transact } from './transact.js';

const at = '2026-11-22T10:00:00.000Z';

describe.each(DIALECTS)('insertRecordOnce on %s', (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(dialect);
  });
  afterAll(() => t.drop());

  const count = async (table: 'journal_entry' | 'audit_event' | 'evaluation_due') =>
    Number(
      (
        await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const store = (id: string, clientKey: string) =>
    insertRecordOnce(
      t.db.kysely,
      'journal_entry',
      {
        clinic_id: 'c1',
        id,
        patient_id: 'p1',
        plan_id: 'plan-1',
        client_key: clientKey,
        performed_on: '2026-11-21',
        entry: JSON.stringify({ painBefore: 2 }),
        created_at: at,
      },
      {
        id: `audit-${id}`,
        clinic_id: 'c1',
        user_id: 'u1',
        role: 'patient',
        action: 'journal-entry.create',
        resource_type: 'journal-entry',
        resource_id: id,
        patient_id: 'p1',
        request_id: 'req-1',
        ip: '127.0.0.1',
        at,
      },
      { clinic_id: 'c1', patient_id: 'p1', as_of: '2026-11-22', since: at },
    );

  it('stores the record with its audit event and its mark, and a retry writes nothing', async () => {
    const first = await store('e1', 'key-1');
    expect(first).toMatchObject({ id: 'e1', client_key: 'key-1', performed_on: '2026-11-21' });
    const audit = await t.db.kysely.selectFrom('audit_event').selectAll().execute();
    expect(audit).toEqual([
      expect.objectContaining({
        id: 'audit-e1',
        resource_id: 'e1',
        action: 'journal-entry.create',
      }),
    ]);
    expect(audit[0]?.at).toBe(at);
    const marks = await t.db.kysely.selectFrom('evaluation_due').selectAll().execute();
    expect(marks).toEqual([
      { clinic_id: 'c1', patient_id: 'p1', id: 'e1', as_of: '2026-11-22', since: at },
    ]);

    expect(await store('e2', 'key-1')).toBeUndefined();
    expect([
      await count('journal_entry'),
      await count('audit_event'),
      await count('evaluation_due'),
    ]).toEqual([1, 1, 1]);
  });

  it('refuses a value for a column its compiled insert does not bind, writing nothing', async () => {
    const before = await count('journal_entry');
    await expect(
      insertRecordOnce(
        t.db.kysely,
        'journal_entry',
        {
          clinic_id: 'c1',
          id: 'e9',
          patient_id: 'p1',
          plan_id: 'plan-1',
          client_key: 'key-9',
          performed_on: '2026-11-21',
          entry: '{}',
          created_at: at,
          // Not a column of the table: it would otherwise be dropped without a word.
          ...({ note: 'x' } as object),
        },
        {
          id: 'audit-e9',
          clinic_id: 'c1',
          action: 'journal-entry.create',
          resource_type: 'journal-entry',
          request_id: 'req-9',
          at,
        },
        { clinic_id: 'c1', patient_id: 'p1', as_of: '2026-11-22', since: at },
      ),
    ).rejects.toThrow(/no column note/);
    expect(await count('journal_entry')).toBe(before);
  });
  it("writes within the caller's transaction: what the caller undoes, the record undoes too", async () => {
    const before = [
      await count('journal_entry'),
      await count('audit_event'),
      await count('evaluation_due'),
    ];
    const args = (id: string, key: string) =>
      [
        {
          clinic_id: 'c1',
          id,
          patient_id: 'p1',
          client_key: key,
          reported_on: '2026-11-21',
          report: JSON.stringify({ reportedOn: '2026-11-21', symptoms: ['fever'] }),
          created_at: at,
        },
        {
          id: `audit-${id}`,
          clinic_id: 'c1',
          action: 'symptom-report.create',
          resource_type: 'symptom-report',
          request_id: 'req-in',
          at,
        },
        { clinic_id: 'c1', patient_id: 'p1', as_of: '2026-11-22', since: at },
      ] as const;
    await expect(
      transact(t.db.kysely, async (trx) => {
        expect(await insertRecordIn(trx, 'symptom_report', ...args('s1', 'sk-1'))).toMatchObject({
          id: 's1',
        });
        throw new Error('the red flag failed');
      }),
    ).rejects.toThrow(/red flag failed/);
    expect([
      await count('journal_entry'),
      await count('audit_event'),
      await count('evaluation_due'),
    ]).toEqual(before);
    const kept = await transact(t.db.kysely, (trx) =>
      insertRecordIn(trx, 'symptom_report', ...args('s2', 'sk-2')),
    );
    expect(kept).toMatchObject({ id: 's2', client_key: 'sk-2' });
    expect(await count('audit_event')).toBe((before[1] ?? 0) + 1);
  });
});
