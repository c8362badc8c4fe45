import type { Catalog } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import { conditionRulesById, ruleCovers } from './condition-rules.js';
import { ALWAYS_AVAILABLE, MAX_EXERCISES, MIN_EXERCISES } from './selection-rules.js';
import { exemptFromStartLimits, matchesDirection, toleranceConflict } from './feasibility.js';
import type { Plan } from './types.js';

export type PlanWarningCode =
  | 'discouraged'
  | 'contested'
  | 'tolerance'
  | 'direction'
  | 'equipment'
  | 'level-above-start'
  | 'same-chain'
  | 'too-many-exercises'
  | 'too-few-exercises'
  | 'over-budget'
  | 'manual-therapy-without-exercise'
  | 'stay-active-missing'
  /** An exercise another recorded condition leaves out (condition-rules.ts). */
  | 'condition'
  /** Only from an edit: see `doseJumpWarning`. */
  | 'dose-jump';

export interface PlanWarning {
  readonly code: PlanWarningCode;
  /** The exercise, intervention or lesson id it concerns, or `plan`. */
  readonly subject: string;
  readonly message: string;
  readonly evidence: readonly EvidenceId[];
}

/**
 * Everything about a plan a clinician should think twice about. A generated plan has none; an
 * edited one may, and each warning says why with its sources.
 */
export function checkPlan(plan: Plan, catalog: Catalog): PlanWarning[] {
  const w: PlanWarning[] = [];
  const ctx = plan.context;
  const have = new Set<string>([...ctx.equipment, ...ALWAYS_AVAILABLE]);
  const chains = new Map<string, string>();
  const conditions = conditionRulesById(ctx.conditions ?? []);
  const counted = new Map<string, number>();
  for (const item of plan.exercises) {
    const e = catalog.exercises.find((x) => x.id === item.exerciseId);
    if (e === undefined) continue;
    const preferred = ctx.preference !== null && matchesDirection(e, ctx.preference);
    const conflict = toleranceConflict(e, ctx.tolerance);
    const exposure = exemptFromStartLimits(e, ctx, plan.gradedExposure !== null);
    for (const rule of conditions) {
      if (!ruleCovers(rule, e)) continue;
      const n = (counted.get(rule.id) ?? 0) + 1;
      counted.set(rule.id, n);
      if (rule.maxCount === undefined || n > rule.maxCount)
        w.push({
          code: 'condition',
          subject: e.id,
          message: `${e.name}: ${rule.reason}`,
          evidence: rule.evidence,
        });
    }
    if (conflict !== null && !preferred && !exposure) {
      w.push({
        code: 'tolerance',
        subject: e.id,
        message: `${e.name} is tagged ${conflict}: limit or avoid early for a ${ctx.tolerance.replace('-', ' ')} patient.`,
        evidence: ['apta-cpg-2012', 'tbc-2016'],
      });
    }
    const avoided = ctx.avoid.find((d) => matchesDirection(e, d));
    if (avoided !== undefined) {
      w.push({
        code: 'direction',
        subject: e.id,
        message: `${e.name} moves into ${avoided}, which peripheralised the symptoms: avoid for now.`,
        evidence: ['tbc-2016'],
      });
    }
    const missing = e.equipment.filter((x) => !have.has(x));
    if (missing.length > 0) {
      w.push({
        code: 'equipment',
        subject: e.id,
        message: `${e.name} needs ${missing.join(', ')}, which the patient did not list.`,
        evidence: [],
      });
    }
    // The directional centre starts where its chain allows (a standing step when lying is out).
    if (e.level > ctx.maxLevel && !exposure && !item.centre) {
      w.push({
        code: 'level-above-start',
        subject: e.id,
        message: `${e.name} is level ${e.level}, above the starting level ${ctx.maxLevel} for this patient.`,
        evidence: ['tbc-2016'],
      });
    }
    const other = chains.get(e.chain.id);
    if (other !== undefined) {
      w.push({
        code: 'same-chain',
        subject: e.id,
        message: `${e.name} and ${other} are steps of the same progression; usually one is enough.`,
        evidence: [],
      });
    }
    chains.set(e.chain.id, e.name);
    if (e.status === 'discouraged' || e.status === 'contested') {
      w.push({
        code: e.status,
        subject: e.id,
        message: `${e.name} is ${e.status} by the evidence.`,
        evidence: e.evidence,
      });
    }
  }
  for (const item of plan.interventions) {
    const i = catalog.interventions.find((x) => x.id === item.interventionId);
    if (i === undefined) continue;
    if (i.status === 'discouraged' || i.status === 'contested') {
      w.push({
        code: i.status,
        subject: i.id,
        message: `${i.name} is ${i.status}: ${i.reason ?? 'see the sources.'}`,
        evidence: i.evidence,
      });
    }
    if (i.onlyWithExercise && plan.exercises.length === 0) {
      w.push({
        code: 'manual-therapy-without-exercise',
        subject: i.id,
        message: `${i.name} should only be offered alongside exercise.`,
        evidence: ['nice-ng59', 'apta-cpg-2021'],
      });
    }
  }
  const n = plan.exercises.length;
  if (n > MAX_EXERCISES)
    w.push({
      code: 'too-many-exercises',
      subject: 'plan',
      message: `${n} home exercises: more than ${MAX_EXERCISES} is hard to keep up.`,
      evidence: [],
    });
  if (n < MIN_EXERCISES)
    w.push({
      code: 'too-few-exercises',
      subject: 'plan',
      message: `${n} home exercises: fewer than ${MIN_EXERCISES}.`,
      evidence: [],
    });
  if (plan.minutes.planned > plan.minutes.budget) {
    w.push({
      code: 'over-budget',
      subject: 'plan',
      message: `About ${plan.minutes.planned} minutes a day, more than the ${plan.minutes.budget} the patient has.`,
      evidence: [],
    });
  }
  const stayActive = catalog.lessons.find((l) => l.topic === 'stay-active');
  if (stayActive !== undefined && !plan.lessons.some((l) => l.lessonId === stayActive.id)) {
    w.push({
      code: 'stay-active-missing',
      subject: stayActive.id,
      message: 'Every plan should teach staying active.',
      evidence: ['nice-ng59', 'lancet-2018'],
    });
  }
  return w;
}
