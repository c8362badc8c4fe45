import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { generatePlan } from '../plan/generate.js';
import type { PlanRefusal } from '../plan/types.js';
import { RED_FLAG_QUESTION_IDS } from '../red-flags/questions.js';
import type { RedFlagAnswer, RedFlagQuestionId } from '../red-flags/types.js';
import { assess } from './assess.js';
import type { PlanGate } from './plan-gate.js';
import type { AssessmentInput } from './schema.js';

/** A plain assessment (age 40, clear) with the red-flag answers and age given. */
function assessment(
  redFlags: Partial<Record<RedFlagQuestionId, RedFlagAnswer>>,
  age = 40,
): AssessmentInput {
  return {
    schemaVersion: 2,
    patient: { age, sex: 'female' },
    history: { onsetDate: '2026-10-01', previousEpisodes: 2 },
    symptoms: { extent: 'back-only', side: 'central', pattern: 'intermittent' },
    pain: { now: 4 },
    redFlags,
    minutesPerDay: 20,
  };
}
const allNo = (yes: readonly RedFlagQuestionId[] = []) =>
  Object.fromEntries(RED_FLAG_QUESTION_IDS.map((id) => [id, yes.includes(id)])) as Record<
    RedFlagQuestionId,
    boolean
  >;
const twoLeftOut: Partial<Record<RedFlagQuestionId, boolean>> = allNo();
delete twoLeftOut.fever;
delete twoLeftOut.psoriasis;

interface Row {
  readonly name: string;
  readonly input: AssessmentInput;
  readonly gate: PlanGate['status'];
  /** The refusal kind without a review, or null when a plan is made. */
  readonly refusal: PlanRefusal['kind'] | null;
}

describe('planGate and generatePlan over the screen (red-flags.md)', () => {
  it.each<Row>([
    {
      name: 'every question answered no',
      input: assessment(allNo()),
      gate: 'allowed',
      refusal: null,
    },
    {
      name: 'an empty screen',
      input: assessment({}),
      gate: 'incomplete',
      refusal: 'incomplete-screen',
    },
    {
      name: 'two questions left out',
      input: assessment(twoLeftOut),
      gate: 'incomplete',
      refusal: 'incomplete-screen',
    },
    {
      name: '"not asked" with a reason completes the screen',
      input: assessment({
        ...twoLeftOut,
        fever: { notAsked: 'Thermometer reading normal; not asked.' },
        psoriasis: { notAsked: 'Declined.' },
      }),
      gate: 'allowed',
      refusal: null,
    },
    {
      name: 'an emergency refuses first, even when incomplete',
      input: assessment({ 'saddle-numbness': true }),
      gate: 'blocked',
      refusal: 'emergency-triage',
    },
    {
      name: 'age 71 alone: a note, not a block',
      input: assessment(allNo(), 71),
      gate: 'allowed',
      refusal: null,
    },
    {
      name: 'age 71 and long-term steroids: urgent',
      input: assessment(allNo(['long-term-corticosteroids']), 71),
      gate: 'needs-review',
      refusal: 'urgent-triage-not-reviewed',
    },
  ])('$name', ({ input, gate, refusal }) => {
    const r = assess(input, '2026-11-02');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.planGate.status).toBe(gate);
    const plan = generatePlan(r.value, CATALOG);
    expect(plan.ok ? null : plan.error.kind).toBe(refusal);
  });

  it('names every unanswered question in the refusal', () => {
    const r = assess(assessment(twoLeftOut), '2026-11-02');
    if (!r.ok) throw new Error('did not assess');
    const plan = generatePlan(r.value, CATALOG);
    expect(plan.ok ? null : plan.error).toEqual({
      kind: 'incomplete-screen',
      message:
        'The red-flag screen is incomplete: answer yes, no, or "not asked" with a reason for fever and psoriasis before a plan is made.',
      unanswered: ['fever', 'psoriasis'],
    });
    expect(r.value.planGate.reasons).toEqual([
      'Red-flag screen incomplete: answer yes, no, or "not asked" with a reason for fever and psoriasis before a plan.',
    ]);
  });

  it('keeps an urgent concern in view while the screen is incomplete', () => {
    const r = assess(assessment({ ...twoLeftOut, 'cancer-history': true }), '2026-11-02');
    if (!r.ok) throw new Error('did not assess');
    expect(r.value.planGate.status).toBe('incomplete');
    expect(r.value.planGate.reasons[1]).toMatch(/^Urgent red flag/);
  });

  it('lists age 71 alone as a fracture note the clinician examines for', () => {
    const r = assess(assessment(allNo(), 71), '2026-11-02');
    if (!r.ok) throw new Error('did not assess');
    expect(r.value.screen.findings.map((f) => [f.flag, f.level, f.evidence])).toEqual([
      ['fracture', 'note', ['finucane-2020', 'nice-ng59', 'downie-2013']],
    ]);
  });

  it.each(['', '   ', 'x'.repeat(501)])(
    'rejects a "not asked" without a usable reason (%#)',
    (reason) => {
      const r = assess(assessment({ ...allNo(), fever: { notAsked: reason } }), '2026-11-02');
      expect(r.ok ? [] : r.error.issues.map((i) => i.path)).toEqual(['redFlags.fever.notAsked']);
    },
  );
});
