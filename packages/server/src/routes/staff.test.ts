import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, seedTwoClinics, signIn, STAFF, type Session } from '../test-fixtures.js';

/** Issue 13, observation 4: off-boarding ends sessions; the clinic keeps an admin. */
describe.each(DIALECTS)('staff management on %s', (dialect) => {
  let t: TestApp;
  let adminA: Session;
  let adminB: Session;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const { a, b } = await seedTwoClinics(t);
    Object.assign(ids, a.userIds, b.userIds);
    adminA = await signIn(t.app, STAFF.adminA);
    adminB = await signIn(t.app, STAFF.adminB);
  });
  afterAll(() => t.close());

  const post = (s: Session, userId: string, action: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/admin/staff/${userId}/${action}`,
      headers: as(s),
      ...(payload && { payload }),
    });
  const me = (s: Session) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(s) });
  const theo = () => ids[STAFF.therapistA] ?? '';

  it('deactivating ends every session and sign-in; reactivating lets them sign in again', async () => {
    const one = await signIn(t.app, STAFF.therapistA);
    const two = await signIn(t.app, STAFF.therapistA);
    const off = await post(adminA, theo(), 'deactivate');
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ id: theo(), status: 'disabled' });
    expect((await me(one)).statusCode).toBe(401);
    expect((await me(two)).statusCode).toBe(401);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(one),
      payload: { displayName: 'X', email: 'x@p.example' },
    });
    expect(write.statusCode).toBe(401);
    await expect(signIn(t.app, STAFF.therapistA)).rejects.toThrow(/401/);
    expect((await post(adminA, theo(), 'reactivate')).json()).toMatchObject({ status: 'active' });
    expect((await me(await signIn(t.app, STAFF.therapistA))).statusCode).toBe(200);
  });

  it('changing a role ends the sessions; the new role starts from a new sign-in', async () => {
    const before = await signIn(t.app, STAFF.therapistA);
    const res = await post(adminA, theo(), 'role', { role: 'admin' });
    expect(res.json()).toMatchObject({ role: 'admin', status: 'active' });
    expect((await me(before)).statusCode).toBe(401);
    const after = await signIn(t.app, STAFF.therapistA);
    expect((await me(after)).json()).toMatchObject({ user: { role: 'admin' } });
    expect((await post(adminA, theo(), 'role', { role: 'therapist' })).statusCode).toBe(200);
  });

  it('never leaves a clinic without an active admin (409), and audits each change', async () => {
    const ada = ids[STAFF.adminA] ?? '';
    expect((await post(adminA, ada, 'role', { role: 'therapist' })).statusCode).toBe(409);
    expect((await post(adminA, ada, 'deactivate')).statusCode).toBe(409);
    expect((await me(adminA)).statusCode).toBe(200);
    // Two admins demoting each other at once: one of them stays admin.
    await post(adminA, theo(), 'role', { role: 'admin' });
    const theoAdmin = await signIn(t.app, STAFF.therapistA);
    const [x, y] = await Promise.all([
      post(adminA, theo(), 'deactivate'),
      post(theoAdmin, ada, 'deactivate'),
    ]);
    expect([x.statusCode, y.statusCode].filter((c) => c === 200)).toHaveLength(1);
    const active = await t.testDb.db.kysely
      .selectFrom('user')
      .select('id')
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .where('id', 'in', [ada, theo()])
      .execute();
    expect(active.length).toBeGreaterThanOrEqual(1);
    const actions = await t.testDb.db.kysely
      .selectFrom('audit_event')
      .select('action')
      .where('resource_id', '=', theo())
      .where('outcome', '=', 'allowed')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['user.deactivate', 'user.reactivate', 'user.role-admin']),
    );
  });

  it('touches only its own clinic’s staff, and admins only', async () => {
    expect((await post(adminB, theo(), 'deactivate')).statusCode).toBe(404);
    const bo = await signIn(t.app, STAFF.therapistB);
    expect((await post(bo, ids[STAFF.adminB] ?? '', 'deactivate')).statusCode).toBe(403);
    expect(
      (await post(adminB, ids[STAFF.therapistB] ?? '', 'role', { role: 'patient' })).statusCode,
    ).toBe(400);
  });
});
