import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from './test-app.js';
import { DIALECTS } from './test-db.js';
import {
  as,
  createPatientWithAccount,
  PASSWORD,
  seedTwoClinics,
  signIn,
  STAFF,
  type Session,
} from './test-fixtures.js';

/** Issue 13, item 5: refused attempts, sign-ins, sign-outs and retries leave a trace. */
describe.each(DIALECTS)('the audit of refusals on %s', (dialect) => {
  let t: TestApp;
  let therapistA: Session;
  let therapistB: Session;
  let adminA: Session;
  let patientA: { patientId: string; session: Session };
  let patientA2: { patientId: string; session: Session };
  let clinicA: string;
  let clinicB: string;

  beforeAll(async () => {
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    const { a, b } = await seedTwoClinics(t);
    clinicA = a.clinicId;
    clinicB = b.clinicId;
    therapistA = await signIn(t.app, STAFF.therapistA);
    therapistB = await signIn(t.app, STAFF.therapistB);
    adminA = await signIn(t.app, STAFF.adminA);
    patientA = await createPatientWithAccount(t.app, therapistA, 'pat1@a.example', 'Pat One');
    patientA2 = await createPatientWithAccount(t.app, therapistA, 'pat2@a.example', 'Pat Two');
  });
  afterAll(() => t.close());

  const db = () => t.testDb.db.kysely;
  const eventOf = (requestId: string) =>
    db().selectFrom('audit_event').selectAll().where('request_id', '=', requestId).execute();
  const anonymousOf = (requestId: string) =>
    db()
      .selectFrom('anonymous_audit_event')
      .selectAll()
      .where('request_id', '=', requestId)
      .execute();
  const requestId = (res: { headers: Record<string, unknown> }) =>
    String(res.headers['x-request-id']);

  /** Each request's id: the tests find its events by it. */
  const call = async (
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ) => {
    const res = await t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    return { res, id: res.headers['x-request-id'] === undefined ? '' : requestId(res) };
  };

  it('records an anonymous 401 without a clinic, a token or the URL', async () => {
    const url = `/api/patients/${patientA.patientId}?name=Pat%20One`;
    const { res, id } = await call('GET', url, { cookie: 'bp_session=not-a-session-token' });
    expect(res.statusCode).toBe(401);
    const rows = await anonymousOf(id);
    expect(rows).toMatchObject([
      {
        action: 'request.refused',
        route: 'GET /api/patients/:patientId',
        reason: 'unauthenticated',
      },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/not-a-session-token|Pat/);
    expect(await eventOf(id)).toEqual([]);
  });

  it("records a 404 for another clinic's patient under the actor's clinic", async () => {
    const { res, id } = await call('GET', `/api/patients/${patientA.patientId}`, as(therapistB));
    expect(res.statusCode).toBe(404);
    expect(await eventOf(id)).toMatchObject([
      {
        clinic_id: clinicB,
        role: 'therapist',
        action: 'request.refused',
        resource_type: 'route',
        resource_id: 'GET /api/patients/:patientId',
        patient_id: null,
        outcome: 'refused',
        reason: 'not-found',
      },
    ]);
  });

  it("records a patient's 404 for another patient's record", async () => {
    const url = `/api/patients/${patientA2.patientId}/journal`;
    const { res, id } = await call('GET', url, as(patientA.session));
    expect(res.statusCode).toBe(404);
    expect(await eventOf(id)).toMatchObject([
      { clinic_id: clinicA, role: 'patient', outcome: 'refused', reason: 'not-found' },
    ]);
  });

  it('records a 403 on an admin route', async () => {
    const { res, id } = await call('GET', '/api/admin/staff', as(therapistA));
    expect(res.statusCode).toBe(403);
    expect(await eventOf(id)).toMatchObject([
      { resource_id: 'GET /api/admin/staff', outcome: 'refused', reason: 'forbidden' },
    ]);
  });

  it('records a CSRF failure with the actor', async () => {
    const { res, id } = await call(
      'POST',
      `/api/patients/${patientA.patientId}/symptom-reports`,
      { cookie: patientA.session.cookie, 'x-csrf-token': 'wrong' },
      { clientKey: 'csrf', reportedOn: '2026-11-02', symptoms: ['bladder-change'] },
    );
    expect(res.statusCode).toBe(403);
    expect(await eventOf(id)).toMatchObject([
      {
        clinic_id: clinicA,
        role: 'patient',
        resource_id: 'POST /api/patients/:patientId/symptom-reports',
        reason: 'csrf-failed',
      },
    ]);
  });

  it('records a failed sign-in without the password, and a sign-in and a sign-out', async () => {
    const wrong = await call(
      'POST',
      '/api/auth/login',
      {},
      {
        email: STAFF.adminB,
        password: 'not the password at all',
      },
    );
    expect(wrong.res.statusCode).toBe(401);
    const refused = [...(await eventOf(wrong.id)), ...(await anonymousOf(wrong.id))];
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused)).not.toMatch(/not the password|admin@b/);

    const ok = await call(
      'POST',
      '/api/auth/login',
      {},
      { email: STAFF.adminB, password: PASSWORD },
    );
    expect(ok.res.statusCode).toBe(200);
    expect(await eventOf(ok.id)).toMatchObject([
      { clinic_id: clinicB, action: 'auth.sign-in', outcome: 'allowed' },
    ]);
    const cookie = ok.res.cookies.find((c) => c.name === 'bp_session');
    const csrf = ok.res.json<{ csrfToken: string }>().csrfToken;
    const out = await call('POST', '/api/auth/logout', {
      cookie: `bp_session=${cookie?.value ?? ''}`,
      'x-csrf-token': csrf,
    });
    expect(out.res.statusCode).toBe(204);
    expect(await eventOf(out.id)).toMatchObject([
      { clinic_id: clinicB, action: 'auth.sign-out', outcome: 'allowed' },
    ]);
  });

  it('records a retry with the same client key as a read of the stored record', async () => {
    const url = `/api/patients/${patientA.patientId}/symptom-reports`;
    const body = { clientKey: 'retry-1', reportedOn: '2026-11-02', symptoms: ['bladder-change'] };
    const first = await call('POST', url, as(patientA.session), body);
    expect(first.res.statusCode).toBe(201);
    const again = await call('POST', url, as(patientA.session), body);
    expect(again.res.statusCode).toBe(200);
    const stored = first.res.json<{ report: { id: string } }>().report.id;
    expect(await eventOf(again.id)).toMatchObject([
      {
        action: 'symptom-report.retry',
        resource_id: stored,
        patient_id: patientA.patientId,
        outcome: 'allowed',
      },
    ]);
  });

  it("lets the admin filter the clinic's audit on outcome and action", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit?outcome=refused&action=request.refused',
      headers: as(adminA),
    });
    expect(res.statusCode).toBe(200);
    const events = res.json<{ items: { outcome: string; action: string; reason: string }[] }>()
      .items;
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(new Set(events.map((e) => `${e.outcome} ${e.action}`))).toEqual(
      new Set(['refused request.refused']),
    );
    expect(new Set(events.map((e) => e.reason))).toEqual(
      new Set(['not-found', 'forbidden', 'csrf-failed']),
    );
  });
});
