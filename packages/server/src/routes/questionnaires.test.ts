import { INSTRUMENTS } from '@backplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_DAILY_MAX } from '../commands/record-questionnaire.js';
import { readJson } from '../db/dialect.js';
import { createTestApp, TEST_NOW, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import {
  as,
  createPatientWithAccount,
  seedTwoClinics,
  signIn,
  STAFF,
  type Session,
} from '../test-fixtures.js';
import { EXAMPLE_ASSESSMENT } from '../test-world.js';

/** The plan started four weeks before the test clock (2026-11-02): the week-4 review is today. */
const START = '2026-10-05';
const ACTIVITIES = ['Sitting at my desk', 'Gardening', 'Carrying shopping'];
const ASSESSMENT = {
  ...EXAMPLE_ASSESSMENT,
  assessedOn: START,
  history: { ...(EXAMPLE_ASSESSMENT.history as object), onsetDate: '2026-09-28' },
  questionnaires: {
    ...(EXAMPLE_ASSESSMENT.questionnaires as object),
    psfs: ACTIVITIES.map((activity) => ({ activity, rating: 4 })),
  },
};
/** ODI test vector (instruments.md): 32.0. */
const ODI = [3, 2, 3, 2, 1, 2, 1, 0, 1, 1];

interface Due {
  instrument: string;
  reason: string;
  dueSince: string;
  lastAnsweredOn: string | null;
  evidence: string[];
  items: { id: string; label: string; options: { value: number; label: string }[] }[];
}

describe.each(DIALECTS)('questionnaires when due on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let otherClinic: Session;
  let patient: Session;
  let base: string;
  const post = (s: Session, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const answer = (body: object) =>
    post(patient, `${base}/questionnaire-responses`, { takenOn: '2026-11-02', ...body });
  const due = async (query = '') =>
    (await get(patient, `${base}/questionnaires/due${query}`)).json<{
      asOf: string;
      questionnaires: Due[];
      nextOn: string | null;
    }>();
  /** The patient's audit trail of these routes and the re-evaluations they cause, in order. */
  const actions = async () =>
    (
      await t.testDb.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('action', 'in', [
          'questionnaire-due.read',
          'questionnaire-response.create',
          'progress.evaluate',
          'measure.list',
        ])
        .orderBy('at')
        .execute()
    ).map((r) => r.action);
  const patientMeasures = async () =>
    t.testDb.db.kysely
      .selectFrom('measure')
      .select(['kind', 'value', 'answers', 'client_key'])
      .where('client_key', 'is not', null)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    otherClinic = await signIn(t.app, STAFF.therapistB);
    const p = await createPatientWithAccount(t.app, therapist, 'quest@p.example');
    patient = p.session;
    base = `/api/patients/${p.patientId}`;
    const assessed = await post(therapist, `${base}/assessments`, { assessment: ASSESSMENT });
    expect(assessed.statusCode).toBe(201);
    const assessmentId = assessed.json<{ assessment: { id: string } }>().assessment.id;
    const plan = await post(therapist, `${base}/plans`, { assessmentId, startDate: START });
    expect(plan.statusCode).toBe(201);
    // A generated plan is a draft until published (issue 12).
    const planId = plan.json<{ id: string }>().id;
    expect(
      (await post(therapist, `${base}/plans/${planId}/publish`, { edits: [] })).statusCode,
    ).toBe(201);
  });
  afterAll(() => t.close());

  it('lists the assessment’s outcome questionnaires at the week-4 review, with their items', async () => {
    const list = await due();
    expect(list.asOf).toBe('2026-11-02');
    expect(list.questionnaires.map((q) => [q.instrument, q.reason, q.dueSince])).toEqual([
      ['nprs', 'review', '2026-11-02'],
      ['odi', 'review', '2026-11-02'],
      ['psfs', 'review', '2026-11-02'],
    ]);
    const [nprs, odi, psfs] = list.questionnaires;
    expect(nprs?.lastAnsweredOn).toBe(START);
    expect(odi?.evidence).toEqual(['ostelo-2008', 'fairbank-2000', 'startback-2011']);
    // Items and options come from the core's instrument data; PSFS rates the patient's activities.
    expect(odi?.items.map((i) => i.label)).toEqual(INSTRUMENTS.odi.items.map((i) => i.label));
    expect(odi?.items[3]?.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(nprs?.items[0]?.options).toHaveLength(11);
    expect(psfs?.items.map((i) => [i.id, i.label])).toEqual([
      ['psfs.1', ACTIVITIES[0]],
      ['psfs.2', ACTIVITIES[1]],
      ['psfs.3', ACTIVITIES[2]],
    ]);
    // On the patient's own calendar three days earlier: the two-weekly repeat of day 14.
    const earlier = await due('?date=2026-10-30');
    expect(earlier.questionnaires.map((q) => [q.reason, q.dueSince])).toContainEqual([
      'interval',
      '2026-10-19',
    ]);
    expect((await get(therapist, `${base}/questionnaires/due`)).statusCode).toBe(200);
    expect((await get(otherClinic, `${base}/questionnaires/due`)).statusCode).toBe(404);
    expect((await get(patient, `${base}/questionnaires/due?date=soon`)).json()).toMatchObject({
      error: { fields: [{ path: 'querystring.date' }] },
    });
  });

  it('refuses answers it cannot score, naming the answer, and writes nothing', async () => {
    const before = await actions();
    const rejects = async (body: object, path: string) => {
      const res = await answer({ clientKey: 'bad', ...body });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
        path,
      );
    };
    await rejects({ instrument: 'odi', answers: [3, 2, 3, 9, 1, 2, 1, 0, 1, 1] }, 'body.answers.3');
    await rejects(
      { instrument: 'odi', answers: [3, null, null, null, 1, 2, 1, 0, 1, 1] },
      'body.answers.1',
    );
    await rejects({ instrument: 'odi', answers: [3, 2, 3] }, 'body.answers');
    await rejects({ instrument: 'nprs', answers: [null] }, 'body.answers.0');
    await rejects({ instrument: 'nprs', answers: ['7'] }, 'body.answers.0');
    await rejects({ instrument: 'psfs', answers: [5, 5, 5, 5] }, 'body.answers');
    await rejects({ instrument: 'rmdq', answers: Array(24).fill(0) }, 'body.instrument');
    await rejects({ instrument: 'nprs', answers: [3], takenOn: '2026-12-01' }, 'body.takenOn');
    const skipped = await answer({
      clientKey: 'bad',
      instrument: 'odi',
      answers: [3, null, null, null, 1, 2, 1, 0, 1, 1],
    });
    expect(skipped.json<{ error: { fields: { path: string }[] } }>().error.fields).toHaveLength(3);
    // Only the patient records their answers: staff are refused, another clinic sees nothing.
    const body = { clientKey: 'x', instrument: 'nprs', answers: [3], takenOn: '2026-11-02' };
    expect((await post(therapist, `${base}/questionnaire-responses`, body)).statusCode).toBe(403);
    expect((await post(otherClinic, `${base}/questionnaire-responses`, body)).statusCode).toBe(404);
    expect(await patientMeasures()).toEqual([]);
    expect(await actions()).toEqual(before);
  });

  it('scores and stores the answers once, re-evaluates, and takes them off the due list', async () => {
    const before = (await actions()).length;
    const first = await answer({ clientKey: 'odi-1', instrument: 'odi', answers: ODI });
    expect(first.statusCode).toBe(201);
    // The re-evaluation follows the commit; wait for it so the audit trail has one order.
    await t.app.progress.idle();
    expect(first.json()).toMatchObject({
      response: {
        clientKey: 'odi-1',
        instrument: 'odi',
        score: 32,
        band: { id: 'moderate' },
        higherIsBetter: false,
        range: { min: 0, max: 100 },
        takenOn: '2026-11-02',
      },
    });
    // A retry (a lost answer, a double tap) gets the same stored answers and writes nothing.
    const retry = await answer({ clientKey: 'odi-1', instrument: 'odi', answers: ODI });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const psfs = await answer({ clientKey: 'psfs-1', instrument: 'psfs', answers: [6, 7, 5] });
    expect(psfs.json()).toMatchObject({ response: { score: 6, higherIsBetter: true, band: null } });
    await t.app.progress.idle();

    const stored = await patientMeasures();
    expect(stored.map((m) => [m.kind, m.value, m.client_key])).toEqual([
      ['odi', 32, 'odi-1'],
      ['psfs', 6, 'psfs-1'],
    ]);
    expect(readJson(stored[0]?.answers ?? null)).toEqual(ODI);
    expect(readJson(stored[1]?.answers ?? null)).toEqual([
      { activity: ACTIVITIES[0], rating: 6 },
      { activity: ACTIVITIES[1], rating: 7 },
      { activity: ACTIVITIES[2], rating: 5 },
    ]);
    const list = await due();
    expect(list.questionnaires.map((q) => q.instrument)).toEqual(['nprs']);
    expect(list.nextOn).toBe('2026-11-16');

    // Staff see the scores among the measures, told apart from what the clinic recorded.
    const measures = await get(therapist, `${base}/measures?kind=odi`);
    expect(
      measures
        .json<{ items: { value: number; takenOn: string; reportedBy: string }[] }>()
        .items.map((m) => [m.value, m.takenOn, m.reportedBy]),
    ).toEqual([
      [34, START, 'clinic'],
      [32, '2026-11-02', 'patient'],
    ]);
    // The re-evaluation used the new score: ODI 34 -> 32 over four weeks is no important change.
    const alerts = await get(therapist, `${base}/alerts`);
    const raised = alerts.json<{ items: { type: string; level: string; message: string }[] }>();
    const fn = raised.items.find((a) => a.type === 'function');
    expect(fn?.level).toBe('high');
    expect(fn?.message).toMatch(/^ODI .*\(34 to 32\)/);
    expect((await actions()).slice(before)).toEqual([
      'questionnaire-response.create',
      'progress.evaluate',
      'questionnaire-response.create',
      'progress.evaluate',
      'questionnaire-due.read',
      'measure.list',
    ]);
    const marks = await t.testDb.db.kysely.selectFrom('evaluation_due').selectAll().execute();
    expect(marks).toEqual([]);
  });

  it('takes at most the daily bound of answers to one questionnaire, then a 429 naming it', async () => {
    // ODI and PSFS were answered once above; NPRS not yet.
    for (let i = 0; i < QUESTIONNAIRE_DAILY_MAX; i++) {
      const res = await answer({ clientKey: `nprs-${i}`, instrument: 'nprs', answers: [i % 11] });
      expect(res.statusCode).toBe(201);
    }
    const over = await answer({ clientKey: 'nprs-over', instrument: 'nprs', answers: [4] });
    expect(over.statusCode).toBe(429);
    const refused = over.json<{ error: { code: string; message: string } }>().error;
    expect(refused).toMatchObject({ code: 'rate-limited', fields: [{ path: 'body.instrument' }] });
    expect(refused.message).toMatch(/20 times in the last 24 hours; please try again tomorrow/);
    // A retry of answers already stored is still answered with them; other questionnaires go on.
    const retry = await answer({ clientKey: 'nprs-0', instrument: 'nprs', answers: [0] });
    expect(retry.statusCode).toBe(200);
    const odi = await answer({ clientKey: 'odi-2', instrument: 'odi', answers: ODI });
    expect(odi.statusCode).toBe(201);
    await t.app.progress.idle();
    const nprs = (await patientMeasures()).filter((m) => m.kind === 'nprs');
    expect(nprs).toHaveLength(QUESTIONNAIRE_DAILY_MAX);
  });
});
