import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, signIn } from '../test-fixtures.js';
import { seedDemoIfEmpty } from './demo.js';
import { DEMO_PASSWORD, DEMO_PATIENTS } from './demo-people.js';

describe.each(DIALECTS)('the demo clinic on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    expect(await seedDemoIfEmpty(t.testDb.db.kysely, TEST_NOW)).toBe(true);
  });
  afterAll(() => t.close());

  it('is created once, with weeks of history, proposals and alerts', async () => {
    expect(await seedDemoIfEmpty(t.testDb.db.kysely, TEST_NOW)).toBe(false);
    const db = t.testDb.db.kysely;
    const count = async (
      table:
        'patient' | 'journal_entry' | 'morning_check' | 'plan' | 'proposal' | 'alert' | 'measure',
    ) =>
      (
        await db
          .selectFrom(table)
          .select(db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count('patient')).toBe(DEMO_PATIENTS.length);
    expect(await count('plan')).toBe(DEMO_PATIENTS.length);
    expect(await count('journal_entry')).toBeGreaterThan(40);
    expect(await count('morning_check')).toBeGreaterThan(40);
    expect(await count('alert')).toBeGreaterThan(0);
    expect(await count('measure')).toBeGreaterThan(0);
  });

  it('lets the demo therapist and a demo patient sign in', async () => {
    const priya = await signIn(t.app, 'priya@demo.backplan.test', DEMO_PASSWORD);
    const list = await t.app.inject({ method: 'GET', url: '/api/patients', headers: as(priya) });
    expect(list.json<{ patients: unknown[] }>().patients).toHaveLength(DEMO_PATIENTS.length);
    const maria = await signIn(t.app, 'maria@demo.backplan.test', DEMO_PASSWORD);
    expect(maria.patientId).not.toBeNull();
    // Her questionnaires are due, so the demo shows them on her Today screen.
    const due = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${maria.patientId ?? ''}/questionnaires/due`,
      headers: as(maria),
    });
    expect(
      due.json<{ questionnaires: { instrument: string; reason: string }[] }>().questionnaires,
    ).toEqual([
      expect.objectContaining({ instrument: 'nprs', reason: 'interval' }),
      expect.objectContaining({ instrument: 'odi', reason: 'interval' }),
    ]);
  });
});
