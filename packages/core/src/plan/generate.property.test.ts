import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess.js';
import { AS_OF, validAssessment } from '../assessment/test-arbitraries.js';
import { CATALOG } from '../catalog/index.js';
import { isEvidenceId } from '../evidence.js';
import { fallRiskReasons } from './chain-entry.js';
import { checkPlan } from './check-plan.js';
import { activeConditionRules, ruleCovers } from './condition-rules.js';
import { generatePlan } from './generate.js';
import { patientFacts } from './patient-facts.js';
import type { Plan } from './types.js';

const REVIEW = {
  reviewedBy: 'Dr Lee',
  reviewedOn: '2026-11-01',
  outcome: 'Reviewed; safe to exercise.',
};
const statusOf = (id: string) =>
  CATALOG.exercises.find((e) => e.id === id)?.status ??
  CATALOG.interventions.find((i) => i.id === id)?.status;

const exerciseOf = (id: string) => {
  const e = CATALOG.exercises.find((x) => x.id === id);
  if (e === undefined) throw new Error(id);
  return e;
};
/** The balance chain's steps by order: 0 supported, 1 unsupported, 2 eyes closed, 3 the board. */
const BALANCE_STEP: Record<string, number> = {
  'supported-single-leg-stance': 0,
  'single-leg-stance': 1,
  'single-leg-stance-eyes-closed': 2,
  'balance-board': 3,
};

function allEvidence(p: Plan): string[] {
  return [
    ...p.evidence,
    ...[
      ...p.exercises,
      ...p.lessons,
      ...p.interventions,
      ...p.goals,
      ...p.requests,
      p.activityGoal,
      p.clinicContacts,
    ].flatMap((x) => x.evidence),
    ...(p.gradedExposure?.evidence ?? []),
  ];
}

describe('generatePlan properties over generated assessments', () => {
  it('refuses exactly when the screen requires it, and otherwise makes a sound plan', () => {
    fc.assert(
      fc.property(validAssessment, fc.boolean(), (input, reviewed) => {
        const r = assess(input, AS_OF);
        if (!r.ok) throw new Error('generated assessment did not assess');
        const plan = generatePlan(r.value, CATALOG, reviewed ? { redFlagReview: REVIEW } : {});
        const { triage, unanswered } = r.value.screen;
        const refusal =
          triage === 'emergency'
            ? 'emergency-triage'
            : unanswered.length > 0
              ? 'incomplete-screen'
              : triage === 'urgent' && !reviewed
                ? 'urgent-triage-not-reviewed'
                : null;
        expect(plan.ok ? null : plan.error.kind).toBe(refusal);
        if (!plan.ok) return;
        const p = plan.value;
        // Never a discouraged or contested element.
        for (const id of [
          ...p.exercises.map((e) => e.exerciseId),
          ...p.interventions.map((i) => i.interventionId),
        ]) {
          expect(['recommended', 'optional']).toContain(statusOf(id));
        }
        expect(p.lessons.some((l) => l.lessonId === 'lesson-stay-active')).toBe(true);
        expect(p.exercises.length).toBeGreaterThanOrEqual(4);
        expect(p.exercises.length).toBeLessThanOrEqual(8);
        expect(p.minutes.planned).toBeLessThanOrEqual(p.minutes.budget);
        for (const id of allEvidence(p)) expect(isEvidenceId(id), id).toBe(true);
        expect(checkPlan(p, CATALOG)).toEqual([]);
        const facts = patientFacts(r.value);
        // No exercise a recorded condition leaves out; no more floor work than allowed.
        for (const rule of activeConditionRules(facts)) {
          const covered = p.exercises.filter((x) => ruleCovers(rule, exerciseOf(x.exerciseId)));
          expect(covered.length, rule.id).toBeLessThanOrEqual(rule.maxCount ?? 0);
        }
        // Balance enters at single-leg stance at most; at supported stance for fall risk.
        const balance = p.exercises.map((x) => x.exerciseId).filter((id) => id in BALANCE_STEP);
        // Read from the assessment itself, not through the rule's own code (exercises.md).
        const x = r.value.assessment;
        const atRisk =
          x.patient.age >= 65 ||
          (x.history.fallsInLastYear ?? 0) >= 1 ||
          (x.measures.fiveTimesSitToStandSeconds ?? 0) > 12 ||
          x.examination.legWeakness === true;
        expect(fallRiskReasons(facts).length > 0 || !atRisk).toBe(true);
        const highest = atRisk ? 0 : 1;
        for (const id of balance) expect(BALANCE_STEP[id], id).toBeLessThanOrEqual(highest);
        // The aerobic target and every week at or above the baseline.
        const a = p.activityGoal;
        expect(a.targetMinutesPerDay).toBeGreaterThanOrEqual(a.baselineMinutesPerDay);
        for (const w of a.weeks)
          expect(w.minutesPerDay).toBeGreaterThanOrEqual(a.baselineMinutesPerDay);
        expect(p.goals.length).toBeGreaterThanOrEqual(1);
        expect(p.goals.length).toBeLessThanOrEqual(3);
        expect(p.exercises.filter((x) => x.centre).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the identical plan for identical input', () => {
    fc.assert(
      fc.property(validAssessment, (input) => {
        const a = assess(input, AS_OF);
        const b = assess(structuredClone(input), AS_OF);
        if (!a.ok || !b.ok) throw new Error('generated assessment did not assess');
        expect(generatePlan(a.value, CATALOG, { redFlagReview: REVIEW })).toEqual(
          generatePlan(b.value, CATALOG, { redFlagReview: REVIEW }),
        );
      }),
      { numRuns: 150 },
    );
  });
});
