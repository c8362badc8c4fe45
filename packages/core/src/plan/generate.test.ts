import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { checkPlan } from './check-plan.js';
import { generatePlan } from './generate.js';
import { exampleResult, examplePlan } from './test-plans.js';
import type { Plan } from './types.js';

const ids = (p: Plan) => p.exercises.map((e) => e.exerciseId);
const exercise = (id: string) => {
  const e = CATALOG.exercises.find((x) => x.id === id);
  if (e === undefined) throw new Error(id);
  return e;
};
const lessonTopics = (p: Plan) =>
  p.lessons.map((l) => CATALOG.lessons.find((x) => x.id === l.lessonId)?.topic);

describe('plans of the example assessments', () => {
  it('flexion intolerant, extension preference (01): extension work, no flexion-limited work, manipulation suggested', () => {
    const p = examplePlan('01-acute-flexion-intolerant-manipulation');
    expect(exercise(ids(p)[0] ?? '').direction).toBe('extension');
    for (const id of ids(p).slice(1)) expect(exercise(id).tolerance).not.toContain('FI');
    expect(p.interventions.map((i) => i.interventionId)).toEqual(
      expect.arrayContaining(['thrust-manipulation', 'superficial-heat']),
    );
    expect(lessonTopics(p)).toEqual(expect.arrayContaining(['bed-rest', 'workstation', 'lifting']));
  });

  it('high risk, fear-avoidance (02): graded exposure, psychologically informed care, graded activity', () => {
    const p = examplePlan('02-chronic-high-risk-fear-avoidance');
    expect(p.exercises.map((e) => e.category)).toContain('graded-exposure');
    expect(p.exercises.every((e) => e.category === 'graded-exposure' || e.level === 1)).toBe(true);
    expect(p.interventions.map((i) => i.interventionId)).toContain(
      'psychologically-informed-sessions',
    );
    expect(lessonTopics(p)).toEqual(
      expect.arrayContaining([
        'pacing',
        'graded-activity',
        'stress-mood',
        'relaxation',
        'return-to-work',
      ]),
    );
    expect(p.activityGoal.graded).toBe(true);
    // Graded activity starts at the measured baseline, never below it (rule 7).
    expect(p.activityGoal.weeks[0]?.minutesPerDay).toBe(p.activityGoal.baselineMinutesPerDay);
  });

  it('extension intolerant (03): nothing tagged EI, cycling as the activity', () => {
    const p = examplePlan('03-extension-intolerant-older-adult');
    for (const id of ids(p)) expect(exercise(id).tolerance).not.toContain('EI');
    expect(p.activityGoal.activity).toBe('cycling');
    expect(p.context.maxLevel).toBe(2);
  });

  it('function optimisation, low risk (04): level-3 strength and task work, a short programme', () => {
    const p = examplePlan('04-function-optimisation-runner');
    expect(p.exercises).toHaveLength(4);
    expect(p.exercises.some((e) => e.level === 3)).toBe(true);
    expect(p.exercises.map((e) => e.category)).toEqual(expect.arrayContaining(['strength']));
    expect(p.clinicContacts.summary).toMatch(/1-2 review/);
  });

  it('sciatica with extension preference (09): level 1, nerve slider, nothing into flexion, no hamstring stretch', () => {
    const p = examplePlan('09-sciatica-extension-preference');
    expect(p.context.maxLevel).toBe(1);
    expect(ids(p)).toContain('sciatic-nerve-slider');
    expect(ids(p)).not.toContain('hamstring-stretch');
    for (const id of ids(p)) expect(exercise(id).direction).not.toBe('flexion');
  });

  it('lateral shift (12): the side-glide comes first', () => {
    expect(ids(examplePlan('12-lateral-shift-side-glide'))[0]).toBe('side-glide-wall');
  });

  it('stabilisation rule positive (08): motor control work, citing hicks-2005', () => {
    const p = examplePlan('08-stabilisation-rule-positive');
    const mc = p.exercises.filter((e) => e.category === 'motor-control');
    expect(mc.length).toBeGreaterThanOrEqual(2);
    expect(mc.every((e) => e.evidence.includes('hicks-2005'))).toBe(true);
  });

  it('routine referral (07): the plan lists the referral', () => {
    const p = examplePlan('07-axial-spondyloarthritis-referral');
    expect(p.referrals.map((r) => r.flag)).toEqual(['axial-spondyloarthritis']);
  });

  it('fits a 5-minute day by trimming doses, still with at least 4 exercises', () => {
    const p = examplePlan('02-chronic-high-risk-fear-avoidance', { minutesPerDay: 5 });
    expect(p.exercises.length).toBeGreaterThanOrEqual(4);
    expect(p.minutes.planned).toBeLessThanOrEqual(5);
    expect(p.exercises[0]?.reasons.join(' ')).toMatch(/trimmed to one short set/);
  });

  it('raises no warnings on any generated plan', () => {
    for (const name of [
      '01-acute-flexion-intolerant-manipulation',
      '02-chronic-high-risk-fear-avoidance',
      '03-extension-intolerant-older-adult',
      '04-function-optimisation-runner',
      '09-sciatica-extension-preference',
    ]) {
      expect(checkPlan(examplePlan(name), CATALOG)).toEqual([]);
    }
  });
});

describe('refusals', () => {
  it('refuses an emergency triage', () => {
    const p = generatePlan(exampleResult('05-cauda-equina-emergency'), CATALOG);
    expect(!p.ok && p.error.kind).toBe('emergency-triage');
  });

  it('refuses an urgent triage until a review is recorded, then plans and says so', () => {
    const r = exampleResult('06-cancer-history-urgent');
    const refused = generatePlan(r, CATALOG);
    expect(!refused.ok && refused.error.kind).toBe('urgent-triage-not-reviewed');
    const incomplete = generatePlan(r, CATALOG, {
      redFlagReview: { reviewedBy: 'Dr Okafor', reviewedOn: 'yesterday', outcome: 'x' },
    });
    expect(incomplete.ok).toBe(false);
    const review = {
      reviewedBy: 'Dr Okafor',
      reviewedOn: '2026-11-01',
      outcome: 'Oncology review: no metastatic disease; cleared for exercise.',
    };
    const p = generatePlan(r, CATALOG, { redFlagReview: review });
    expect(p.ok && p.value.reasons.join(' ')).toMatch(/reviewed by Dr Okafor on 2026-11-01/);
  });

  it('rejects impossible options with the field named', () => {
    const r = exampleResult('01-acute-flexion-intolerant-manipulation');
    const p = generatePlan(r, CATALOG, { minutesPerDay: 2 });
    expect(!p.ok && p.error).toMatchObject({ kind: 'invalid-options', field: 'minutesPerDay' });
    const d = generatePlan(r, CATALOG, { startDate: '2026-02-31' });
    expect(!d.ok && d.error).toMatchObject({ kind: 'invalid-options', field: 'startDate' });
  });
});
