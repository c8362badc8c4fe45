import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, PASSWORD, seedTwoClinics, signIn, STAFF } from '../test-fixtures.js';

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
  });
  afterAll(() => t.close());

  it('signs in with an HttpOnly SameSite session cookie and says who you are', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'THERAPIST@a.example', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `bp_session=${cookie?.value ?? ''}` },
    });
    expect(me.json()).toMatchObject({ user: { role: 'therapist', name: 'Theo Therapist' } });
  });

  it('rejects a wrong password with 401 naming the field, and never a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: STAFF.adminB, password: 'nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      error: { code: 'unauthenticated', fields: [{ path: 'body.password' }] },
    });
  });

  it('answers bad bodies with 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'not-an-email', password: 'x', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json<{ error: { fields: { path: string }[] } }>()
      .error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.extra']));
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
  });

  it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: STAFF.therapistB, password: `wrong-${i}` },
      });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: STAFF.therapistB, password: PASSWORD },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ error: { code: 'locked-out' } });
  });

  it('limits sign-in attempts per address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.9.9.9',
        payload: { email: `nobody${i}@x.example`, password: 'x' },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const s = await signIn(t.app, STAFF.therapistA);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: { cookie: s.cookie },
      payload: { displayName: 'X', email: 'x1@p.example' },
    });
    expect(without.statusCode).toBe(403);
    const withIt = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(s),
      payload: { displayName: 'X', email: 'x1@p.example' },
    });
    expect(withIt.statusCode).toBe(201);
  });

  it('signs out: the cookie stops working', async () => {
    const s = await signIn(t.app, STAFF.adminA);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(s) })).statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } }))
        .statusCode,
    ).toBe(401);
  });
});
