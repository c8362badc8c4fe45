import { readFileSync } from 'node:fs';
import { assess, CATALOG, generatePlan, type Plan } from '@backplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from '../auth/tokens.js';
import { todayView } from '../commands/today.js';
import { readJson, toJson } from '../db/dialect.js';
import { fastSerializerCompiler } from '../fast-serializer.js';
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

/** Example 01: every red-flag question answered no, a routine triage. */
const EXAMPLE = JSON.parse(
  readFileSync(
    new URL(
      '../../../../examples/assessments/01-acute-flexion-intolerant-manipulation.json',
      import.meta.url,
    ),
    'utf8',
  ),
) as { redFlags: Record<string, unknown> } & Record<string, unknown>;
const withFlags = (flags: Record<string, boolean>) => ({
  ...EXAMPLE,
  redFlags: { ...EXAMPLE.redFlags, ...flags },
});

function examplePlan(): Plan {
  const result = assess(EXAMPLE, '2026-11-02');
  if (!result.ok) throw new Error('example 01 does not assess');
  const plan = generatePlan(result.value, CATALOG, { startDate: '2026-10-26' });
  if (!plan.ok) throw new Error('example 01 gives no plan');
  return plan.value;
}
const PLAN = examplePlan();

/** The audited actions these tests follow. */
const TRAIL = [
  'assessment.create',
  'journal-entry.create',
  'morning-check.create',
  'symptom-report.create',
  'safety.enter',
  'safety.decide',
  'red-flag-review.create',
  'alert.create',
  'alert.acknowledge',
  'patient.mark-engaged',
];

interface Alert {
  id: string;
  type: string;
  level: string;
  status: string;
  outcome: string | null;
  note: string | null;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  detail: { source: string; symptoms: string[]; state: string } | null;
  action: string | null;
}

describe.each(DIALECTS)('the safety loop on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let otherClinic: Session;
  let therapistId: string;
  let n = 0;
  const post = (s: Session, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const db = () => t.testDb.db.kysely;

  /** A patient with an account, optionally assessed through the API, and an active plan. */
  async function patient(opts: { assessment?: object; plan?: boolean } = {}) {
    n += 1;
    const p = await createPatientWithAccount(t.app, therapist, `safety${n}@p.example`);
    const base = `/api/patients/${p.patientId}`;
    if (opts.assessment !== undefined) {
      const res = await post(therapist, `${base}/assessments`, { assessment: opts.assessment });
      expect(res.statusCode, res.body).toBe(201);
    }
    if (opts.plan !== false) await insertPlan(p.patientId);
    return { ...p, base };
  }
  async function insertPlan(patientId: string) {
    const { clinic_id } = await db()
      .selectFrom('patient')
      .select('clinic_id')
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const common = { clinic_id, patient_id: patientId, created_at: TEST_NOW.toISOString() };
    const episode = newId();
    await db()
      .insertInto('episode')
      .values({ ...common, id: episode, onset_date: '2026-10-23', status: 'open' })
      .execute();
    await db()
      .insertInto('plan')
      .values({
        ...common,
        id: newId(),
        episode_id: episode,
        assessment_id: 'ex-01',
        version: 1,
        status: 'active',
        plan: toJson(PLAN),
        rule_version: PLAN.ruleSetVersion,
        created_by: 'test',
      })
      .execute();
  }
  const entry = (key: string, extra: Record<string, unknown> = {}) => ({
    clientKey: key,
    performedOn: '2026-11-02',
    exercises: PLAN.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
    painBefore: 2,
    painDuring: 3,
    effort: 4,
    ...extra,
  });
  const today = async (s: Session, base: string) =>
    (await get(s, `${base}/today`)).json<{ today: Record<string, unknown> }>().today;
  const alerts = async (base: string) =>
    (await get(therapist, `${base}/alerts`)).json<{ items: Alert[] }>().items;
  const patientRow = (id: string) =>
    db().selectFrom('patient').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const actions = async (patientId: string) =>
    await db()
      .selectFrom('audit_event')
      .select(['action', 'user_id'])
      .where('patient_id', '=', patientId)
      .where('action', 'in', TRAIL)
      .orderBy('at')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    otherClinic = await signIn(t.app, STAFF.therapistB);
    therapistId = (
      await db()
        .selectFrom('user')
        .select('id')
        .where('email', '=', STAFF.therapistA)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it('pauses the programme in the request that reports a red flag, and resumes it only on a recorded outcome', async () => {
    const p = await patient({ assessment: EXAMPLE });
    const flagged = await post(
      p.session,
      `${p.base}/journal`,
      entry('s1', { newSymptoms: ['bladder-change'] }),
    );
    expect(flagged.statusCode).toBe(201);
    expect(flagged.json()).toMatchObject({
      redFlag: { triage: 'emergency', safety: 'emergency', symptoms: ['bladder-change'] },
    });
    expect(flagged.json<{ redFlag: { paused: boolean } }>().redFlag.paused).toBe(true);
    // Written with the entry, before the answer: no queue involved.
    const row = await patientRow(p.patientId);
    expect(row).toMatchObject({ safety_state: 'emergency' });
    expect(row.programme_paused_at).not.toBeNull();

    const paused = await today(p.session, p.base);
    expect(paused).toMatchObject({
      status: 'paused',
      safety: { state: 'emergency', source: 'journal', symptoms: ['bladder-change'] },
      exercises: [],
      lastDecision: null,
      clinic: { name: 'Clinic A' },
    });
    const instructions = (paused.safety as { instructions: string[] }).instructions;
    expect(instructions.join(' ')).toMatch(/emergency/i);

    const refused = await post(p.session, `${p.base}/journal`, entry('s2'));
    expect(refused.statusCode).toBe(409);
    const { error } = refused.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('programme-paused');
    expect(error.message).toMatch(/paused/);
    expect(error.message).toMatch(/report symptoms/);

    const report = await post(p.session, `${p.base}/symptom-reports`, {
      clientKey: 'r1',
      reportedOn: '2026-11-02',
      symptoms: ['weakness-both-legs'],
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ report: { symptoms: ['weakness-both-legs'] } });

    await t.app.progress.idle();
    const open = (await alerts(p.base)).filter((a) => a.type === 'red-flag');
    // One alert per report, newest first; the re-evaluation adds none of its own.
    expect(open.map((a) => [a.level, a.status, a.detail?.source])).toEqual([
      ['critical', 'open', 'symptom-report'],
      ['critical', 'open', 'journal'],
    ]);
    const [second, first] = open;
    if (first === undefined || second === undefined) throw new Error('no alerts');

    const bare = await post(therapist, `${p.base}/alerts/${first.id}/acknowledge`, {});
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ error: { fields: [{ path: 'body.outcome' }] } });
    const noBody = await post(therapist, `${p.base}/alerts/${first.id}/acknowledge`);
    expect(noBody.statusCode).toBe(400);
    const bad = await post(therapist, `${p.base}/alerts/${first.id}/acknowledge`, {
      outcome: 'fine',
    });
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'body.outcome' }] } });
    expect((await patientRow(p.patientId)).safety_state).toBe('emergency');

    const url = (a: Alert) => `${p.base}/alerts/${a.id}/acknowledge`;
    // An admin manages the clinic, not its care: only a therapist records the outcome.
    const admin = await signIn(t.app, STAFF.adminA);
    const byAdmin = await post(admin, url(first), { outcome: 'cleared' });
    expect(byAdmin.statusCode).toBe(403);
    expect((await patientRow(p.patientId)).safety_state).toBe('emergency');
    const decided = await post(therapist, url(first), {
      outcome: 'referred',
      note: 'Seen by GP today.',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({
      alert: {
        status: 'acknowledged',
        outcome: 'referred',
        note: 'Seen by GP today.',
        acknowledgedBy: therapistId,
        acknowledgedByName: 'Theo Therapist',
      },
    });
    // The second report's alert is still open: the state stays, with its reason.
    expect(await patientRow(p.patientId)).toMatchObject({ safety_state: 'emergency' });
    expect((await post(therapist, url(first), { outcome: 'cleared' })).statusCode).toBe(409);
    expect((await post(therapist, url(second), { outcome: 'referred' })).statusCode).toBe(200);

    const resumed = await today(p.session, p.base);
    expect(resumed).toMatchObject({
      status: 'active',
      safety: null,
      lastDecision: { outcome: 'referred', note: null },
    });
    expect((resumed.exercises as unknown[]).length).toBeGreaterThan(0);
    // The day's compiled writer writes the new parts exactly as zod would.
    const day = z.object({ today: todayView });
    const write = fastSerializerCompiler({
      schema: day,
      method: 'GET',
      url: '/',
      httpStatus: '200',
    });
    for (const value of [{ today: paused }, { today: resumed }]) {
      expect(JSON.parse(write(value))).toEqual(z.encode(day, day.parse(value)));
    }
    expect((await post(p.session, `${p.base}/journal`, entry('s3'))).statusCode).toBe(201);
    const last = readJson((await patientRow(p.patientId)).last_safety_decision);
    expect(last).toMatchObject({ outcome: 'referred', decidedByName: 'Theo Therapist' });
    // The review on the assessment names the signed-in clinician, never a typed name.
    const reviews = await db()
      .selectFrom('red_flag_review')
      .innerJoin('assessment', 'assessment.id', 'red_flag_review.assessment_id')
      .select(['red_flag_review.reviewed_by', 'red_flag_review.created_by'])
      .where('assessment.patient_id', '=', p.patientId)
      .execute();
    expect(reviews).toEqual([
      { reviewed_by: 'Theo Therapist', created_by: therapistId },
      { reviewed_by: 'Theo Therapist', created_by: therapistId },
    ]);

    const trail = await actions(p.patientId);
    expect(trail.map((a) => a.action)).toEqual([
      'assessment.create',
      'journal-entry.create',
      'safety.enter',
      'symptom-report.create',
      'safety.enter',
      'red-flag-review.create',
      'safety.decide',
      'red-flag-review.create',
      'safety.decide',
      'journal-entry.create',
    ]);
    expect(trail.filter((a) => a.action === 'safety.decide').map((a) => a.user_id)).toEqual([
      therapistId,
      therapistId,
    ]);
  });

  it('keeps the programme paused after emergency care, and discharges on discharge', async () => {
    const p = await patient({ assessment: EXAMPLE });
    await post(p.session, `${p.base}/journal`, entry('e1', { newSymptoms: ['saddle-numbness'] }));
    const [alert] = (await alerts(p.base)).filter((a) => a.type === 'red-flag');
    if (alert === undefined) throw new Error('no alert');
    const url = `${p.base}/alerts/${alert.id}/acknowledge`;
    expect((await post(therapist, url, { outcome: 'emergency-care' })).statusCode).toBe(200);
    expect(await today(p.session, p.base)).toMatchObject({
      status: 'paused',
      safety: null,
      lastDecision: { outcome: 'emergency-care' },
      exercises: [],
    });
    expect((await post(p.session, `${p.base}/journal`, entry('e2'))).statusCode).toBe(409);
    expect(await patientRow(p.patientId)).toMatchObject({
      safety_state: 'clear',
      status: 'active',
    });

    const q = await patient({ assessment: EXAMPLE });
    await post(q.session, `${q.base}/morning-checks`, {
      clientKey: 'm1',
      date: '2026-11-02',
      pain: 3,
      stiffness: 'usual',
      comparedWithUsual: 'same',
      newSymptoms: ['fever'],
    });
    const [fever] = await alerts(q.base);
    expect(fever).toMatchObject({ type: 'red-flag', detail: { source: 'morning-check' } });
    await post(therapist, `${q.base}/alerts/${fever?.id ?? ''}/acknowledge`, {
      outcome: 'discharged',
    });
    expect(await patientRow(q.patientId)).toMatchObject({
      safety_state: 'clear',
      status: 'discharged',
    });
    expect((await patientRow(q.patientId)).programme_paused_at).not.toBeNull();
  });

  it('enters the safety state at intake: an emergency triage pauses, alerts and is audited', async () => {
    const p = await patient({ assessment: withFlags({ 'saddle-numbness': true }), plan: false });
    expect(await patientRow(p.patientId)).toMatchObject({ safety_state: 'emergency' });
    const [alert] = await alerts(p.base);
    expect(alert).toMatchObject({
      type: 'red-flag',
      level: 'critical',
      status: 'open',
      detail: { source: 'intake', state: 'emergency', symptoms: [] },
    });
    expect(await today(p.session, p.base)).toMatchObject({
      status: 'paused',
      safety: { state: 'emergency', source: 'intake' },
      planId: null,
    });
    const clinic = (await get(therapist, '/api/alerts')).json<{ items: Alert[] }>().items;
    expect(clinic.map((a) => a.id)).toContain(alert?.id);
    expect((await actions(p.patientId)).map((a) => a.action)).toEqual([
      'assessment.create',
      'safety.enter',
    ]);

    // The urgent review: an outcome, no typed name or date; it closes the intake's alert.
    const { items: assessments } = (await get(therapist, `${p.base}/assessments`)).json<{
      items: { id: string }[];
    }>();
    const reviewUrl = `${p.base}/assessments/${assessments[0]?.id ?? ''}/red-flag-review`;
    const typed = await post(therapist, reviewUrl, {
      reviewedBy: 'Dr Who',
      reviewedOn: '2026-11-02',
      outcome: 'referred',
    });
    expect(typed.statusCode).toBe(400);
    const review = await post(therapist, reviewUrl, { outcome: 'emergency-care' });
    expect(review.statusCode).toBe(201);
    expect(review.json()).toMatchObject({ review: { reviewedBy: 'Theo Therapist' } });
    expect((await alerts(p.base))[0]).toMatchObject({ status: 'acknowledged' });
    expect(await patientRow(p.patientId)).toMatchObject({ safety_state: 'clear' });
  });

  it('re-screens journal symptoms with the latest assessment: cancer history + night pain is urgent', async () => {
    const p = await patient({ assessment: withFlags({ 'cancer-history': true }), plan: false });
    // Cancer history alone is urgent at intake: reviewed and cleared, then a plan.
    expect(await patientRow(p.patientId)).toMatchObject({ safety_state: 'urgent' });
    const [intake] = await alerts(p.base);
    await post(therapist, `${p.base}/alerts/${intake?.id ?? ''}/acknowledge`, {
      outcome: 'cleared',
    });
    await insertPlan(p.patientId);
    const res = await post(
      p.session,
      `${p.base}/journal`,
      entry('n1', { newSymptoms: ['night-pain'] }),
    );
    expect(res.statusCode).toBe(201);
    const redFlag = res.json<{ redFlag: { safety: string; findings: { flagName: string }[] } }>()
      .redFlag;
    expect(redFlag).toMatchObject({ safety: 'urgent', paused: true });
    expect(redFlag.findings.map((f) => f.flagName).join()).toMatch(/cord compression/i);
    expect(await patientRow(p.patientId)).toMatchObject({ safety_state: 'urgent' });

    // Night pain without a cancer history: the therapist is alerted, the programme goes on.
    const q = await patient({ assessment: EXAMPLE });
    const plain = await post(
      q.session,
      `${q.base}/journal`,
      entry('n2', { newSymptoms: ['night-pain'] }),
    );
    expect(plain.json()).toMatchObject({ redFlag: { safety: 'clear', paused: false } });
    expect(await alerts(q.base)).toMatchObject([{ type: 'red-flag', level: 'critical' }]);
    expect(await patientRow(q.patientId)).toMatchObject({ safety_state: 'clear' });
    expect((await today(q.session, q.base)).status).toBe('active');
  });

  it('takes symptom reports without a plan, from the patient or staff, once per client key', async () => {
    const p = await patient({ plan: false });
    const url = `${p.base}/symptom-reports`;
    const body = { clientKey: 'k1', reportedOn: '2026-11-02', symptoms: ['bowel-change'] };
    const first = await post(p.session, url, { ...body, notes: 'Since last night.' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      report: { clientKey: 'k1', reportedOn: '2026-11-02', notes: 'Since last night.' },
      redFlag: { safety: 'emergency', paused: true },
    });
    const again = await post(p.session, url, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ redFlag: { safety: 'emergency' } });
    expect((await post(therapist, url, { ...body, clientKey: 'k2' })).statusCode).toBe(201);
    expect((await post(otherClinic, url, { ...body, clientKey: 'k3' })).statusCode).toBe(404);
    for (const [payload, path] of [
      [{ ...body, clientKey: 'k4', symptoms: [] }, 'body.symptoms'],
      [{ ...body, clientKey: 'k5', symptoms: ['hiccups'] }, 'body.symptoms.0'],
      [{ ...body, clientKey: 'k6', reportedOn: '2026-12-01' }, 'body.reportedOn'],
      [{ ...body, clientKey: 'k7', notes: 'x'.repeat(2001) }, 'body.notes'],
    ] as const) {
      const res = await post(p.session, url, payload);
      expect(res.statusCode, path).toBe(400);
      expect(
        res.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
      ).toContain(path);
    }
    expect((await actions(p.patientId)).map((a) => a.action)).toEqual([
      'symptom-report.create',
      'safety.enter',
      'symptom-report.create',
      'safety.enter',
    ]);
  });

  it('acknowledges other alerts with an optional note and no outcome', async () => {
    const p = await patient();
    const { clinic_id } = await patientRow(p.patientId);
    await db()
      .insertInto('alert')
      .values({
        clinic_id,
        id: 'pain-1',
        patient_id: p.patientId,
        type: 'pain',
        level: 'warning',
        message: 'Pain 6/10 during the session.',
        on_date: '2026-11-01',
        dedupe_key: 'pain:2026-11-01',
        status: 'open',
        acknowledged_by: null,
        created_at: TEST_NOW.toISOString(),
      })
      .execute();
    const url = `${p.base}/alerts/pain-1/acknowledge`;
    const withOutcome = await post(therapist, url, { outcome: 'cleared' });
    expect(withOutcome.json()).toMatchObject({ error: { fields: [{ path: 'body.outcome' }] } });
    const long = await post(therapist, url, { note: 'x'.repeat(2001) });
    expect(long.json()).toMatchObject({ error: { fields: [{ path: 'body.note' }] } });
    const ok = await post(therapist, url, { note: 'Called: eased off.' });
    expect(ok.json()).toMatchObject({
      alert: {
        status: 'acknowledged',
        note: 'Called: eased off.',
        outcome: null,
        detail: null,
        action: null,
        acknowledgedByName: 'Theo Therapist',
      },
    });
  });
  it('proposes "mark disengaged" until the patient is marked, and a session by the patient ends the mark', async () => {
    const p = await patient();
    const { clinic_id } = await patientRow(p.patientId);
    await db()
      .insertInto('alert')
      .values({
        clinic_id,
        id: 'gone-21',
        patient_id: p.patientId,
        type: 'engagement',
        level: 'critical',
        message: 'No session for 21 days.',
        on_date: '2026-11-02',
        dedupe_key: 'engagement:2026-11-02',
        status: 'open',
        acknowledged_by: null,
        created_at: TEST_NOW.toISOString(),
        detail: toJson({ action: 'mark-disengaged' }),
      })
      .execute();
    const action = async () => (await alerts(p.base)).find((a) => a.id === 'gone-21')?.action;
    expect(await action()).toBe('mark-disengaged');
    await db()
      .updateTable('patient')
      .set({ disengaged_at: TEST_NOW.toISOString() })
      .where('id', '=', p.patientId)
      .execute();
    expect(await action()).toBeNull();
    const back = await t.app.inject({
      method: 'POST',
      url: `${p.base}/journal`,
      headers: as(p.session),
      payload: entry('back'),
    });
    expect(back.statusCode).toBe(201);
    expect((await patientRow(p.patientId)).disengaged_at).toBeNull();
    expect((await actions(p.patientId)).map((a) => [a.action, a.user_id])).toEqual([
      ['journal-entry.create', expect.any(String)],
      ['patient.mark-engaged', expect.any(String)],
    ]);
  });
  it('withdraws open proposals while the programme is paused', async () => {
    const p = await patient({ assessment: EXAMPLE });
    for (const [day, morning] of [
      ['2026-10-30', '2026-10-31'],
      ['2026-10-31', '2026-11-01'],
    ] as const) {
      await post(p.session, `${p.base}/journal`, entry(day, { performedOn: day }));
      await post(p.session, `${p.base}/morning-checks`, {
        clientKey: morning,
        date: morning,
        pain: 2,
        stiffness: 'usual',
        comparedWithUsual: 'same',
      });
    }
    const proposals = async () =>
      (await get(therapist, `${p.base}/proposals`)).json<{ items: unknown[] }>().items;
    expect((await proposals()).length).toBeGreaterThan(0);
    const report = await post(p.session, `${p.base}/symptom-reports`, {
      clientKey: 'sr',
      reportedOn: '2026-11-02',
      symptoms: ['saddle-numbness'],
    });
    expect(report.json()).toMatchObject({ redFlag: { paused: true } });
    expect(await proposals()).toEqual([]);
  });
});
