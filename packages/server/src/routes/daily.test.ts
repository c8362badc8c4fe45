import { readFileSync } from 'node:fs';
import type { Plan } from '@backplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app.js';
import { newId } from '../auth/tokens.js';
import { configSchema } from '../config.js';
import { todayView } from '../commands/today.js';
import { toJson } from '../db/dialect.js';
import { fastSerializerCompiler } from '../fast-serializer.js';
import { journalEntryView, morningCheckView } from '../presenters/daily.js';
import { redFlagView } from '../presenters/safety.js';
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

/**
 * Example 01's plan as rule set 2026.12.1 made it (the plan the example journals are kept
 * against), started a week before the test clock so sessions can be in the past. Fixed rather
 * than generated: this suite is about the daily loop, not about which exercises a plan chooses,
 * and it is also a plan stored before the plan format grew (read as stored plans are).
 */
function examplePlan(): Plan {
  const file = new URL('../../../../examples/journals/plan.json', import.meta.url);
  const plan = JSON.parse(readFileSync(file, 'utf8')) as Plan;
  // Its three dates, a week earlier.
  return { ...plan, startDate: '2026-10-26', reviewDate: '2026-11-23', dischargeBy: '2027-01-18' };
}
const PLAN = examplePlan();

interface Today {
  planVersion: number;
  exercises: { exerciseId: string; dose: string; loggedToday: boolean }[];
  morningCheckDue: { date: string } | null;
  feedback: { body: string }[];
}

describe.each(DIALECTS)('the daily loop on %s', (dialect) => {
  let t: TestApp;
  let therapist: Session;
  let otherClinic: Session;
  let n = 0;

  /** A patient with an account and an active plan (version 1), inserted directly. */
  async function patientWithPlan(): Promise<{ patientId: string; session: Session }> {
    n += 1;
    const p = await createPatientWithAccount(t.app, therapist, `daily${n}@p.example`);
    const db = t.testDb.db.kysely;
    const clinicId = (
      await db
        .selectFrom('patient')
        .select('clinic_id')
        .where('id', '=', p.patientId)
        .executeTakeFirstOrThrow()
    ).clinic_id;
    const at = TEST_NOW.toISOString();
    const episodeId = newId();
    await db
      .insertInto('episode')
      .values({
        clinic_id: clinicId,
        id: episodeId,
        patient_id: p.patientId,
        onset_date: '2026-10-23',
        status: 'open',
        created_at: at,
      })
      .execute();
    await db
      .insertInto('plan')
      .values({
        clinic_id: clinicId,
        id: newId(),
        patient_id: p.patientId,
        episode_id: episodeId,
        assessment_id: 'ex-01',
        version: 1,
        status: 'active',
        plan: toJson(PLAN),
        rule_version: PLAN.ruleSetVersion,
        created_by: 'test',
        created_at: at,
      })
      .execute();
    return p;
  }

  const entry = (performedOn: string, extra: Record<string, unknown> = {}) => ({
    clientKey: `session-${performedOn}`,
    performedOn,
    exercises: PLAN.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
    painBefore: 2,
    painDuring: 3,
    effort: 4,
    ...extra,
  });
  const post = (s: Session, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: as(s), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(s) });
  const count = async (table: 'journal_entry' | 'audit_event' | 'alert', patientId: string) =>
    (
      await t.testDb.db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('patient_id', '=', patientId)
        .executeTakeFirstOrThrow()
    ).n;
  const actions = async (patientId: string) =>
    (
      await t.testDb.db.kysely
        .selectFrom('audit_event')
        .select('action')
        .where('patient_id', '=', patientId)
        .where('action', 'not in', ['patient.create'])
        // The requests' own events; the system's re-evaluations are checked on their own.
        .where('role', '!=', 'system')
        .orderBy('at')
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    // A clock that ticks 1 ms a call: the audit trail has an order, and the date stays fixed.
    let tick = 0;
    t = await createTestApp(dialect, () => new Date(TEST_NOW.getTime() + tick++));
    await seedTwoClinics(t);
    therapist = await signIn(t.app, STAFF.therapistA);
    otherClinic = await signIn(t.app, STAFF.therapistB);
  });
  afterAll(() => t.close());

  it('stores a session once per clientKey: 201, then 200 with the same entry, audited as a retry', async () => {
    const { patientId, session } = await patientWithPlan();
    const url = `/api/patients/${patientId}/journal`;
    const first = await post(session, url, entry('2026-11-01'));
    expect(first.statusCode).toBe(201);
    await t.app.progress.idle();
    const audits = Number(await count('audit_event', patientId));
    const again = await post(session, url, entry('2026-11-01', { painDuring: 4 }));
    expect(again.statusCode).toBe(200);
    await t.app.progress.idle();
    expect(again.json<{ entry: { id: string } }>().entry.id).toBe(
      first.json<{ entry: { id: string } }>().entry.id,
    );
    expect(Number(await count('journal_entry', patientId))).toBe(1);
    // The retry returns the stored entry (notes included): audited as a read of it (issue 13).
    expect(Number(await count('audit_event', patientId))).toBe(audits + 1);
    expect(first.json()).toMatchObject({ entry: { painDuring: 3 }, redFlag: null });
    const today = (await get(session, `/api/patients/${patientId}/today`)).json<{ today: Today }>();
    expect(today.today.morningCheckDue).toEqual({ date: '2026-11-02', sessionOn: '2026-11-01' });
    expect(await actions(patientId)).toEqual([
      'journal-entry.create',
      'journal-entry.retry',
      'today.read',
    ]);
  });

  it('turns two comfortable sessions with settled mornings into a progress proposal the therapist accepts', async () => {
    const { patientId, session } = await patientWithPlan();
    const base = `/api/patients/${patientId}`;
    for (const [day, morning] of [
      ['2026-10-30', '2026-10-31'],
      ['2026-10-31', '2026-11-01'],
    ] as const) {
      expect((await post(session, `${base}/journal`, entry(day))).statusCode).toBe(201);
      const check = {
        clientKey: `m-${morning}`,
        date: morning,
        pain: 2,
        stiffness: 'usual',
        comparedWithUsual: 'same',
      };
      expect((await post(session, `${base}/morning-checks`, check)).statusCode).toBe(201);
    }
    expect((await get(session, `${base}/proposals`)).statusCode).toBe(403);
    const listed = await get(therapist, `${base}/proposals`);
    const proposals = listed.json<{
      items: { id: string; exerciseId: string; action: string; change: { doseText: string } }[];
    }>().items;
    expect(proposals.map((p) => [p.exerciseId, p.action])).toEqual([
      ['bird-dog', 'progress'],
      ['cat-camel', 'progress'],
    ]);
    const birdDog = proposals[0];
    if (birdDog === undefined) throw new Error('no proposal');
    expect(birdDog.change.doseText).toBe('6 holds of 9 s each side');
    const decisionUrl = `${base}/proposals/${birdDog.id}/decision`;
    expect((await post(session, decisionUrl, { decision: 'accept' })).statusCode).toBe(403);
    const accepted = await post(therapist, decisionUrl, { decision: 'accept' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      proposal: { status: 'accepted' },
      plan: { version: 2 },
    });
    const late = { decision: 'reject', reason: 'Too late.' };
    expect((await post(therapist, decisionUrl, late)).statusCode).toBe(409);
    const today = (await get(session, `${base}/today`)).json<{ today: Today }>().today;
    expect(today.planVersion).toBe(2);
    expect(today.exercises.find((e) => e.exerciseId === 'bird-dog')?.dose).toBe(
      '6 holds of 9 s each side',
    );
    // The other proposal moved to the new version and can still be decided.
    const rest = (await get(therapist, `${base}/proposals`)).json<{ items: { id: string }[] }>()
      .items;
    expect(rest).toHaveLength(1);
    const rejected = await post(therapist, `${base}/proposals/${rest[0]?.id ?? ''}/decision`, {
      decision: 'reject',
      reason: 'One change at a time.',
    });
    expect(rejected.json()).toMatchObject({ proposal: { status: 'rejected' }, plan: null });
    expect(await actions(patientId)).toEqual([
      ...Array<string>(2)
        .fill('journal-entry.create')
        .flatMap((a) => [a, 'morning-check.create']),
      'proposal.list',
      'proposal.decide',
      'plan.publish',
      'today.read',
      'proposal.list',
      'proposal.decide',
    ]);
    // The re-evaluations that made the proposals were the system's, audited as such.
    const system = await t.testDb.db.kysely
      .selectFrom('audit_event')
      .select(['action', 'user_id', 'resource_id'])
      .where('patient_id', '=', patientId)
      .where('role', '=', 'system')
      .execute();
    expect(system.length).toBeGreaterThanOrEqual(1);
    expect(system.every((e) => e.action === 'progress.evaluate' && e.user_id === null)).toBe(true);
    expect(system.every((e) => e.resource_id === patientId)).toBe(true);
  });

  it('raises the critical alert, pauses the programme and tells the patient to seek care when a session reports saddle numbness', async () => {
    const { patientId, session } = await patientWithPlan();
    const res = await post(
      session,
      `/api/patients/${patientId}/journal`,
      entry('2026-11-02', { newSymptoms: ['saddle-numbness'] }),
    );
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      redFlag: {
        triage: string;
        safety: string;
        paused: boolean;
        findings: { flagName: string }[];
      };
    }>();
    expect(body.redFlag).toMatchObject({ triage: 'emergency', safety: 'emergency', paused: true });
    expect(body.redFlag.findings.map((f) => f.flagName).join()).toMatch(/cauda equina/i);
    const alerts = await t.testDb.db.kysely
      .selectFrom('alert')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'open')
      .where('level', '=', 'critical')
      .execute();
    expect(alerts.map((a) => a.type)).toEqual(['red-flag']);
    // The device retries the entry that paused the programme: answered with it, not refused.
    const retry = await post(
      session,
      `/api/patients/${patientId}/journal`,
      entry('2026-11-02', { newSymptoms: ['saddle-numbness'] }),
    );
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ redFlag: { triage: 'emergency', paused: true } });
  });

  it('escalates a same-day alert to a more severe level instead of keeping the first', async () => {
    const { patientId, session } = await patientWithPlan();
    const db = t.testDb.db.kysely;
    const patient = await db
      .selectFrom('patient')
      .select('clinic_id')
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('alert')
      .values({
        clinic_id: patient.clinic_id,
        id: 'earlier-warning',
        patient_id: patientId,
        type: 'pain',
        level: 'warning',
        message: 'Pain 5/10',
        on_date: '2026-11-02',
        dedupe_key: 'pain:2026-11-02',
        status: 'acknowledged',
        acknowledged_by: null,
        created_at: '2026-11-02T08:00:00.000Z',
      })
      .execute();
    const res = await post(
      session,
      `/api/patients/${patientId}/journal`,
      entry('2026-11-02', { painBefore: 8, painDuring: 8 }),
    );
    expect(res.statusCode).toBe(201);
    // The re-evaluation follows the commit: wait for it before reading the table directly.
    await t.app.progress.idle();
    const alerts = await db
      .selectFrom('alert')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('type', '=', 'pain')
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ level: 'critical', status: 'open' });
  });

  /** Two comfortable sessions with settled mornings, stored as a crash would leave them: no queue. */
  async function storeQuietly(patientId: string): Promise<string> {
    const db = t.testDb.db.kysely;
    const { clinic_id: clinicId } = await db
      .selectFrom('patient')
      .select('clinic_id')
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const plan = await db
      .selectFrom('plan')
      .select('id')
      .where('patient_id', '=', patientId)
      .executeTakeFirstOrThrow();
    for (const [day, morning] of [
      ['2026-10-30', '2026-10-31'],
      ['2026-10-31', '2026-11-01'],
    ] as const) {
      const { clientKey, ...stored } = { ...entry(day), legPainSpread: false, newSymptoms: [] };
      await db
        .insertInto('journal_entry')
        .values({
          clinic_id: clinicId,
          id: newId(),
          patient_id: patientId,
          plan_id: plan.id,
          client_key: clientKey,
          performed_on: day,
          entry: toJson(stored),
          created_at: TEST_NOW.toISOString(),
        })
        .execute();
      await db
        .insertInto('morning_check')
        .values({
          clinic_id: clinicId,
          id: newId(),
          patient_id: patientId,
          client_key: `m-${morning}`,
          date: morning,
          check: toJson({ date: morning, pain: 2, stiffness: 'usual', comparedWithUsual: 'same' }),
          created_at: TEST_NOW.toISOString(),
        })
        .execute();
    }
    await db
      .insertInto('evaluation_due')
      .values({
        clinic_id: clinicId,
        patient_id: patientId,
        id: 'the-last-record',
        as_of: '2026-11-01',
        since: TEST_NOW.toISOString(),
      })
      .execute();
    return clinicId;
  }
  const marks = async (patientId: string) =>
    Number(
      (
        await t.testDb.db.kysely
          .selectFrom('evaluation_due')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('patient_id', '=', patientId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('evaluates a due patient when the therapist reads proposals, whether or not the queue ran', async () => {
    const { patientId } = await patientWithPlan();
    await storeQuietly(patientId);
    expect(await marks(patientId)).toBe(1);
    const listed = await get(therapist, `/api/patients/${patientId}/proposals`);
    const proposals = listed.json<{ items: { exerciseId: string; action: string }[] }>().items;
    expect(proposals.map((p) => [p.exerciseId, p.action])).toEqual([
      ['bird-dog', 'progress'],
      ['cat-camel', 'progress'],
    ]);
    expect(await marks(patientId)).toBe(0);
  });

  it('evaluates at start-up the patients a crash left due', async () => {
    const { patientId } = await patientWithPlan();
    await storeQuietly(patientId);
    // A second app on the same database: what a restart after a crash does.
    const restarted = await buildApp({
      db: t.testDb.db,
      config: configSchema.parse({ LOG_LEVEL: 'silent', ...t.testDb.env }),
      now: () => TEST_NOW,
    });
    await restarted.ready();
    await restarted.progress.idle();
    await restarted.close();
    expect(await marks(patientId)).toBe(0);
    const open = await t.testDb.db.kysely
      .selectFrom('proposal')
      .select('exercise_id')
      .where('patient_id', '=', patientId)
      .where('status', '=', 'open')
      .orderBy('exercise_id')
      .execute();
    expect(open.map((p) => p.exercise_id)).toEqual(['bird-dog', 'cat-camel']);
  });

  it('keeps other clinics out (404), lets only the patient log (403), and rejects bad bodies naming the field', async () => {
    const { patientId, session } = await patientWithPlan();
    const base = `/api/patients/${patientId}`;
    expect((await get(otherClinic, `${base}/today`)).statusCode).toBe(404);
    expect((await post(otherClinic, `${base}/journal`, entry('2026-11-02'))).statusCode).toBe(404);
    expect((await get(otherClinic, `${base}/journal`)).statusCode).toBe(404);
    expect((await post(therapist, `${base}/journal`, entry('2026-11-02'))).statusCode).toBe(403);
    for (const [payload, path, status, code] of [
      [entry('2026-11-02', { painDuring: 11 }), 'body.painDuring', 400, 'validation-failed'],
      [entry('2026-11-02', { clientKey: '' }), 'body.clientKey', 400, 'validation-failed'],
      [
        entry('2026-11-02', { newSymptoms: ['hiccups'] }),
        'body.newSymptoms.0',
        400,
        'validation-failed',
      ],
      [entry('2026-11-02', { surprise: true }), 'body.surprise', 400, 'validation-failed'],
      [entry('2026-11-09'), 'body.performedOn', 400, 'validation-failed'],
      // Well-formed, but not of this plan: counting them would skew progression (issue 14).
      [
        { ...entry('2026-11-02'), exercises: [{ exerciseId: 'nope', completion: 'done' }] },
        'body.exercises.0.exerciseId',
        422,
        'does-not-match-plan',
      ],
      // The plan began on 2026-10-26.
      [entry('2026-10-25'), 'body.performedOn', 422, 'does-not-match-plan'],
    ] as const) {
      const res = await post(session, `${base}/journal`, payload);
      expect(res.statusCode, path).toBe(status);
      const body = res.json<{ error: { code: string; fields: { path: string }[] } }>();
      expect(body.error.code, path).toBe(code);
      expect(body.error.fields.map((f) => f.path)).toContain(path);
    }
    const badCheck = await post(session, `${base}/morning-checks`, {
      clientKey: 'k',
      date: '2026-11-02',
      pain: 3,
      stiffness: 'odd',
      comparedWithUsual: 'same',
    });
    expect(badCheck.json()).toMatchObject({ error: { fields: [{ path: 'body.stiffness' }] } });
    expect(Number(await count('journal_entry', patientId))).toBe(0);
    expect(await actions(patientId)).toEqual([]);
    const today = (await get(session, `${base}/today`)).json<{ today: Today }>().today;
    // Day 7 of the plan: the start of a week, when every exercise is due.
    expect(today.exercises.map((e) => e.exerciseId)).toEqual(
      PLAN.exercises.map((e) => e.exerciseId),
    );
    const nextDay = (await get(session, `${base}/today?date=2026-11-03`)).json<{ today: Today }>()
      .today;
    expect(nextDay.exercises.map((e) => e.exerciseId)).toEqual([
      'standing-back-extension',
      'bird-dog',
      'cat-camel',
    ]);
  });

  it("writes the hot routes' answers exactly as zod would, and nothing the schema does not name", async () => {
    const { patientId, session } = await patientWithPlan();
    const base = `/api/patients/${patientId}`;
    // Real answers: a session without and with a red flag, a morning check, then the day with
    // sessions logged, a morning check due and a note.
    const answers: [z.ZodType, unknown][] = [];
    const plain = await post(session, `${base}/journal`, entry('2026-11-01'));
    const flagged = await post(
      session,
      `${base}/journal`,
      entry('2026-11-02', { clientKey: 'flagged', newSymptoms: ['saddle-numbness'] }),
    );
    const check = await post(session, `${base}/morning-checks`, {
      clientKey: 'm-1',
      date: '2026-11-02',
      pain: 2,
      stiffness: 'usual',
      comparedWithUsual: 'same',
    });
    const entryAnswer = z.object({ entry: journalEntryView, redFlag: redFlagView.nullable() });
    answers.push([entryAnswer, plain.json()], [entryAnswer, flagged.json()]);
    answers.push([
      z.object({ morningCheck: morningCheckView, redFlag: redFlagView.nullable() }),
      check.json(),
    ]);
    const day = await get(session, `${base}/today?date=2026-11-02`);
    answers.push([z.object({ today: todayView }), day.json()]);
    expect(flagged.json<{ redFlag: unknown }>().redFlag).not.toBeNull();

    for (const [schema, value] of answers) {
      const write = fastSerializerCompiler({ schema, method: 'GET', url: '/', httpStatus: '200' });
      expect(write(value)).toBe(JSON.stringify(z.encode(schema, value)));
      // A property the schema does not name never leaves, at the top or nested.
      const leaky = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      leaky.secret = { passwordHash: 'x' };
      for (const inner of Object.values(leaky)) {
        if (typeof inner === 'object' && inner !== null) {
          (inner as Record<string, unknown>).passwordHash = 'x';
        }
      }
      expect(write(leaky)).not.toContain('passwordHash');
      expect(JSON.parse(write(leaky))).toEqual(JSON.parse(write(value)));
    }
  });

  it('tells a patient without a published plan that their therapist is preparing it', async () => {
    const p = await createPatientWithAccount(t.app, therapist, 'noplan@p.example');
    const res = await get(p.session, `/api/patients/${p.patientId}/today`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      today: {
        status: 'preparing',
        safety: null,
        planId: null,
        planVersion: null,
        weekOfPlan: null,
        exercises: [],
        activity: null,
        clinic: { name: 'Clinic A' },
      },
    });
  });
});
