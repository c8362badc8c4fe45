/**
 * Decisions leave a trail (issue 12): a rejection needs a reason; an acceptance may adjust the dose
 * first and warns when the weekly volume jumps; engagement marks are audited; the patient's
 * decisions timeline shows each with who and when.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-db.js';
import { createWorld, type ActorName, type World } from '../test-world.js';

type Dose = Record<string, unknown> & { kind: string };

/** The same dose with its main quantity doubled: more than 50% more weekly volume. */
function doubled(dose: Dose): Dose {
  const twice = (key: string, max: number) => Math.min(max, Number(dose[key]) * 2);
  switch (dose.kind) {
    case 'reps':
      return { ...dose, reps: twice('reps', 100) };
    case 'hold':
      return { ...dose, holdSeconds: twice('holdSeconds', 600) };
    case 'duration':
      return { ...dose, minutes: twice('minutes', 240) };
    default:
      return { ...dose, metres: twice('metres', 2000) };
  }
}

describe.each(DIALECTS)('decisions on %s', (dialect) => {
  let w: World;
  const P = () => `/api/patients/${w.ids.patientA}`;
  const call = (actor: ActorName, method: 'GET' | 'POST', url: string, payload?: object) =>
    w.app.inject({
      method,
      url,
      headers: w.headers(actor),
      ...(payload === undefined ? {} : { payload }),
    });
  const actions = async (since: string) =>
    (
      await w.t.testDb.db.kysely
        .selectFrom('audit_event')
        .select(['action', 'id'])
        .where('patient_id', '=', w.ids.patientA)
        .where('id', '>', since)
        .orderBy('id')
        .execute()
    ).map((e) => e.action);
  const lastAuditId = async () =>
    (
      await w.t.testDb.db.kysely
        .selectFrom('audit_event')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow()
    ).id;
  const timeline = async () => {
    const res = await call('therapistA', 'GET', `${P()}/decisions`);
    expect(res.statusCode).toBe(200);
    return res.json<{ decisions: Record<string, unknown>[] }>().decisions;
  };

  beforeAll(async () => {
    w = await createWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('accepts a proposal with an adjusted dose, warning of the jump in weekly volume', async () => {
    const list = await call('therapistA', 'GET', `${P()}/proposals`);
    const proposal = list
      .json<{ items: { id: string; change: { dose: Dose } | null }[] }>()
      .items.find((p) => p.id === w.ids.proposalA);
    const dose = proposal?.change?.dose;
    if (dose === undefined) throw new Error('the world has no dose-changing proposal');
    const url = `${P()}/proposals/${w.ids.proposalA}/decision`;
    const otherKind =
      dose.kind === 'duration'
        ? { kind: 'duration', minutes: 0 }
        : { kind: 'duration', minutes: 5 };
    const wrong = await call('therapistA', 'POST', url, { decision: 'accept', dose: otherKind });
    expect(wrong.statusCode).toBe(400);
    const adjusted = doubled(dose);
    const res = await call('therapistA', 'POST', url, {
      decision: 'accept',
      dose: adjusted,
      note: 'Doing well; a bigger step agreed with the patient.',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      plan: { id: string; version: number };
      warnings: { code: string; subject: string }[];
    }>();
    expect(body.warnings).toEqual([expect.objectContaining({ code: 'dose-jump' })]);
    const plan = await call('therapistA', 'GET', `${P()}/plans/${body.plan.id}`);
    const exercises = plan.json<{ plan: { exercises: { dose: Dose }[] } }>().plan.exercises;
    expect(exercises.map((e) => e.dose)).toContainEqual(adjusted);
  });

  it('refuses a rejection without a reason (400 naming body.reason) and keeps the reason', async () => {
    const url = `${P()}/proposals/${await w.openProposalId()}/decision`;
    const before = await lastAuditId();
    const bare = await call('therapistA', 'POST', url, { decision: 'reject' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({
      error: {
        code: 'validation-failed',
        fields: [expect.objectContaining({ path: 'body.reason' })],
      },
    });
    const blank = await call('therapistA', 'POST', url, { decision: 'reject', reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(await actions(before)).toEqual([]);
    const res = await call('therapistA', 'POST', url, {
      decision: 'reject',
      reason: 'Wait for the review next week.',
    });
    expect(res.statusCode).toBe(200);
    expect(await actions(before)).toEqual(['proposal.decide']);
  });

  it('marks the patient disengaged and engaged again, audited', async () => {
    const before = await lastAuditId();
    const url = `${P()}/engagement`;
    const proposals = async () =>
      (await call('therapistA', 'GET', `${P()}/proposals`)).json<{ items: unknown[] }>().items;
    await w.openProposalId();
    expect(await proposals()).not.toEqual([]);
    expect((await call('patientA', 'POST', url, { disengaged: true })).statusCode).toBe(403);
    const marked = await call('therapistA', 'POST', url, { disengaged: true });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toEqual({ disengagedAt: '2026-11-02T09:00:00.000Z' });
    const summary = await call('therapistA', 'GET', P());
    expect(summary.json()).toMatchObject({ patient: { disengagedAt: '2026-11-02T09:00:00.000Z' } });
    // Marking re-evaluates the patient at once; while disengaged nothing is proposed.
    await w.app.progress.idle();
    expect(await proposals()).toEqual([]);
    const undone = await call('therapistA', 'POST', url, { disengaged: false });
    expect(undone.json()).toEqual({ disengagedAt: null });
    expect(await actions(before)).toEqual(
      expect.arrayContaining(['patient.mark-disengaged', 'patient.mark-engaged']),
    );
  });

  it('shows every decision on the timeline, newest first, to staff only, audited', async () => {
    const ack = await call('therapistA', 'POST', `${P()}/alerts/${w.ids.alertA}/acknowledge`, {
      note: 'Called the patient: pain settled.',
    });
    expect(ack.statusCode).toBe(200);
    // A reported bladder change: the summary shows the safety state until the outcome is recorded.
    const reported = await call('patientA', 'POST', `${P()}/symptom-reports`, {
      clientKey: 'bladder',
      reportedOn: '2026-11-02',
      symptoms: ['bladder-change'],
    });
    expect(reported.statusCode).toBe(201);
    const flagged = await call('therapistA', 'GET', P());
    expect(flagged.json()).toMatchObject({
      patient: {
        safety: { state: 'emergency', source: 'symptom-report', symptoms: ['bladder-change'] },
        programmePaused: true,
      },
    });
    const alerts = await call('therapistA', 'GET', `${P()}/alerts?status=open`);
    const redFlag = alerts
      .json<{ items: { id: string; type: string }[] }>()
      .items.find((a) => a.type === 'red-flag');
    const decided = await call(
      'therapistA',
      'POST',
      `${P()}/alerts/${redFlag?.id ?? ''}/acknowledge`,
      {
        outcome: 'referred',
        note: 'Sent to the emergency department; GP informed.',
      },
    );
    expect(decided.statusCode).toBe(200);
    const summary = await call('therapistA', 'GET', P());
    expect(summary.json()).toMatchObject({
      patient: {
        safety: null,
        lastSafetyDecision: { outcome: 'referred', decidedByName: 'Theo Therapist' },
      },
    });
    expect((await call('patientA', 'GET', `${P()}/decisions`)).statusCode).toBe(403);
    const before = await lastAuditId();
    const decisions = await timeline();
    expect(await actions(before)).toEqual(['decision.list']);
    const at = decisions.map((d) => String(d.at));
    expect(at).toEqual([...at].sort().reverse());
    const by = (kind: string) => decisions.filter((d) => d.kind === kind);
    expect(by('proposal-accepted')).toEqual([
      expect.objectContaining({
        byName: 'Theo Therapist',
        action: 'progress',
        note: 'Doing well; a bigger step agreed with the patient.',
      }),
    ]);
    const accepted = by('proposal-accepted')[0] ?? {};
    expect(typeof accepted.exerciseId).toBe('string');
    expect(typeof accepted.doseText).toBe('string');
    expect(by('proposal-rejected')).toEqual([
      expect.objectContaining({
        byName: 'Theo Therapist',
        reason: 'Wait for the review next week.',
      }),
    ]);
    expect(by('alert-acknowledged')).toEqual([
      expect.objectContaining({ alertType: 'pain', note: 'Called the patient: pain settled.' }),
    ]);
    expect(by('safety-decision')).toEqual([
      expect.objectContaining({
        byName: 'Theo Therapist',
        alertType: 'red-flag',
        outcome: 'referred',
        note: 'Sent to the emergency department; GP informed.',
      }),
    ]);
    expect(by('engagement').map((d) => d.action)).toEqual(['engaged', 'disengaged']);
    // The world published version 1; the accepted proposal's version is that decision.
    expect(by('plan-published')).toEqual([
      expect.objectContaining({ byName: 'Theo Therapist', planVersion: 1 }),
    ]);
  });
});
