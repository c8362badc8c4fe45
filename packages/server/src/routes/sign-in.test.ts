import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { PASSWORD, seedTwoClinics, STAFF } from '../test-fixtures.js';

/** Issue 13, observations 2 and 3: the lockout is atomic and says nothing about which e-mails exist. */
describe.each(DIALECTS)('sign-in guard on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
  });
  afterAll(() => t.close());

  const attempt = (email: string, password: string, ip = '10.1.1.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      payload: { email, password },
    });

  it('checks at most 5 passwords of 40 concurrent sign-ins (39 wrong, 1 right)', async () => {
    const passwords = Array.from({ length: 40 }, (_, i) => (i === 20 ? PASSWORD : `wrong-${i}`));
    const answers = await Promise.all(
      passwords.map((p, i) => attempt(STAFF.therapistA, p, `10.2.0.${i + 1}`)),
    );
    const codes = answers.map((a) => a.statusCode);
    const checked = codes.filter((c) => c !== 429);
    expect(checked.length, codes.join(',')).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(35);
    expect(codes.every((c) => c === 200 || c === 401 || c === 429)).toBe(true);
  });

  it('answers an unknown e-mail byte for byte like a known one, wrong and then locked', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 7; i++) {
      const k = await attempt(STAFF.adminB, `wrong-${i}`, `10.3.0.${i}`);
      const u = await attempt('nobody.here@b.example', `wrong-${i}`, `10.4.0.${i}`);
      known.push(`${k.statusCode} ${String(k.headers['content-type'])} ${k.body}`);
      unknown.push(`${u.statusCode} ${String(u.headers['content-type'])} ${u.body}`);
    }
    expect(unknown).toEqual(known);
    expect(known.slice(0, 5).every((a) => a.startsWith('401 '))).toBe(true);
    expect(known.slice(5).every((a) => a.startsWith('429 '))).toBe(true);
    // Locked means locked, even for the right password.
    expect((await attempt(STAFF.adminB, PASSWORD, '10.3.1.1')).statusCode).toBe(429);
  });

  it('forgets the counts of windows that have ended', async () => {
    const rows = () => t.testDb.db.kysely.selectFrom('sign_in_guard').select('key_hash').execute();
    await attempt('stale@b.example', 'wrong', '10.6.0.1');
    const before = (await rows()).length;
    await t.testDb.db.kysely
      .updateTable('sign_in_guard')
      .set({ window_start: '2026-01-01T00:00:00.000Z' })
      .execute();
    await attempt('fresh@b.example', 'wrong', '10.6.0.2');
    expect(before).toBeGreaterThan(1);
    expect(await rows()).toHaveLength(1);
  });

  it('takes as long for an unknown e-mail as for a wrong password (the hash runs for both)', async () => {
    const time = async (email: string, i: number) => {
      const start = process.hrtime.bigint();
      await attempt(email, `wrong-${i}`, `10.5.${i}.1`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(`therapist@b.example`, i));
      unknown.push(await time(`ghost${i}@b.example`, i));
    }
    // Both run one scrypt (~40 ms); without it an unknown e-mail answered in ~2 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeLessThan(median(known) * 2);
  });
});
