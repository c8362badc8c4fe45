/**
 * Plans are drafts until a therapist publishes them (issue 12): the patient's day says the
 * programme is being prepared; a new draft never touches the active plan; publishing supersedes
 * it and resumes a programme paused after a safety decision. A screen with unanswered red-flag
 * questions gets no plan.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';
import { as, createPatientWithAccount, seedTwoClinics, signIn, STAFF } from '../test-fixtures.js';
import type { Session } from '../test-fixtures.js';

const example = JSON.parse(
  readFileSync(
    new URL(
      '../../../../examples/assessments/01-acute-flexion-intolerant-manipulation.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as { redFlags: Record<string, unknown> };

interface PlanBody {
  id: string;
  version: number;
  status: string;
}

describe.each(DIALECTS)('draft plans on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let pat: { patientId: string; session: Session };
  let assessmentId = '';
  const db = () => t.testDb.db.kysely;
  const base = () => `/api/patients/${pat.patientId}`;
  const send = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: as(s), ...(payload === undefined ? {} : { payload }) });
  const statuses = async () =>
    (
      await db()
        .selectFrom('plan')
        .select(['id', 'version', 'status'])
        .where('patient_id', '=', pat.patientId)
        .orderBy('version')
        .execute()
    ).map((p) => `${p.version}:${p.status}`);
  const today = async () =>
    (await send(pat.session, 'GET', `${base()}/today`)).json<{
      today: { status: string; planId: string | null; exercises: unknown[] };
    }>().today;
  const draft = async () => {
    const res = await send(therapist, 'POST', `${base()}/plans`, { assessmentId });
    expect(res.statusCode).toBe(201);
    return res.json<PlanBody>();
  };
  const publish = (planId: string, edits: object[] = []) =>
    send(therapist, 'POST', `${base()}/plans/${planId}/publish`, { edits });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    pat = await createPatientWithAccount(t.app, therapist, 'draft@p.example');
  });
  afterAll(() => t.close());

  it('refuses a plan while red-flag questions are unanswered, naming each one (409)', async () => {
    const redFlags = { ...example.redFlags };
    delete redFlags['saddle-numbness'];
    delete redFlags.fever;
    const assessed = await send(therapist, 'POST', `${base()}/assessments`, {
      assessment: { ...example, redFlags },
    });
    expect(assessed.statusCode).toBe(201);
    const incomplete = assessed.json<{ assessment: { id: string; planGate: { status: string } } }>()
      .assessment;
    expect(incomplete.planGate.status).toBe('incomplete');
    const res = await send(therapist, 'POST', `${base()}/plans`, { assessmentId: incomplete.id });
    expect(res.statusCode).toBe(409);
    const { error } = res.json<{
      error: { code: string; message: string; fields: { path: string; message: string }[] };
    }>();
    expect(error.code).toBe('plan-blocked');
    expect(error.fields).toEqual([
      { path: 'refusal.kind', message: 'incomplete-screen' },
      { path: 'refusal.unanswered.0', message: 'saddle-numbness' },
      { path: 'refusal.unanswered.1', message: 'fever' },
    ]);
    expect(error.message).toContain('incomplete');
    expect(await statuses()).toEqual([]);
  });

  it('keeps a generated plan from the patient until it is published', async () => {
    const assessed = await send(therapist, 'POST', `${base()}/assessments`, {
      assessment: example,
    });
    assessmentId = assessed.json<{ assessment: { id: string } }>().assessment.id;
    const v1 = await draft();
    expect(v1).toMatchObject({ version: 1, status: 'draft' });
    expect(await today()).toMatchObject({ status: 'preparing', planId: null, exercises: [] });
    // Nor can the patient read the draft through the plans API: it is not theirs yet.
    expect((await send(pat.session, 'GET', `${base()}/plans/${v1.id}`)).statusCode).toBe(404);
    const listed = await send(pat.session, 'GET', `${base()}/plans`);
    expect(listed.json()).toEqual({ items: [], nextCursor: null });
    const staffList = await send(therapist, 'GET', `${base()}/plans`);
    expect(staffList.json()).toMatchObject({ items: [{ id: v1.id, status: 'draft' }] });
    const logged = await send(pat.session, 'POST', `${base()}/journal`, {
      clientKey: 'too-early',
      performedOn: '2026-11-02',
      exercises: [],
      painBefore: 2,
      painDuring: 3,
      effort: 4,
    });
    expect(logged.statusCode).toBeGreaterThanOrEqual(400);
    const res = await publish(v1.id);
    expect(res.statusCode).toBe(201);
    expect(res.json<PlanBody>()).toMatchObject({ id: v1.id, version: 1, status: 'active' });
    const day = await today();
    expect(day).toMatchObject({ status: 'active', planId: v1.id });
    expect(day.exercises.length).toBeGreaterThan(0);
  });

  it('a new draft leaves the active plan alone and replaces an older draft', async () => {
    const v2 = await draft();
    const v3 = await draft();
    expect(await statuses()).toEqual(['1:active', '2:superseded', '3:draft']);
    expect((await today()).status).toBe('active');
    // A superseded draft cannot be published.
    expect((await publish(v2.id)).statusCode).toBe(409);
    // Published with an edit: a new version; the draft and the old active plan are superseded.
    const res = await publish(v3.id, [{ kind: 'add-intervention', interventionId: 'tens' }]);
    expect(res.statusCode).toBe(201);
    const v4 = res.json<PlanBody>();
    expect(v4).toMatchObject({ version: 4, status: 'active' });
    expect(await statuses()).toEqual(['1:superseded', '2:superseded', '3:superseded', '4:active']);
    expect((await today()).planId).toBe(v4.id);
  });

  it('publishing resumes a programme paused after a safety decision, unless a red flag is open', async () => {
    const pause = (state: 'clear' | 'urgent') =>
      db()
        .updateTable('patient')
        .set({ safety_state: state, programme_paused_at: '2026-11-01T10:00:00.000Z' })
        .where('id', '=', pat.patientId)
        .execute();
    const paused = async () =>
      (
        await db()
          .selectFrom('patient')
          .select('programme_paused_at')
          .where('id', '=', pat.patientId)
          .executeTakeFirstOrThrow()
      ).programme_paused_at;
    await pause('urgent');
    expect((await publish((await draft()).id)).statusCode).toBe(201);
    expect(await paused()).not.toBeNull();
    expect((await today()).status).toBe('paused');
    await pause('clear');
    expect((await publish((await draft()).id)).statusCode).toBe(201);
    expect(await paused()).toBeNull();
    expect((await today()).status).toBe('active');
  });
});
