import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, configSchema } from '@backplan/server';
import { createTestDb, DIALECTS, type TestDb } from '../../server/src/test-db.js';
import { main } from './main.js';
import { captureIo } from './test-io.js';

const NOW = new Date('2026-11-02T09:00:00Z');

/** Issue 13, item 9: a clinic and its first admin from the command line, on both databases. */
describe.each(DIALECTS)('backplan clinic on %s', (dialect) => {
  let testDb: TestDb;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    testDb = await createTestDb(dialect);
    env = { ...testDb.env, BACKPLAN_SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
  });
  afterEach(() => testDb.drop());

  async function run(...argv: string[]) {
    const c = captureIo(NOW, env);
    const code = await main(argv, c.io);
    return { code, stdout: c.stdout(), stderr: c.stderr() };
  }

  it('creates a clinic, prints a one-time admin invite that works, lists it, audited', async () => {
    const made = await run(
      'clinic',
      'create',
      '--name',
      'Harbour Physio',
      '--admin-email',
      'Lead@Harbour.example',
      '--base-url',
      'https://backplan.harbour.example/',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const link = /https:\/\/backplan\.harbour\.example\/invite\/(\S+)/.exec(made.stdout);
    expect(link).not.toBeNull();
    const token = link?.[1] ?? '';

    const listed = await run('clinic', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/Harbour Physio {2}created 2026-11-02, 0 staff, 1 admin invite/);

    const db = testDb.db.kysely;
    const clinic = await db.selectFrom('clinic').selectAll().executeTakeFirstOrThrow();
    const events = await db
      .selectFrom('audit_event')
      .select(['action', 'role', 'clinic_id'])
      .orderBy('action')
      .execute();
    expect(events).toEqual([
      { action: 'clinic.create', role: 'system', clinic_id: clinic.id },
      { action: 'invite.create', role: 'system', clinic_id: clinic.id },
    ]);
    // Only the token's hash is stored.
    const stored = JSON.stringify(await db.selectFrom('invite').selectAll().execute());
    expect(stored).not.toContain(token);

    // The first admin follows the link and is an admin of the new clinic.
    const config = configSchema.parse(env);
    const app = await buildApp({ db: testDb.db, config, now: () => NOW });
    try {
      const accepted = await app.inject({
        method: 'POST',
        url: '/api/invites/accept',
        payload: { token, password: 'violet-tangent-morsel-quarry', name: 'Lee Lead' },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toMatchObject({ user: { role: 'admin', clinicId: clinic.id } });
    } finally {
      await app.close();
    }
    expect((await run('clinic', 'list')).stdout).toMatch(
      /Harbour Physio {2}created 2026-11-02, 1 staff\n/,
    );
  });

  it('refuses a missing e-mail or a name with control characters, naming the option', async () => {
    const noEmail = await run('clinic', 'create', '--name', 'Harbour Physio');
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain('--admin-email');
    const badName = await run(
      'clinic',
      'create',
      '--name',
      'Evil\u202Eclinic',
      '--admin-email',
      'a@b.example',
    );
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('--name');
    expect(await testDb.db.kysely.selectFrom('clinic').select('id').execute()).toEqual([]);
    const unknown = await run('clinic', 'delete');
    expect(unknown.code).toBe(2);
  });
});
