import { readFileSync } from 'node:fs';
import type { AssessmentInput, GoalProgress, MeasurableGoal } from '@backplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../auth/tokens.js';
import { readJson, toJson } from '../db/dialect.js';
import { createTestApp, TEST_NOW, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, createPatientWithAccount, seedTwoClinics, signIn, STAFF } from '../test-fixtures.js';
import type { Session } from '../test-fixtures.js';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../examples/assessments/${name}.json`, import.meta.url), 'utf8'),
  ) as AssessmentInput;

interface PlanView {
  id: string;
  version: number;
  plan: {
    goals: MeasurableGoal[];
    focus: string | null;
    gradedExposure: { steps: { activity: string; fear: number; week: number }[] } | null;
    requests: unknown[];
    clinicianNotes: string[];
    exercises: { exerciseId: string; stages: unknown[]; centre: boolean }[];
  };
  goalProgress: GoalProgress[];
}

const DAY = 86_400_000;

describe.each(DIALECTS)('plan goals and the fear hierarchy edit on %s', (dialect) => {
  let t: TestApp;
  let clock = TEST_NOW;
  let therapist: Session;
  let pat: { patientId: string; session: Session };
  let planId = '';
  const db = () => t.testDb.db.kysely;
  const url = (rest = '') => `/api/patients/${pat.patientId}${rest}`;
  const send = (s: Session, method: 'GET' | 'POST', path: string, payload?: object) =>
    t.app.inject({
      method,
      url: path,
      headers: as(s),
      ...(payload === undefined ? {} : { payload }),
    });
  const planCount = async () =>
    Number(
      (
        await db()
          .selectFrom('plan')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp(dialect, () => clock);
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    pat = await createPatientWithAccount(t.app, therapist, 'goals@p.example');
    const assessed = await send(therapist, 'POST', url('/assessments'), {
      assessment: example('01-acute-flexion-intolerant-manipulation'),
    });
    expect(assessed.statusCode).toBe(201);
    const assessmentId = assessed.json<{ assessment: { id: string } }>().assessment.id;
    const made = await send(therapist, 'POST', url('/plans'), { assessmentId });
    expect(made.statusCode).toBe(201);
    planId = made.json<PlanView>().id;
  });
  afterAll(() => t.close());

  it('carries one goalProgress per goal, scored at first with the baselines', async () => {
    const res = await send(therapist, 'GET', url(`/plans/${planId}`));
    expect(res.statusCode).toBe(200);
    const body = res.json<PlanView>();
    expect(body.plan.goals.length).toBeGreaterThan(0);
    expect(body.goalProgress.map((g) => g.goalId)).toEqual(body.plan.goals.map((g) => g.id));
    const odi = body.plan.goals.find((g) => g.measure === 'odi');
    expect(odi).toBeDefined();
    expect(body.goalProgress.find((g) => g.goalId === odi?.id)).toMatchObject({
      current: odi?.baseline,
      met: false,
    });
  });

  it("re-scores the walking goal with the patient's latest measure, for patient and therapist", async () => {
    const publish = await send(therapist, 'POST', url(`/plans/${planId}/publish`), { edits: [] });
    expect(publish.statusCode).toBe(201);
    clock = new Date(TEST_NOW.getTime() + 20 * DAY);
    // Three weeks on, the sessions have lapsed: both sign in again.
    therapist = await signIn(t.app, STAFF.therapistA);
    pat = { ...pat, session: await signIn(t.app, 'goals@p.example') };
    const takenOn = clock.toISOString().slice(0, 10);
    const recorded = await send(therapist, 'POST', url('/measures'), {
      kind: 'walking-minutes-per-day',
      value: 55,
      takenOn,
    });
    expect(recorded.statusCode).toBe(201);
    for (const reader of [therapist, pat.session]) {
      const body = (await send(reader, 'GET', url(`/plans/${planId}`))).json<PlanView>();
      const walking = body.plan.goals.find((g) => g.measure === 'walking-minutes');
      expect(walking).toBeDefined();
      const progress = body.goalProgress.find((g) => g.goalId === walking?.id);
      expect(progress).toMatchObject({ current: 55, met: 55 >= (walking?.target ?? Infinity) });
    }
  });

  it('previews a fear hierarchy recorded in week 3: lowest fear first, one a week from week 3, with the exposure task', async () => {
    const hierarchy = [
      { activity: 'Lift the laundry basket', fear: 70 },
      { activity: '  Bend to tie shoes  ', fear: 30 },
      { activity: 'Run for the bus', fear: 90 },
    ];
    const res = await send(therapist, 'POST', url(`/plans/${planId}/preview-edits`), {
      edits: [{ kind: 'set-fear-hierarchy', hierarchy }],
    });
    expect(res.statusCode).toBe(200);
    const plan = res.json<PlanView>().plan;
    // The clock is 20 days into the plan: week 3, so no step falls in a week already gone.
    expect(plan.gradedExposure?.steps).toEqual([
      { activity: 'Bend to tie shoes', fear: 30, week: 3 },
      { activity: 'Lift the laundry basket', fear: 70, week: 4 },
      { activity: 'Run for the bus', fear: 90, week: 5 },
    ]);
    expect(plan.exercises.map((e) => e.exerciseId)).toContain('graded-exposure-task');
    const fromOne = await send(therapist, 'POST', url(`/plans/${planId}/preview-edits`), {
      edits: [{ kind: 'set-fear-hierarchy', hierarchy, fromWeek: 1 }],
    });
    expect(fromOne.json<PlanView>().plan.gradedExposure?.steps.map((s) => s.week)).toEqual([
      1, 2, 3,
    ]);
    const late = await send(therapist, 'POST', url(`/plans/${planId}/preview-edits`), {
      edits: [{ kind: 'set-fear-hierarchy', hierarchy, fromWeek: 13 }],
    });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({
      error: { fields: [expect.objectContaining({ path: 'body.edits.0.fromWeek' })] },
    });
  });

  const item = (activity: string, fear: number) => ({ activity, fear });
  it.each([
    ['two activities', [item('a', 1), item('b', 2)], 'body.edits.0.hierarchy'],
    [
      'seven activities',
      Array.from({ length: 7 }, (_, i) => item(`activity ${i}`, i)),
      'body.edits.0.hierarchy',
    ],
    [
      'a fear above 100',
      [item('a', 10), item('b', 101), item('c', 30)],
      'body.edits.0.hierarchy.1.fear',
    ],
    [
      'a fear that is not whole',
      [item('a', 10), item('b', 20), item('c', 30.5)],
      'body.edits.0.hierarchy.2.fear',
    ],
    [
      'an activity of spaces',
      [item('   ', 10), item('b', 20), item('c', 30)],
      'body.edits.0.hierarchy.0.activity',
    ],
    [
      'an activity over 200 characters',
      [item('x'.repeat(201), 10), item('b', 20), item('c', 30)],
      'body.edits.0.hierarchy.0.activity',
    ],
  ])('refuses %s with a 400 naming the field, storing nothing', async (_name, hierarchy, path) => {
    const before = await planCount();
    for (const action of ['preview-edits', 'publish']) {
      const res = await send(therapist, 'POST', url(`/plans/${planId}/${action}`), {
        edits: [{ kind: 'set-fear-hierarchy', hierarchy }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        error: { fields: [expect.objectContaining({ path })] },
      });
    }
    expect(await planCount()).toBe(before);
  });

  it('publishes the hierarchy as a new version the patient reads', async () => {
    const hierarchy = [item('Carry shopping', 40), item('Garden', 20), item('Vacuum', 60)];
    const res = await send(therapist, 'POST', url(`/plans/${planId}/publish`), {
      edits: [{ kind: 'set-fear-hierarchy', hierarchy }],
    });
    expect(res.statusCode).toBe(201);
    const published = res.json<PlanView>();
    expect(published.goalProgress.length).toBe(published.plan.goals.length);
    const read = await send(pat.session, 'GET', url(`/plans/${published.id}`));
    expect(read.json<PlanView>().plan.gradedExposure?.steps.map((s) => s.activity)).toEqual([
      'Garden',
      'Carry shopping',
      'Vacuum',
    ]);
  });

  it('reads a plan stored before goals and stages existed with their defaults', async () => {
    const row = await db()
      .selectFrom('plan')
      .selectAll()
      .where('id', '=', planId)
      .executeTakeFirstOrThrow();
    // The shape stored before issue 14: none of the new plan, exercise or activity fields.
    const old = readJson(row.plan) as Record<string, unknown> & {
      exercises: Record<string, unknown>[];
      activityGoal: Record<string, unknown>;
    };
    const drop = (o: object, keys: readonly string[]) => {
      for (const key of keys) Reflect.deleteProperty(o, key);
    };
    drop(old, ['goals', 'focus', 'gradedExposure', 'requests', 'clinicianNotes']);
    for (const e of old.exercises) drop(e, ['stages', 'centre']);
    drop(old.activityGoal, ['targetMinutesPerDay', 'pattern', 'forwardLean']);
    const id = newId();
    await db()
      .insertInto('plan')
      .values({
        ...row,
        id,
        version: 99,
        status: 'superseded',
        plan: toJson(old),
      })
      .execute();
    const res = await send(therapist, 'GET', url(`/plans/${id}`));
    expect(res.statusCode).toBe(200);
    const body = res.json<PlanView>();
    expect(body.plan).toMatchObject({
      goals: [],
      focus: null,
      gradedExposure: null,
      requests: [],
      clinicianNotes: [],
    });
    expect(body.plan.exercises.every((e) => e.stages.length === 0 && !e.centre)).toBe(true);
    expect(body.goalProgress).toEqual([]);
  });
});
