import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, signIn, type Session } from '../test-fixtures.js';
import { seedDemoIfEmpty } from './demo.js';
import { DEMO_CLINIC_PHONE, DEMO_PASSWORD, DEMO_PATIENTS } from './demo-people.js';

interface Summary {
  id: string;
  displayName: string;
  phone: string | null;
  activePlan: { id: string } | null;
  safety: { state: string; source: string; symptoms: string[] } | null;
  programmePaused: boolean;
}
interface AlertBody {
  type: string;
  level: string;
  status: string;
  action: string | null;
}

describe.each(DIALECTS)('the demo clinic on %s', (dialect) => {
  let t: TestApp;
  let priya: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    expect(await seedDemoIfEmpty(t.testDb.db.kysely, TEST_NOW)).toBe(true);
    priya = await signIn(t.app, 'priya@demo.backplan.test', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const get = async <T>(url: string, s: Session = priya) => {
    const res = await t.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, url).toBe(200);
    return res.json<T>();
  };
  const patients = async () => (await get<{ items: Summary[] }>('/api/patients?limit=200')).items;
  const byName = async (first: string) => {
    const found = (await patients()).find((p) => p.displayName.startsWith(first));
    if (found === undefined) throw new Error(`no demo patient ${first}`);
    return found;
  };
  const openAlerts = async (first: string) =>
    (
      await get<{ items: AlertBody[] }>(`/api/patients/${(await byName(first)).id}/alerts`)
    ).items.filter((a) => a.status === 'open');

  it('is created once, with weeks of history, published plans and phone numbers', async () => {
    expect(await seedDemoIfEmpty(t.testDb.db.kysely, TEST_NOW)).toBe(false);
    const db = t.testDb.db.kysely;
    const count = async (table: 'journal_entry' | 'morning_check' | 'measure' | 'symptom_report') =>
      (
        await db
          .selectFrom(table)
          .select(db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const list = await patients();
    expect(list).toHaveLength(DEMO_PATIENTS.length);
    expect(list.every((p) => p.activePlan !== null && p.phone !== null)).toBe(true);
    const plans = await db.selectFrom('plan').select('status').execute();
    expect(plans.map((p) => p.status)).toEqual(DEMO_PATIENTS.map(() => 'active'));
    expect(await count('journal_entry')).toBeGreaterThan(40);
    expect(await count('morning_check')).toBeGreaterThan(40);
    expect(await count('measure')).toBeGreaterThan(0);
    expect(await count('symptom_report')).toBe(1);
    expect(await get('/api/clinic')).toMatchObject({ clinic: { phone: DEMO_CLINIC_PHONE } });
  });

  it('puts Grace in a safety state: a bladder change reported two hours ago, programme paused', async () => {
    const grace = await byName('Grace');
    expect(grace).toMatchObject({
      safety: { state: 'emergency', source: 'symptom-report', symptoms: ['bladder-change'] },
      programmePaused: true,
    });
    const since = (grace as Summary & { safety: { since: string } }).safety.since;
    expect(Date.parse(TEST_NOW.toISOString()) - Date.parse(since)).toBe(2 * 3_600_000);
    expect(await openAlerts('Grace')).toEqual([
      expect.objectContaining({ type: 'red-flag', level: 'critical' }),
    ]);
    const session = await signIn(t.app, 'grace@demo.backplan.test', DEMO_PASSWORD);
    const today = await get<{ today: { status: string; clinic: { phone: string | null } } }>(
      `/api/patients/${grace.id}/today`,
      session,
    );
    expect(today.today).toMatchObject({ status: 'paused', clinic: { phone: DEMO_CLINIC_PHONE } });
  });

  it('shows only what a therapist should act on: logging fits each prescribed week', async () => {
    const shown: Record<string, string[]> = {};
    const proposals: Record<string, number> = {};
    for (const p of await patients()) {
      const alerts = await openAlerts(p.displayName);
      shown[p.displayName] = alerts.map((a) => `${a.type}:${a.level}`);
      const open = await get<{ items: unknown[] }>(`/api/patients/${p.id}/proposals`);
      proposals[p.displayName] = open.items.length;
    }
    // Progressions to decide for the patients doing well; none while paused or stalled.
    expect(proposals).toEqual({
      'Maria Lopez': 2,
      'David Byrne': 0,
      'Helen Clarke': 2,
      'James Patel': 2,
      'Sofia Rossi': 0,
      'Grace Mensah': 0,
    });
    expect(shown).toEqual({
      'Maria Lopez': [],
      'David Byrne': ['function:high'],
      'Helen Clarke': [],
      'James Patel': [],
      'Sofia Rossi': ['engagement:critical'],
      'Grace Mensah': ['red-flag:critical'],
    });
    // Sofia stopped logging three weeks ago: the alert offers to mark her disengaged.
    expect(await openAlerts('Sofia')).toEqual([
      expect.objectContaining({ action: 'mark-disengaged' }),
    ]);
  });

  it('lets a demo patient sign in and see her questionnaires due', async () => {
    const maria = await signIn(t.app, 'maria@demo.backplan.test', DEMO_PASSWORD);
    expect(maria.patientId).not.toBeNull();
    const due = await get<{ questionnaires: { instrument: string; reason: string }[] }>(
      `/api/patients/${maria.patientId ?? ''}/questionnaires/due`,
      maria,
    );
    expect(due.questionnaires).toEqual([
      expect.objectContaining({ instrument: 'nprs', reason: 'interval' }),
      expect.objectContaining({ instrument: 'odi', reason: 'interval' }),
    ]);
  });
});
