import { readFileSync } from 'node:fs';
import { assess, CATALOG, generatePlan } from '@backplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../auth/tokens.js';
import { toJson } from '../db/dialect.js';
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

const file = new URL(
  '../../../../examples/assessments/01-acute-flexion-intolerant-manipulation.json',
  import.meta.url,
);
const assessed = assess(JSON.parse(readFileSync(file, 'utf8')), '2026-11-02');
// Started a week before the assessment date, so the session of 2026-11-01 is within the plan.
const generated = assessed.ok
  ? generatePlan(assessed.value, CATALOG, { startDate: '2026-10-26' })
  : null;
if (generated?.ok !== true) throw new Error('example 01 gives no plan');
const PLAN = generated.value;

describe.each(DIALECTS)('notes, measures and alerts on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let otherClinic: Session;
  let patientId: string;
  let patient: Session;
  const post = (s: Session, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const actions = async () =>
    (
      await t.testDb.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('action', 'in', [
          'feedback.create',
          'today.read',
          'journal.read',
          'alert.list',
          'alert.acknowledge',
          'measure.create',
          'measure.list',
        ])
        .orderBy('at')
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    otherClinic = await signIn(t.app, STAFF.therapistB);
    const p = await createPatientWithAccount(t.app, therapist, 'care@p.example');
    patientId = p.patientId;
    patient = p.session;
    const db = t.testDb.db.kysely;
    const row = await db
      .selectFrom('patient')
      .select('clinic_id')
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const common = {
      clinic_id: row.clinic_id,
      patient_id: patientId,
      created_at: TEST_NOW.toISOString(),
    };
    await db
      .insertInto('episode')
      .values({ ...common, id: 'ep-1', onset_date: '2026-10-23', status: 'open' })
      .execute();
    await db
      .insertInto('plan')
      .values({
        ...common,
        id: newId(),
        episode_id: 'ep-1',
        assessment_id: 'ex-01',
        version: 1,
        status: 'active',
        plan: toJson(PLAN),
        rule_version: PLAN.ruleSetVersion,
        created_by: 'test',
      })
      .execute();
  });
  afterAll(() => t.close());

  it('shows the therapist’s note in the patient’s day and under the journal entry', async () => {
    const base = `/api/patients/${patientId}`;
    const logged = await post(patient, `${base}/journal`, {
      clientKey: 'k1',
      performedOn: '2026-11-01',
      exercises: [{ exerciseId: PLAN.exercises[0]?.exerciseId ?? '', completion: 'done' }],
      painBefore: 7,
      painDuring: 8,
      effort: 5,
    });
    const entryId = logged.json<{ entry: { id: string } }>().entry.id;
    await post(patient, `${base}/morning-checks`, {
      clientKey: 'm1',
      date: '2026-11-02',
      pain: 4,
      stiffness: 'more',
      comparedWithUsual: 'worse',
    });
    expect((await post(patient, `${base}/feedback`, { body: 'Hi' })).statusCode).toBe(403);
    expect((await post(otherClinic, `${base}/feedback`, { body: 'Hi' })).statusCode).toBe(404);
    const bad = await post(therapist, `${base}/feedback`, { body: 'x', journalEntryId: 'nope' });
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'body.journalEntryId' }] } });
    expect((await post(therapist, `${base}/feedback`, { body: '' })).statusCode).toBe(400);
    const note = await post(therapist, `${base}/feedback`, {
      body: 'Ease off the bird-dog.',
      journalEntryId: entryId,
    });
    expect(note.statusCode).toBe(201);
    const today = await get(patient, `${base}/today`);
    expect(today.json()).toMatchObject({
      today: { feedback: [{ body: 'Ease off the bird-dog.', authorName: 'Theo Therapist' }] },
    });
    const journal = await get(patient, `${base}/journal`);
    expect(journal.json()).toMatchObject({
      items: [
        {
          id: entryId,
          morningCheck: { date: '2026-11-02', stiffness: 'more' },
          comments: [{ body: 'Ease off the bird-dog.' }],
        },
      ],
    });
    // Pain 8/10 during the session raised a pain alert; the staff see it in both lists.
    const alerts = await get(therapist, `${base}/alerts`);
    const list = alerts.json<{ items: { id: string; type: string; level: string }[] }>().items;
    expect(list.map((a) => [a.type, a.level])).toContainEqual(['pain', 'critical']);
    expect((await get(patient, `${base}/alerts`)).statusCode).toBe(403);
    expect((await get(patient, '/api/alerts')).statusCode).toBe(403);
    const clinic = await get(therapist, '/api/alerts');
    expect(clinic.json<{ items: unknown[] }>().items).toHaveLength(list.length);
    expect(await get(otherClinic, '/api/alerts')).toMatchObject({ statusCode: 200 });
    expect((await get(otherClinic, '/api/alerts')).json()).toEqual({ items: [], nextCursor: null });
    const first = list[0];
    if (first === undefined) throw new Error('no alert');
    const ack = await post(therapist, `${base}/alerts/${first.id}/acknowledge`, {});
    expect(ack.json()).toMatchObject({ alert: { status: 'acknowledged' } });
    expect((await post(therapist, `${base}/alerts/nope/acknowledge`, {})).statusCode).toBe(404);
    const open = await get(therapist, `${base}/alerts?status=open`);
    expect(open.json<{ items: unknown[] }>().items).toHaveLength(list.length - 1);
    expect((await actions()).slice(-9)).toEqual([
      'feedback.create',
      'today.read',
      'journal.read',
      'alert.list',
      'alert.list',
      'alert.list',
      'alert.list',
      'alert.acknowledge',
      'alert.list',
    ]);
    const toPatient = await post(therapist, `${base}/feedback`, { body: 'Walk daily this week.' });
    expect(toPatient.statusCode).toBe(201);
    // The notes to the patient, without the comments on entries; the patient may read them.
    const notes = await get(patient, `${base}/feedback`);
    expect(notes.json()).toEqual({
      items: [expect.objectContaining({ body: 'Walk daily this week.', journalEntryId: null })],
      nextCursor: null,
    });
    const all = await get(therapist, `${base}/feedback?kind=all`);
    expect(all.json<{ items: { body: string }[] }>().items.map((f) => f.body)).toEqual([
      'Walk daily this week.',
      'Ease off the bird-dog.',
    ]);
    // One at a time: the cursor leads to the older note, then to the end.
    const newest = (await get(therapist, `${base}/feedback?kind=all&limit=1`)).json<{
      items: { body: string }[];
      nextCursor: string;
    }>();
    const second = await get(
      therapist,
      `${base}/feedback?kind=all&limit=1&cursor=${encodeURIComponent(newest.nextCursor)}`,
    );
    expect(second.json()).toMatchObject({
      items: [{ body: 'Ease off the bird-dog.' }],
      nextCursor: null,
    });
    const listed = await get(therapist, '/api/patients');
    expect(
      listed
        .json<{ items: { id: string; therapistName: string; lastSessionOn: string }[] }>()
        .items.find((p) => p.id === patientId),
    ).toMatchObject({ therapistName: 'Theo Therapist', lastSessionOn: '2026-11-01' });
  });

  it('records physical measures (staff only) and lists them oldest first by kind', async () => {
    const url = `/api/patients/${patientId}/measures`;
    const measure = (value: number, takenOn: string, kind = 'fingertip-to-floor-cm') => ({
      kind,
      value,
      takenOn,
    });
    expect((await post(patient, url, measure(20, '2026-11-01'))).statusCode).toBe(403);
    const badKind = await post(therapist, url, measure(20, '2026-11-01', 'odi'));
    expect(badKind.json()).toMatchObject({ error: { fields: [{ path: 'body.kind' }] } });
    const future = await post(therapist, url, measure(20, '2026-12-01'));
    expect(future.json()).toMatchObject({ error: { fields: [{ path: 'body.takenOn' }] } });
    expect((await post(therapist, url, measure(12, '2026-11-02'))).statusCode).toBe(201);
    expect((await post(therapist, url, measure(18, '2026-10-20'))).statusCode).toBe(201);
    const slr = { kind: 'straight-leg-raise-deg', side: 'left', value: 70, takenOn: '2026-11-02' };
    expect((await post(therapist, url, slr)).json()).toMatchObject({ measure: { side: 'left' } });
    const series = await get(patient, `${url}?kind=fingertip-to-floor-cm`);
    expect(series.json<{ items: { value: number }[] }>().items.map((m) => m.value)).toEqual([
      18, 12,
    ]);
    expect((await get(otherClinic, url)).statusCode).toBe(404);
    expect((await actions()).slice(-4)).toEqual([
      'measure.create',
      'measure.create',
      'measure.create',
      'measure.list',
    ]);
  });
});
