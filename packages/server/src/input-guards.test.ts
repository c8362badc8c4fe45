import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { createTestApp, TEST_NOW, type TestApp } from './test-app.js';
import { DIALECTS } from './test-db.js';
import { as, seedTwoClinics, signIn, STAFF, type Session } from './test-fixtures.js';
import { EXAMPLE_ASSESSMENT } from './test-world.js';

interface Answer {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

/** Issue 13, items 7 and 8: implausible values and unsafe names refused by field; body keys. */
describe.each(DIALECTS)('input guards on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let admin: Session;
  let patientId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    admin = await signIn(t.app, STAFF.adminA);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/patients',
      headers: as(therapist),
      payload: { displayName: 'Pat Guard', email: 'guard@p.example' },
    });
    expect(created.statusCode).toBe(201);
    patientId = created.json<{ patient: { id: string } }>().patient.id;
  });
  afterAll(() => t.close());

  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: object | string) =>
    t.app.inject({
      method,
      url,
      headers: { ...as(s), 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const paths = (res: { json: () => unknown }) =>
    (res.json() as Answer).error.fields.map((f) => f.path);

  it.each([-1, 1001, 1e308])(
    'refuses a straight-leg raise of %s degrees, naming the value',
    async (value) => {
      const res = await send('POST', `/api/patients/${patientId}/measures`, therapist, {
        kind: 'straight-leg-raise-deg',
        side: 'left',
        value,
        takenOn: '2026-11-02',
      });
      expect(res.statusCode).toBe(400);
      expect(paths(res)).toEqual(['body.value']);
      expect(res.json<Answer>().error.message).toMatch(/between 0 and 130 deg/);
      const stored = await t.testDb.db.kysely.selectFrom('measure').select('id').execute();
      expect(stored).toEqual([]);
    },
  );

  it('still stores a plausible straight-leg raise', async () => {
    const res = await send('POST', `/api/patients/${patientId}/measures`, therapist, {
      kind: 'straight-leg-raise-deg',
      side: 'left',
      value: 70,
      takenOn: '2026-11-02',
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a plan starting 9999-12-31, naming the start date', async () => {
    const res = await send('POST', `/api/patients/${patientId}/plans`, therapist, {
      assessmentId: 'any',
      startDate: '9999-12-31',
    });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['body.startDate']);
  });

  it('refuses an FABQ answer of -1e308 and an out-of-range PSFS rating, naming them', async () => {
    const assessment = structuredClone(EXAMPLE_ASSESSMENT) as {
      questionnaires: Record<string, unknown>;
      measures?: Record<string, unknown>;
    };
    assessment.questionnaires.fabq = [-1e308, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    assessment.questionnaires.psfs = [{ activity: 'Lifting', rating: 1e9 }];
    assessment.measures = { straightLegRaiseDeg: { left: 1001 } };
    const res = await send('POST', `/api/patients/${patientId}/assessments`, therapist, {
      assessment,
    });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        'body.assessment.questionnaires.fabq',
        'body.assessment.questionnaires.psfs.0.rating',
        'body.assessment.measures.straightLegRaiseDeg.left',
      ]),
    );
  });

  it.each([
    ['a right-to-left override', 'Eve\u202Egnp.exe'],
    ['a line break', 'Pat\nAdmin: approved'],
    ['an escape sequence', 'Pat\u001b[31m'],
    ['an isolate', 'Pat\u2067x'],
  ])('refuses a name with %s, naming the field', async (_what, name) => {
    const created = await send('POST', '/api/patients', therapist, {
      displayName: name,
      email: 'unsafe@p.example',
    });
    expect(created.statusCode).toBe(400);
    expect(paths(created)).toEqual(['body.displayName']);
    const contact = await send('PATCH', `/api/patients/${patientId}`, therapist, {
      emergencyContact: { name, phone: '+44 20 7946 0001' },
    });
    expect(contact.statusCode).toBe(400);
    expect(paths(contact)).toEqual(['body.emergencyContact.name']);
    const clinic = await send('PATCH', '/api/admin/clinic', admin, { name });
    expect(clinic.statusCode).toBe(400);
    expect(paths(clinic)).toEqual(['body.name']);
  });

  it('accepts names in any script, with their direction marks', async () => {
    const res = await send('PATCH', `/api/patients/${patientId}`, therapist, {
      emergencyContact: { name: 'שרה כהן \u200F(אחות)', phone: '+44 20 7946 0001' },
    });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    [
      '{"__proto__": {"isAdmin": true}, "displayName": "x", "email": "a@p.example"}',
      'body.__proto__',
    ],
    [
      '{"displayName": "x", "email": "a@p.example", "meta": {"constructor": {"prototype": {}}}}',
      'body.meta.constructor',
    ],
    [
      '{"displayName": "x", "email": "a@p.example", "list": [{"prototype": 1}]}',
      'body.list.0.prototype',
    ],
  ])('refuses a prototype-pollution key by name: %s', async (body, path) => {
    const res = await send('POST', '/api/patients', therapist, body);
    expect(res.statusCode).toBe(400);
    expect(res.json<Answer>().error.message).toContain(path);
    expect(res.json<Answer>().error.message).not.toMatch(/not valid JSON/);
    expect(paths(res)).toEqual([path]);
  });

  it('still says when a body is not JSON at all', async () => {
    const res = await send('POST', '/api/patients', therapist, '{"displayName": ');
    expect(res.statusCode).toBe(400);
    expect(res.json<Answer>().error.message).toBe('Body is not valid JSON');
  });
});

describe('logs', () => {
  it('never carry a query string or an invite token, on a 404 or any request', async () => {
    const t = await createTestApp('sqlite');
    const lines: string[] = [];
    const config = configSchema.parse({
      LOG_LEVEL: 'trace',
      BACKPLAN_SEED_DEMO: 'false',
      ...t.testDb.env,
    });
    const app = await buildApp({
      db: t.testDb.db,
      config,
      now: () => TEST_NOW,
      logStream: { write: (line) => lines.push(line) },
    });
    try {
      const token = 'inviteTOKEN0123456789abcdef';
      const answers = [
        await app.inject({ method: 'DELETE', url: '/api/patients/p1?name=Maria%20Secretname' }),
        await app.inject({ method: 'POST', url: `/invite/${token}?next=Secretname` }),
        await app.inject({ method: 'GET', url: `/invite/${token}` }),
        await app.inject({ method: 'GET', url: '/api/patients?name=Secretname' }),
        await app.inject({ method: 'GET', url: '/api/nothing-here?q=Secretname' }),
      ];
      // The page itself is served (200) or, without a build, a 503 saying how to build it.
      expect(answers.map((a) => (a.statusCode === 503 ? 200 : a.statusCode))).toEqual([
        404, 404, 200, 401, 404,
      ]);
      expect(answers[0]?.body).not.toMatch(/Secretname/);
      const log = lines.join('');
      expect(log).toMatch(/incoming request/);
      expect(log).not.toMatch(/Secretname/);
      expect(log).not.toContain(token);
      expect(log).toContain('/invite/[redacted]');
    } finally {
      await app.close();
      await t.close();
    }
  });
});
