import { readFileSync } from 'node:fs';
import type { AssessmentInput } from '@backplan/core';
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

interface PlanBody {
  id: string;
  version: number;
  status: string;
  plan: {
    exercises: { exerciseId: string }[];
    interventions: { interventionId: string }[];
    reasons: string[];
  };
  warnings?: { code: string; subject: string }[];
}

describe.each(DIALECTS)('plans on %s', (dialect) => {
  let t: TestApp;
  let therapistA: Session;
  let therapistB: Session;
  let pat1: { patientId: string; session: Session };
  let pat2: { patientId: string; session: Session };
  const db = () => t.testDb.db.kysely;
  const plans = (patientId: string, rest = '') => `/api/patients/${patientId}/plans${rest}`;
  const send = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as(s), ...(payload === undefined ? {} : { payload }) });

  async function assess(patientId: string, name: string): Promise<string> {
    const res = await send(therapistA, 'POST', `/api/patients/${patientId}/assessments`, {
      assessment: example(name),
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ assessment: { id: string } }>().assessment.id;
  }

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

  const planRows = async () =>
    db().selectFrom('plan').select(['id', 'version', 'status']).orderBy('version').execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    therapistA = await signIn(t.app, STAFF.therapistA);
    therapistB = await signIn(t.app, STAFF.therapistB);
    pat1 = await createPatientWithAccount(t.app, therapistA, 'pat1@p.example');
    pat2 = await createPatientWithAccount(t.app, therapistA, 'pat2@p.example', 'Sam Second');
  });
  afterAll(() => t.close());

  it('refuses a plan for an emergency (05) with 409 plan-blocked and the findings', async () => {
    const assessmentId = await assess(pat2.patientId, '05-cauda-equina-emergency');
    const { res, actions } = await audited(() =>
      send(therapistA, 'POST', plans(pat2.patientId), { assessmentId }),
    );
    expect(res.statusCode).toBe(409);
    const { error } = res.json<{
      error: { code: string; fields: { path: string; message: string }[] };
    }>();
    expect(error.code).toBe('plan-blocked');
    expect(error.fields[0]).toEqual({ path: 'refusal.kind', message: 'emergency-triage' });
    expect(error.fields[1]?.message).toContain('Cauda equina');
    expect(actions).toEqual([]);
    expect(await planRows()).toEqual([]);
  });

  it('refuses an urgent (06) plan until a red-flag review is recorded, then makes it', async () => {
    const assessmentId = await assess(pat2.patientId, '06-cancer-history-urgent');
    const url = plans(pat2.patientId);
    const blocked = await send(therapistA, 'POST', url, { assessmentId });
    expect(blocked.statusCode).toBe(409);
    const refusal = blocked.json<{ error: { code: string; message: string } }>().error;
    expect(refusal.code).toBe('plan-blocked');
    expect(refusal.message).toContain('urgent-triage-not-reviewed');
    const reviewUrl = `/api/patients/${pat2.patientId}/assessments/${assessmentId}/red-flag-review`;
    const review = { outcome: 'cleared', note: 'Seen by the GP: no sign of recurrence.' };
    // The reviewer is the signed-in user, never a typed name.
    const typed = await send(therapistA, 'POST', reviewUrl, { ...review, reviewedBy: 'Dr Grey' });
    expect(typed.statusCode).toBe(400);
    expect(typed.json()).toMatchObject({ error: { fields: [{ path: 'body.reviewedBy' }] } });
    expect((await send(pat2.session, 'POST', reviewUrl, review)).statusCode).toBe(403);
    const { res: recorded, actions } = await audited(() =>
      send(therapistA, 'POST', reviewUrl, review),
    );
    expect(recorded.statusCode).toBe(201);
    expect(actions).toContain('red-flag-review.create');
    const made = await send(therapistA, 'POST', url, { assessmentId });
    expect(made.statusCode).toBe(201);
    const body = made.json<PlanBody>();
    expect(body).toMatchObject({ version: 1, status: 'draft' });
    expect(body.plan.reasons.join(' ')).toContain('Theo Therapist');
    expect(body.plan.reasons.join(' ')).not.toContain('Dr Grey');
  });

  let v1 = '';

  it('generates a plan with exercises for example 01, audited plan.create', async () => {
    const assessmentId = await assess(pat1.patientId, '01-acute-flexion-intolerant-manipulation');
    const before = await planRows();
    const bad = await send(therapistA, 'POST', plans(pat1.patientId), {
      assessmentId,
      minutesPerDay: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'body.minutesPerDay' }] } });
    const unknown = await send(therapistA, 'POST', plans(pat1.patientId), { assessmentId: 'nope' });
    expect(unknown.statusCode).toBe(404);
    expect(await planRows()).toEqual(before);
    const { res, actions } = await audited(() =>
      send(therapistA, 'POST', plans(pat1.patientId), { assessmentId, minutesPerDay: 30 }),
    );
    expect(res.statusCode).toBe(201);
    expect(actions).toEqual(['plan.create']);
    const body = res.json<PlanBody>();
    expect(body).toMatchObject({
      version: 1,
      status: 'draft',
      createdAt: '2026-11-02T09:00:00.000Z',
    });
    expect(body.plan.exercises.length).toBeGreaterThan(0);
    v1 = body.id;
  });

  it("previews adding 'tens': a discouraged warning, nothing stored, audited plan.read", async () => {
    const before = await planRows();
    const { res, actions } = await audited(() =>
      send(therapistA, 'POST', plans(pat1.patientId, `/${v1}/preview-edits`), {
        edits: [{ kind: 'add-intervention', interventionId: 'tens' }],
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(actions).toEqual(['plan.read']);
    const body = res.json<PlanBody>();
    expect(body.warnings).toContainEqual(
      expect.objectContaining({ code: 'discouraged', subject: 'tens' }),
    );
    expect(body.plan.interventions.map((i) => i.interventionId)).toContain('tens');
    expect(await planRows()).toEqual(before);
  });

  it.each([
    [
      'an unknown exercise',
      [{ kind: 'add-exercise', exerciseId: 'moonwalk' }],
      'body.edits.0.exerciseId',
    ],
    ['an unknown kind of edit', [{ kind: 'paint-it' }], 'body.edits.0.kind'],
    [
      'a bad dose',
      [
        {
          kind: 'change-dose',
          exerciseId: 'x',
          dose: { kind: 'reps', sets: 0, reps: 5, perSide: false },
        },
      ],
      'body.edits.0.dose.sets',
    ],
  ])('answers 400 naming the edit for %s', async (_name, edits, path) => {
    const before = await planRows();
    const res = await send(therapistA, 'POST', plans(pat1.patientId, `/${v1}/publish`), { edits });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { fields: [expect.objectContaining({ path })] } });
    expect(await planRows()).toEqual(before);
  });

  it('publishes the draft as it is, then edits as version 2 superseding version 1; a stale version is a 409', async () => {
    const url = plans(pat1.patientId, `/${v1}/publish`);
    const { res: draft, actions: published } = await audited(() =>
      send(therapistA, 'POST', url, { edits: [] }),
    );
    expect(draft.statusCode).toBe(201);
    expect(published).toEqual(['plan.publish']);
    expect(draft.json<PlanBody>()).toMatchObject({ id: v1, version: 1, status: 'active' });
    // The active version is published already: only edits make a new one.
    const none = await send(therapistA, 'POST', url, { edits: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: { fields: [{ path: 'body.edits' }] } });
    const edits = [{ kind: 'add-intervention', interventionId: 'tens' }];
    const { res, actions } = await audited(() => send(therapistA, 'POST', url, { edits }));
    expect(res.statusCode).toBe(201);
    expect(actions).toEqual(['plan.publish']);
    const body = res.json<PlanBody>();
    expect(body).toMatchObject({ version: 2, status: 'active' });
    expect(body.warnings).toContainEqual(expect.objectContaining({ code: 'discouraged' }));
    const v1Row = await db()
      .selectFrom('plan')
      .select('status')
      .where('id', '=', v1)
      .executeTakeFirstOrThrow();
    expect(v1Row.status).toBe('superseded');
    expect((await send(therapistA, 'POST', url, { edits })).statusCode).toBe(409);
    const { res: list, actions: listed } = await audited(() =>
      send(pat1.session, 'GET', plans(pat1.patientId)),
    );
    expect(list.statusCode).toBe(200);
    expect(listed).toEqual(['plan.list']);
    const versions = list.json<{ items: { version: number; status: string }[] }>().items;
    expect(versions.map((p) => [p.version, p.status])).toEqual([
      [2, 'active'],
      [1, 'superseded'],
    ]);
  });

  it('the patient reads their own plans, cannot write them, and sees no one else’s', async () => {
    const { res: own, actions } = await audited(() =>
      send(pat1.session, 'GET', plans(pat1.patientId, `/${v1}`)),
    );
    expect(own.statusCode).toBe(200);
    expect(actions).toEqual(['plan.read']);
    const before = await planRows();
    const edits = [{ kind: 'add-intervention', interventionId: 'tens' }];
    expect(
      (await send(pat1.session, 'POST', plans(pat1.patientId), { assessmentId: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await send(pat1.session, 'POST', plans(pat1.patientId, `/${v1}/preview-edits`), { edits }))
        .statusCode,
    ).toBe(403);
    expect((await send(pat2.session, 'GET', plans(pat1.patientId))).statusCode).toBe(404);
    expect((await send(pat2.session, 'GET', plans(pat1.patientId, `/${v1}`))).statusCode).toBe(404);
    expect(await planRows()).toEqual(before);
  });

  it("another clinic's therapist gets 404 for every plan route", async () => {
    const before = await planRows();
    const edits = [{ kind: 'add-intervention', interventionId: 'tens' }];
    const { res: list, actions } = await audited(() =>
      send(therapistB, 'GET', plans(pat1.patientId)),
    );
    expect(list.statusCode).toBe(404);
    // No read is recorded, only the refusal (issue 13).
    expect(actions).toEqual(['request.refused']);
    for (const res of [
      await send(therapistB, 'GET', plans(pat1.patientId, `/${v1}`)),
      await send(therapistB, 'POST', plans(pat1.patientId), { assessmentId: 'x' }),
      await send(therapistB, 'POST', plans(pat1.patientId, `/${v1}/preview-edits`), { edits }),
      await send(therapistB, 'POST', plans(pat1.patientId, `/${v1}/publish`), { edits }),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect(await planRows()).toEqual(before);
  });
});
