import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, PASSWORD, seedTwoClinics, signIn, STAFF, type Session } from '../test-fixtures.js';

/** Issue 13, observations 1, 3 (creation) and 6: invites only ever create accounts. */
describe.each(DIALECTS)('invites and accounts on %s', (dialect) => {
  let t: TestApp;
  let adminA: Session;
  let therapistA: Session;
  let adminB: Session;
  let therapistB: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    adminA = await signIn(t.app, STAFF.adminA);
    therapistA = await signIn(t.app, STAFF.therapistA);
    adminB = await signIn(t.app, STAFF.adminB);
    therapistB = await signIn(t.app, STAFF.therapistB);
  });
  afterAll(() => t.close());

  const tokenOf = (url: string) => url.split('/').at(-1) ?? '';
  const staffInvite = async (admin: Session, email: string, role = 'admin') => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/invites',
      headers: as(admin),
      payload: { email, role },
    });
    return { res, token: res.statusCode === 201 ? tokenOf(res.json<{ url: string }>().url) : '' };
  };
  const patientInvite = async (therapist: Session, email: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapist),
      payload: { displayName: 'Pat Patient', email },
    });
    const body = res.json<{ invite?: { url: string } }>();
    return { res, token: tokenOf(body.invite?.url ?? '') };
  };
  const accept = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/invites/accept', payload: { token, password } });
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('a patient invite cannot take over an admin account (admin accepts first)', async () => {
    const email = 'takeover1@a.example';
    const admin = await staffInvite(adminA, email);
    const patient = await patientInvite(therapistA, email);
    expect(patient.res.statusCode).toBe(201);
    expect((await accept(admin.token, 'the real admin password')).statusCode).toBe(200);
    const hijack = await accept(patient.token, 'the therapist chose this');
    expect(hijack.statusCode).toBe(409);
    expect(hijack.json<{ error: { message: string } }>().error.message).toMatch(
      /sign in.*ask your clinic/,
    );
    expect((await login(email, 'the therapist chose this')).statusCode).toBe(401);
    const real = await login(email, 'the real admin password');
    expect(real.json()).toMatchObject({ user: { role: 'admin' } });
  });

  it('an admin invite cannot take over a patient account (patient accepts first)', async () => {
    const email = 'takeover2@a.example';
    const patient = await patientInvite(therapistA, email);
    const admin = await staffInvite(adminA, email);
    expect(admin.res.statusCode).toBe(201);
    expect((await accept(patient.token, 'my knee feels better now')).statusCode).toBe(200);
    expect((await accept(admin.token, 'someone else chose this')).statusCode).toBe(409);
    const real = await login(email, 'my knee feels better now');
    expect(real.json()).toMatchObject({ user: { role: 'patient' } });
    expect((await login(email, 'someone else chose this')).statusCode).toBe(401);
  });

  it('answers creation alike whether or not another clinic has the e-mail', async () => {
    const shape = (res: { statusCode: number; body: string }) => ({
      status: res.statusCode,
      keys: Object.keys(JSON.parse(res.body) as object).sort(),
    });
    // Clinic B's staff have accounts with these e-mails; clinic A is not told, nor blocked.
    const taken = await patientInvite(therapistA, STAFF.therapistB);
    const free = await patientInvite(therapistA, 'free.email@a.example');
    expect(shape(taken.res)).toEqual(shape(free.res));
    expect(taken.res.statusCode).toBe(201);
    const staffTaken = await staffInvite(adminA, STAFF.adminB, 'therapist');
    const staffFree = await staffInvite(adminA, 'free.staff@a.example', 'therapist');
    expect(shape(staffTaken.res)).toEqual(shape(staffFree.res));
    // The person with accounts in both clinics signs in to the one their password opens.
    expect((await accept(taken.token, PASSWORD)).statusCode).toBe(400);
    expect((await accept(taken.token, 'a different long password')).statusCode).toBe(200);
    const inB = await login(STAFF.therapistB, PASSWORD);
    expect(inB.json()).toMatchObject({ user: { role: 'therapist' } });
    const inA = await login(STAFF.therapistB, 'a different long password');
    expect(inA.json()).toMatchObject({ user: { role: 'patient' } });
    // Clinic B's therapist is untouched and clinic B still sees only its own staff.
    expect(therapistB.csrf).toBeTruthy();
    const staffB = await t.app.inject({
      method: 'GET',
      url: '/api/admin/staff',
      headers: as(adminB),
    });
    expect(staffB.json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  it('gives a patient a fresh invite from their therapist: the old account is retired', async () => {
    const email = 'forgot@a.example';
    const first = await patientInvite(therapistA, email);
    const patientId = first.res.json<{ patient: { id: string } }>().patient.id;
    expect((await accept(first.token, 'my knee feels better now')).statusCode).toBe(200);
    const old = await signIn(t.app, email, 'my knee feels better now');
    // Clinic B cannot, and neither can the patient.
    const url = `/api/patients/${patientId}/invite`;
    expect((await t.app.inject({ method: 'POST', url, headers: as(therapistB) })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ method: 'POST', url, headers: as(old) })).statusCode).toBe(403);
    const fresh = await t.app.inject({ method: 'POST', url, headers: as(therapistA) });
    expect(fresh.statusCode).toBe(201);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(old) })).statusCode,
    ).toBe(401);
    expect((await login(email, 'my knee feels better now')).statusCode).toBe(401);
    const token = tokenOf(fresh.json<{ url: string }>().url);
    expect((await accept(token, 'walking the dog again')).statusCode).toBe(200);
    const again = await login(email, 'walking the dog again');
    expect(again.json()).toMatchObject({ user: { role: 'patient', patientId } });
  });

  it('refuses weak passwords with a 400 naming the field', async () => {
    const email = 'weak.one@a.example';
    const { token } = await staffInvite(adminA, email, 'therapist');
    for (const password of [
      ' '.repeat(10),
      ' '.repeat(14),
      'aaaaaaaaaa',
      'aaaaaaaaaaaaaa',
      '1234567890',
      '123456789012',
      'password12',
      'password1234',
      email,
      'weak.one.password',
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/invites/accept',
        payload: { token, password, name: 'Wendy Weak' },
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json(), password).toMatchObject({
        error: { fields: [expect.objectContaining({ path: 'body.password' })] },
      });
    }
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, password: 'Tr4vel-Lamp-Cobalt', name: 'Wendy Weak' },
    });
    expect(ok.statusCode).toBe(200);
  });
});
