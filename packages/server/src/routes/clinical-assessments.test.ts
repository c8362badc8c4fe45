import { readFileSync } from 'node:fs';
import type { AssessmentInput } from '@backplan/core';
import { RULE_SET_VERSION } from '@backplan/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, createPatientWithAccount, seedTwoClinics, signIn, STAFF } from '../test-fixtures.js';
import type { Session } from '../test-fixtures.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/assessments/${name}.json`, import.meta.url), 'utf8'),
  ) as AssessmentInput;
const EX01 = example('01-acute-flexion-intolerant-manipulation');

describe.each(DIALECTS)('assessments on %s', (dialect) => {
  let t: TestApp;
  let therapistA: Session;
  let therapistB: Session;
  let pat1: { patientId: string; session: Session };
  let pat2: { patientId: string; session: Session };
  const db = () => t.testDb.db.kysely;
  const url = (patientId: string, rest = '') => `/api/patients/${patientId}/assessments${rest}`;
  const post = (s: Session, patientId: string, assessment: unknown) =>
    t.app.inject({ method: 'POST', url: url(patientId), headers: as(s), payload: { assessment } });
  const get = (s: Session, path: string) =>
    t.app.inject({ method: 'GET', url: path, headers: as(s) });

  /** Runs a request and returns the audit actions it wrote, sorted. */
  async function audited(run: () => Promise<LightMyRequestResponse>) {
    const before = new Set(
      (await db().selectFrom('audit_event').select('id').execute()).map((r) => r.id),
    );
    const res = await run();
    const after = await db().selectFrom('audit_event').select(['id', 'action']).execute();
    return {
      res,
      actions: after
        .filter((r) => !before.has(r.id))
        .map((r) => r.action)
        .sort(),
    };
  }

  async function counts() {
    const n = async (table: 'assessment' | 'measure' | 'episode') =>
      (await db().selectFrom(table).select('id').execute()).length;
    return {
      assessment: await n('assessment'),
      measure: await n('measure'),
      episode: await n('episode'),
      // What was done: a refused request leaves only its refusal in the trail (issue 13).
      audit: (
        await db().selectFrom('audit_event').select('id').where('outcome', '=', 'allowed').execute()
      ).length,
    };
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    therapistA = await signIn(t.app, STAFF.therapistA);
    therapistB = await signIn(t.app, STAFF.therapistB);
    pat1 = await createPatientWithAccount(t.app, therapistA, 'pat1@p.example');
    pat2 = await createPatientWithAccount(t.app, therapistA, 'pat2@p.example', 'Sam Second');
  });
  afterAll(() => t.close());

  let assessmentId = '';

  it('creates an assessment for example 01: triage, approach, episode and measures', async () => {
    const { res, actions } = await audited(() => post(therapistA, pat1.patientId, EX01));
    expect(res.statusCode).toBe(201);
    expect(actions).toEqual(['assessment.create']);
    const { assessment } = res.json<{
      assessment: {
        id: string;
        episodeId: string;
        triage: string;
        planGate: { status: string };
        result: { approach: { approach: string }; screen: { triage: string } };
      };
    }>();
    assessmentId = assessment.id;
    expect(assessment).toMatchObject({
      patientId: pat1.patientId,
      assessedOn: '2026-11-02',
      kind: 'initial',
      triage: 'clear',
      planGate: { status: 'allowed' },
      ruleVersion: RULE_SET_VERSION,
      redFlagReview: null,
    });
    expect(assessment.result.screen.triage).toBe(assessment.triage);
    expect(typeof assessment.result.approach.approach).toBe('string');
    const episode = await db()
      .selectFrom('episode')
      .selectAll()
      .where('id', '=', assessment.episodeId)
      .executeTakeFirstOrThrow();
    expect(episode).toMatchObject({ onset_date: '2026-10-23', status: 'open' });
    const measures = await db()
      .selectFrom('measure')
      .select(['kind', 'side', 'value', 'taken_on'])
      .where('patient_id', '=', pat1.patientId)
      .execute();
    const kinds = measures.map((m) => `${m.kind}${m.side === null ? '' : `:${m.side}`}`).sort();
    expect(kinds).toEqual(
      [
        'biering-sorensen-s',
        'fabq',
        'fingertip-to-floor-cm',
        'five-times-sit-to-stand-s',
        'hip-internal-rotation-deg:left',
        'hip-internal-rotation-deg:right',
        'nprs',
        'odi',
        'startback',
        'straight-leg-raise-deg:left',
        'straight-leg-raise-deg:right',
        'walking-minutes-per-day',
      ].sort(),
    );
    expect(
      measures.find((m) => m.kind === 'straight-leg-raise-deg' && m.side === 'left'),
    ).toMatchObject({ value: 70, taken_on: '2026-11-02' });
    expect(measures.find((m) => m.kind === 'nprs')?.value).toBe(5);
  });

  it('a reassessment joins the open episode; the list is newest first', async () => {
    const later = { ...EX01, kind: 'reassessment' as const, assessedOn: '2026-11-02' };
    const res = await post(therapistA, pat1.patientId, later);
    expect(res.statusCode).toBe(201);
    const episodes = await db()
      .selectFrom('episode')
      .select('id')
      .where('patient_id', '=', pat1.patientId)
      .execute();
    expect(episodes).toHaveLength(1);
    const { res: list, actions } = await audited(() => get(therapistA, url(pat1.patientId)));
    expect(list.statusCode).toBe(200);
    expect(actions).toEqual(['assessment.list']);
    const ids = list.json<{ items: { id: string }[] }>().items.map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(assessmentId);
  });

  it('the patient reads their own assessments but cannot create one, nor see another patient', async () => {
    const { res: own, actions } = await audited(() =>
      get(pat1.session, url(pat1.patientId, `/${assessmentId}`)),
    );
    expect(own.statusCode).toBe(200);
    expect(actions).toEqual(['assessment.read']);
    expect(own.json()).toMatchObject({
      assessment: { id: assessmentId, result: { asOf: '2026-11-02' } },
    });
    expect((await get(pat1.session, url(pat1.patientId))).statusCode).toBe(200);
    const before = await counts();
    expect((await post(pat1.session, pat1.patientId, EX01)).statusCode).toBe(403);
    expect((await get(pat2.session, url(pat1.patientId))).statusCode).toBe(404);
    expect((await get(pat2.session, url(pat1.patientId, `/${assessmentId}`))).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("another clinic's therapist gets 404 for everything", async () => {
    const before = await counts();
    expect((await get(therapistB, url(pat1.patientId))).statusCode).toBe(404);
    expect((await get(therapistB, url(pat1.patientId, `/${assessmentId}`))).statusCode).toBe(404);
    expect((await post(therapistB, pat1.patientId, EX01)).statusCode).toBe(404);
    const review = await t.app.inject({
      method: 'POST',
      url: url(pat1.patientId, `/${assessmentId}/red-flag-review`),
      headers: as(therapistB),
      payload: { outcome: 'cleared', note: 'Fine.' },
    });
    expect(review.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      'an age under 16',
      { ...EX01, patient: { ...EX01.patient, age: 10 } },
      'body.assessment.patient.age',
    ],
    ['an unknown field', { ...EX01, colour: 'blue' }, 'body.assessment.colour'],
    [
      'an onset after the assessment',
      { ...EX01, history: { ...EX01.history, onsetDate: '2026-11-20' } },
      'body.assessment.history.onsetDate',
    ],
    [
      'an onset before the patient was born',
      { ...EX01, history: { ...EX01.history, onsetDate: '1980-01-01' } },
      'body.assessment.history.onsetDate',
    ],
    [
      'an age at first onset above the patient age',
      { ...EX01, schemaVersion: 2, history: { ...EX01.history, ageAtFirstOnset: 60 } },
      'body.assessment.history.ageAtFirstOnset',
    ],
    [
      'a temperature in Fahrenheit',
      { ...EX01, schemaVersion: 2, examination: { temperatureCelsius: 98.6 } },
      'body.assessment.examination.temperatureCelsius',
    ],
    ['schema version 3', { ...EX01, schemaVersion: 3 }, 'body.assessment.schemaVersion'],
  ])('answers 400 naming the field for %s, and writes nothing', async (_name, body, path) => {
    const before = await counts();
    const res = await post(therapistA, pat1.patientId, body);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation-failed', fields: [{ path }] } });
    expect(await counts()).toEqual(before);
  });

  it('reads a version 2 body with the new fields, and stores walking tolerance as a measure', async () => {
    const patient = await createPatientWithAccount(t.app, therapistA, 'v2@p.example', 'Val Two');
    const res = await post(therapistA, patient.patientId, example('17-stenosis-forward-lean'));
    expect(res.statusCode).toBe(201);
    const { assessment } = res.json<{
      assessment: {
        result: {
          schemaVersion: number;
          stenosis: { suspected: boolean };
          assessment: { schemaVersion: number; measures: { walkingToleranceMinutes: number } };
        };
      };
    }>();
    expect(assessment.result.schemaVersion).toBe(2);
    expect(assessment.result.stenosis.suspected).toBe(true);
    expect(assessment.result.assessment.measures.walkingToleranceMinutes).toBe(8);
    const tolerance = await db()
      .selectFrom('measure')
      .select(['value'])
      .where('patient_id', '=', patient.patientId)
      .where('kind', '=', 'walking-tolerance-min')
      .execute();
    expect(tolerance.map((m) => m.value)).toEqual([8]);
  });

  it('stores a version 1 body as version 2', async () => {
    const patient = await createPatientWithAccount(t.app, therapistA, 'v1@p.example', 'Val One');
    const res = await post(therapistA, patient.patientId, EX01);
    expect(res.statusCode).toBe(201);
    const row = await db()
      .selectFrom('assessment')
      .select('answers')
      .where('patient_id', '=', patient.patientId)
      .executeTakeFirstOrThrow();
    const answers: unknown =
      typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers;
    expect(answers).toMatchObject({ schemaVersion: 2 });
  });

  it('needs a session, and the CSRF header on writes', async () => {
    const anon = await t.app.inject({ method: 'GET', url: url(pat1.patientId) });
    expect(anon.statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: url(pat1.patientId),
      headers: { cookie: therapistA.cookie },
      payload: { assessment: EX01 },
    });
    expect(noCsrf.statusCode).toBe(403);
  });

  it('documents the routes in OpenAPI', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/patients/{patientId}/assessments',
        '/api/patients/{patientId}/plans/{planId}/publish',
      ]),
    );
  });
});
