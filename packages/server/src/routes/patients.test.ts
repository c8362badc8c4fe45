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

describe.each(DIALECTS)('patients and invites on %s', (dialect) => {
  let t: TestApp;
  let therapistA: Session;
  let therapistB: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    therapistA = await signIn(t.app, STAFF.therapistA);
    therapistB = await signIn(t.app, STAFF.therapistB);
  });
  afterAll(() => t.close());

  it('creates a patient with a one-time invite; the patient sets a password and sees only their own record', async () => {
    const { patientId, session } = await createPatientWithAccount(
      t.app,
      therapistA,
      'pat@p.example',
    );
    expect(session.patientId).toBe(patientId);
    // The account is called what the therapist recorded, not by its email address.
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    expect(me.json()).toMatchObject({ user: { name: 'Pat Patient', role: 'patient' } });
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}`,
      headers: as(session),
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ patient: { id: patientId, hasAccount: true } });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/patients', headers: as(session) }))
        .statusCode,
    ).toBe(403);
  });

  it('refuses a used, unknown or expired invite with 410, and a short password with 400', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Quinn', email: 'quinn@p.example' },
    });
    const token = created.json<{ invite: { url: string } }>().invite.url.split('/').at(-1) ?? '';
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token, password: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { fields: [{ path: 'body.password' }] } });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/invites/accept',
          payload: { token, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/invites/accept',
          payload: { token, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(410);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/invites/accept',
          payload: { token: 'x'.repeat(43), password: PASSWORD },
        })
      ).statusCode,
    ).toBe(410);
  });

  it('walls clinics off: another clinic sees neither the patient nor them in its list', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Rae', email: 'rae@p.example' },
    });
    const id = created.json<{ patient: { id: string } }>().patient.id;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/patients/${id}`, headers: as(therapistB) }))
        .statusCode,
    ).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/patients',
      headers: as(therapistB),
    });
    expect(list.body).not.toContain(id);
    expect(list.body).not.toContain('rae@p.example');
  });

  it('names a taken email, and does not write a patient', async () => {
    const before = await t.testDb.db.kysely.selectFrom('patient').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Dup', email: STAFF.adminA },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'body.email' }] } });
    expect(await t.testDb.db.kysely.selectFrom('patient').select('id').execute()).toHaveLength(
      before.length,
    );
  });

  it('audits each read and write of patient data in the same transaction', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Sam', email: 'sam@p.example' },
    });
    const id = created.json<{ patient: { id: string } }>().patient.id;
    await t.app.inject({ method: 'GET', url: `/api/patients/${id}`, headers: as(therapistA) });
    const events = await t.testDb.db.kysely
      .selectFrom('audit_event')
      .select(['action', 'role', 'request_id'])
      .where('patient_id', '=', id)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['patient.create', 'patient.read']);
    expect(events.every((e) => e.role === 'therapist' && e.request_id !== '')).toBe(true);
  });

  it('keeps validated contact details: phone at creation, then edits by the staff, audited', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapistA),
      payload: { displayName: 'Kit', email: 'kit@p.example', phone: 'call me' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'body.phone' }] } });
    const { patientId, session } = await createPatientWithAccount(
      t.app,
      therapistA,
      'kit@p.example',
    );
    const url = `/api/patients/${patientId}`;
    const patch = (s: Session, payload: object) =>
      t.app.inject({ method: 'PATCH', url, headers: as(s), payload });
    // Refusals are audited (as refused); nothing refused is recorded as done.
    const allowed = () =>
      t.testDb.db.kysely
        .selectFrom('audit_event')
        .select('id')
        .where('outcome', '=', 'allowed')
        .execute();
    const before = await allowed();
    for (const [payload, path] of [
      [{ phone: '12345' }, 'body.phone'],
      [{ phone: '+44 (0)20 7946 0018 ext 2' }, 'body.phone'],
      [{ phone: '1'.repeat(21) }, 'body.phone'],
      [{ emergencyContact: { name: 'Jo', phone: 'none' } }, 'body.emergencyContact.phone'],
      [{ emergencyContact: { name: ' ', phone: '07700 900123' } }, 'body.emergencyContact.name'],
      [{ emergencyContact: { phone: '07700 900123' } }, 'body.emergencyContact.name'],
    ] as const) {
      const res = await patch(therapistA, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path })] } });
    }
    expect((await patch(session, { phone: '07700 900456' })).statusCode).toBe(403);
    expect((await patch(therapistB, { phone: '07700 900456' })).statusCode).toBe(404);
    expect(await allowed()).toHaveLength(before.length);

    const set = await patch(therapistA, {
      phone: ' +44 20 7946 0018 ',
      emergencyContact: { name: 'Jo Kit', phone: '(020) 7946-0019' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      patient: {
        phone: '+44 20 7946 0018',
        emergencyContact: { name: 'Jo Kit', phone: '(020) 7946-0019' },
        safety: null,
        programmePaused: false,
        disengagedAt: null,
        lastSafetyDecision: null,
      },
    });
    // An omitted field stays; null clears.
    const cleared = await patch(therapistA, { emergencyContact: null });
    expect(cleared.json()).toMatchObject({
      patient: { phone: '+44 20 7946 0018', emergencyContact: null },
    });
    const own = await t.app.inject({ method: 'GET', url, headers: as(session) });
    expect(own.json()).toMatchObject({ patient: { phone: '+44 20 7946 0018' } });
    const events = await t.testDb.db.kysely
      .selectFrom('audit_event')
      .select('action')
      .where('patient_id', '=', patientId)
      .where('action', '=', 'patient.update-contact')
      .execute();
    expect(events).toHaveLength(2);
  });
});
