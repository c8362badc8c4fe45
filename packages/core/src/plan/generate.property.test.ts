import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/assess.js';
import { AS_OF, validAssessment } from '../assessment/test-arbitraries.js';
import { CATALOG } from '../catalog/index.js';
import { isEvidenceId } from '../evidence.js';
import { checkPlan } from './check-plan.js';
import { generatePlan } from './generate.js';
import type { Plan } from './types.js';

const REVIEW = {
  reviewedBy: 'Dr Lee',
  reviewedOn: '2026-11-01',
  outcome: 'Reviewed; safe to exercise.',
};
const statusOf = (id: string) =>
  CATALOG.exercises.find((e) => e.id === id)?.status ??
  CATALOG.interventions.find((i) => i.id === id)?.status;

function allEvidence(p: Plan): string[] {
  return [
    ...p.evidence,
    ...[...p.exercises, ...p.lessons, ...p.interventions, p.activityGoal, p.clinicContacts].flatMap(
      (x) => x.evidence,
    ),
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
