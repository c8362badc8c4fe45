import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import {
  as,
  createPatientWithAccount,
  PASSWORD,
  seedTwoClinics,
  signIn,
  STAFF,
  type Session,
} from '../test-fixtures.js';

describe.each(DIALECTS)('clinic administration on %s', (dialect) => {
  let t: TestApp;
  let adminA: Session;
  let therapistA: Session;
  let adminB: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    adminA = await signIn(t.app, STAFF.adminA);
    therapistA = await signIn(t.app, STAFF.therapistA);
    adminB = await signIn(t.app, STAFF.adminB);
  });
  afterAll(() => t.close());

  it('invites a therapist who sets a password and signs in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/invites',
      headers: as(adminA),
      payload: { email: 'new.therapist@a.example', role: 'therapist' },
    });
    expect(res.statusCode).toBe(201);
    const token = res.json<{ url: string }>().url.split('/').at(-1) ?? '';
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, password: PASSWORD, name: 'Nia New' },
    });
    expect(accepted.json()).toMatchObject({ user: { role: 'therapist', name: 'Nia New' } });
    const staff = await t.app.inject({
      method: 'GET',
      url: '/api/admin/staff',
      headers: as(adminA),
    });
    expect(staff.json<{ items: { email: string }[] }>().items.map((s) => s.email)).toContain(
      'new.therapist@a.example',
    );
  });

  it('issues a single-purpose reset link for staff only; it ends the old sessions', async () => {
    const before = await signIn(t.app, STAFF.therapistA);
    const staff = await t.app.inject({
      method: 'GET',
      url: '/api/admin/staff',
      headers: as(adminA),
    });
    const theo = staff
      .json<{ items: { id: string; email: string }[] }>()
      .items.find((s) => s.email === STAFF.therapistA);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${theo?.id ?? ''}/reset-link`,
      headers: as(adminA),
    });
    expect(res.statusCode).toBe(201);
    const url = res.json<{ url: string }>().url;
    expect(url).toMatch(/^\/reset\//);
    const token = url.split('/').at(-1) ?? '';
    // A reset token is no invite, and an invite route does not take it.
    const asInvite = await t.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, password: 'a brand new password' },
    });
    expect(asInvite.statusCode).toBe(410);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset',
      payload: { token, password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: { fields: [{ path: 'body.password' }] } });
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset',
      payload: { token, password: 'a brand new password' },
    });
    expect(done.statusCode).toBe(200);
    // The session from before the reset is over.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(before) })).statusCode,
    ).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset',
      payload: { token, password: 'another brand new password' },
    });
    expect(again.statusCode).toBe(410);
    expect((await signIn(t.app, STAFF.therapistA, 'a brand new password')).csrf).toBeTruthy();
    // Another clinic's admin cannot reset this user.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/admin/users/${theo?.id ?? ''}/reset-link`,
          headers: as(adminB),
        })
      ).statusCode,
    ).toBe(404);
    // Nor can an admin reset a patient's password: a patient is not staff.
    therapistA = await signIn(t.app, STAFF.therapistA, 'a brand new password');
    const { session } = await createPatientWithAccount(t.app, therapistA, 'reset@p.example');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    const patientUser = me.json<{ user: { id: string } }>().user.id;
    const forPatient = await t.app.inject({
      method: 'POST',
      url: `/api/admin/users/${patientUser}/reset-link`,
      headers: as(adminA),
    });
    expect(forPatient.statusCode).toBe(404);
  });

  it('shows the audit trail to admins only, filtered, and only their clinic', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Ava', email: 'ava@p.example' },
    });
    const patientId = created.json<{ patient: { id: string } }>().patient.id;
    const trail = await t.app.inject({
      method: 'GET',
      url: `/api/admin/audit?patientId=${patientId}`,
      headers: as(adminA),
    });
    expect(trail.statusCode).toBe(200);
    expect(trail.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual([
      'patient.create',
    ]);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/admin/audit?patientId=${patientId}`,
      headers: as(adminB),
    });
    expect(other.json<{ items: unknown[] }>().items).toEqual([]);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/admin/audit', headers: as(therapistA) }))
        .statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit?from=yesterday',
      headers: as(adminA),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'querystring.from' }] } });
  });

  it("sets the clinic's phone (admins only, validated, audited); everyone signed in reads it", async () => {
    const read = (s: Session) =>
      t.app.inject({ method: 'GET', url: '/api/clinic', headers: as(s) });
    const patch = (s: Session, payload: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/admin/clinic', headers: as(s), payload });
    expect((await read(therapistA)).json()).toMatchObject({
      clinic: { name: 'Clinic A', phone: null },
    });
    expect((await patch(therapistA, { phone: '020 7946 0000' })).statusCode).toBe(403);
    const bad = await patch(adminA, { phone: '999' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'body.phone' }] } });
    const set = await patch(adminA, { phone: '020 7946 0000' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ clinic: { name: 'Clinic A', phone: '020 7946 0000' } });
    expect((await read(therapistA)).json()).toMatchObject({ clinic: { phone: '020 7946 0000' } });
    // Another clinic's admin sets their own clinic only.
    expect((await read(adminB)).json()).toMatchObject({
      clinic: { name: 'Clinic B', phone: null },
    });
    const trail = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit',
      headers: as(adminA),
    });
    expect(trail.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toContain(
      'clinic.update',
    );
    expect((await patch(adminA, { phone: null })).json()).toMatchObject({
      clinic: { phone: null },
    });
  });
});
