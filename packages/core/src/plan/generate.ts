import { RULE_SET_VERSION, type AssessmentResult } from '../assessment/assess.js';
import { formatDate, toUtcDate } from '../assessment/parse.js';
import { unansweredList } from '../assessment/plan-gate.js';
import type { Catalog } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import { err, ok, type Result } from '../result.js';
import { planActivity } from './activity-goal.js';
import { minutesPerDay, minutesPerSession, secondsPerSession } from './dose-time.js';
import { indexCatalog } from './catalog-index.js';
import { planGoals, measuresTaken } from './goals.js';
import {
  GRADED_EXPOSURE_TASK,
  gradedExposureStages,
  planGradedExposure,
} from './graded-exposure.js';
import {
  dischargeCriteria,
  PLAN_START_WITHIN_DAYS,
  PLAN_WEEKS,
  planClinicContacts,
  planPhases,
} from './phases.js';
import { directionWords } from './chain-entry.js';
import { derivePlanRules, type PlanRules } from './plan-rules.js';
import { answerRequests, REQUEST_ANSWERS } from './requests.js';
import { directionalStages, goalStages } from './stages.js';
import { daysBetween } from '../stratification/stage.js';
import { scheduleLessons } from './schedule-lessons.js';
import { selectExercises } from './select-exercises.js';
import { HIGH_PAIN_AT_LEAST, MAX_START_LEVEL, TARGET_COUNT } from './selection-rules.js';
import { suggestInterventions } from './suggest-interventions.js';
import type {
  ExerciseStage,
  GradedExposure,
  Plan,
  PlanContext,
  PlanExercise,
  PlanOptions,
  PlanRefusal,
} from './types.js';

const DAY_MS = 86_400_000;
const addDays = (date: Date, days: number) => formatDate(new Date(date.getTime() + days * DAY_MS));

function checkGate(r: AssessmentResult, options: PlanOptions): PlanRefusal | null {
  const findings = r.screen.findings;
  if (r.planGate.status === 'blocked') {
    return {
      kind: 'emergency-triage',
      message:
        'Emergency red flag: refer for same-day emergency assessment; no exercise plan is made.',
      findings,
    };
  }
  if (r.screen.unanswered.length > 0) {
    return {
      kind: 'incomplete-screen',
      message: `The red-flag screen is incomplete: answer yes, no, or "not asked" with a reason for ${unansweredList(r.screen.unanswered)} before a plan is made.`,
      unanswered: r.screen.unanswered,
    };
  }
  const review = options.redFlagReview;
  const reviewed =
    review !== undefined &&
    review.reviewedBy.trim() !== '' &&
    review.outcome.trim() !== '' &&
    toUtcDate(review.reviewedOn) !== null;
  if (r.planGate.status === 'needs-review' && !reviewed) {
    return {
      kind: 'urgent-triage-not-reviewed',
      message:
        'Urgent red flag: record who reviewed the concern, when, and the outcome before a plan is made.',
      findings,
    };
  }
  return null;
}

function planContext(r: AssessmentResult, minutes: number): PlanContext {
  const approach = r.approach.approach;
  return {
    approach,
    risk: r.startBack?.risk ?? null,
    stage: r.stage.stage,
    tolerance: r.tolerance.tolerance,
    preference: r.directionalPreference.preference,
    avoid: r.directionalPreference.avoid,
    equipment: r.assessment.equipment,
    minutesPerDay: minutes,
    maxLevel: r.assessment.pain.now >= HIGH_PAIN_AT_LEAST ? 1 : MAX_START_LEVEL[approach],
    psychologicallyInformed: r.psychosocial.elevated,
  };
}

/** The staged path of a planned exercise: the directional centre, a goal's chain, graded exposure. */
function stagesOf(
  id: string,
  name: string,
  rules: PlanRules,
  catalog: Catalog,
  ctx: PlanContext,
  exposure: GradedExposure | null,
): readonly ExerciseStage[] {
  const index = indexCatalog(catalog.exercises);
  if (rules.centre !== null && id === rules.centre.id)
    return directionalStages(index, rules.centre, rules.conditions);
  if (rules.lifting !== null && rules.lifting.adds !== null && id === rules.lifting.adds.exerciseId)
    return goalStages(index, rules.lifting.adds.stages, rules.conditions, ctx.tolerance);
  if (exposure !== null && id === GRADED_EXPOSURE_TASK) return gradedExposureStages(exposure, name);
  return [];
}

/**
 * A personalised plan from an assessment result, or a typed refusal when the red-flag screen
 * forbids one (emergency; an unanswered question; urgent without a recorded review). Deterministic: the same result,
 * catalogue and options always give the same plan. Every element carries its reasons and
 * evidence; discouraged entries are never proposed.
 */
export function generatePlan(
  r: AssessmentResult,
  catalog: Catalog,
  options: PlanOptions = {},
): Result<Plan, PlanRefusal> {
  const refusal = checkGate(r, options);
  if (refusal !== null) return err(refusal);
  const minutes = options.minutesPerDay ?? r.assessment.minutesPerDay;
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) {
    return err({
      kind: 'invalid-options',
      field: 'minutesPerDay',
      message: 'Minutes a day must be a whole number from 5 to 240.',
    });
  }
  const start = toUtcDate(options.startDate ?? r.asOf);
  if (start === null) {
    return err({
      kind: 'invalid-options',
      field: 'startDate',
      message: 'The start date must be a real date, YYYY-MM-DD.',
    });
  }
  const assessedOn = toUtcDate(r.asOf);
  if (assessedOn !== null && Math.abs(daysBetween(assessedOn, start)) > PLAN_START_WITHIN_DAYS) {
    return err({
      kind: 'invalid-options',
      field: 'startDate',
      message: `The start date must be within ${PLAN_START_WITHIN_DAYS} days of the assessment.`,
    });
  }
  const base = planContext(r, minutes);
  const reviewDate = addDays(start, PLAN_WEEKS.reviewAfterDays);
  const dischargeBy = addDays(start, PLAN_WEEKS.total * 7);
  const rules = derivePlanRules(r, base, catalog.exercises, reviewDate);
  const ctx: PlanContext = {
    ...base,
    conditions: [...rules.conditions, ...(rules.floorLimit === null ? [] : [rules.floorLimit])].map(
      (c) => c.id,
    ),
  };
  const a = r.assessment;
  const selected = selectExercises(catalog.exercises, {
    context: ctx,
    likes: a.preferences.likes,
    dislikes: a.preferences.dislikes,
    goals: a.goals,
    legSymptoms:
      a.symptoms.extent === 'below-knee' ||
      a.symptoms.extent === 'foot' ||
      a.symptoms.legNumbnessOrTingling,
    stabilisationRule: r.predictionRules.stabilisation.positive,
    targetCount: TARGET_COUNT[ctx.risk ?? 'unknown'] + (ctx.preference === null ? 0 : 1),
    rules,
  });
  const levelReason =
    ctx.maxLevel === 1 && a.pain.now >= HIGH_PAIN_AT_LEAST
      ? `Starts at level 1: pain is ${a.pain.now}/10.`
      : `Starts at level ${ctx.maxLevel} or below for the ${r.approach.label.toLowerCase()} approach.`;
  const exposure = a.fearHierarchy === undefined ? null : planGradedExposure(a.fearHierarchy);
  const exercises: PlanExercise[] = selected.map((s) => ({
    exerciseId: s.exercise.id,
    name: s.exercise.name,
    category: s.exercise.category,
    level: s.exercise.level,
    position: s.exercise.position,
    dose: s.dose,
    frequency: s.frequency,
    minutesPerSession: minutesPerSession(s.dose),
    minutesPerDay: minutesPerDay(s.dose, s.frequency),
    tolerance: s.exercise.tolerance,
    status: s.exercise.status,
    stages: stagesOf(s.exercise.id, s.exercise.name, rules, catalog, ctx, exposure),
    centre: s.exercise.id === rules.centre?.id,
    reasons: [...s.reasons, levelReason],
    evidence: s.evidence.includes('acsm-dosing') ? s.evidence : [...s.evidence, 'acsm-dosing'],
  }));
  const requests = answerRequests(a.expectations?.requests ?? [], catalog.lessons);
  const interventions = suggestInterventions(catalog.interventions, r, ctx);
  const lessons = scheduleLessons(catalog.lessons, ctx, a, {
    stenosis: rules.stenosis,
    relaxationEarly: rules.relaxationEarly,
    requests,
  });
  const activityGoal = planActivity(ctx, a, rules.facts);
  const contacts = planClinicContacts(ctx);
  const discharge = dischargeCriteria(measuresTaken(r));
  const centre = exercises.find((e) => e.centre) ?? null;
  const clinicianNotes = [
    ...rules.notes,
    ...discharge.notes,
    ...requests.flatMap((q) => (REQUEST_ANSWERS[q.request].discuss ? [q.message] : [])),
  ];
  // Summed in seconds and rounded once, so rounding each item cannot push a fitting plan over.
  const seconds = selected.reduce(
    (t, s) => t + secondsPerSession(s.dose) * s.frequency.timesPerDay,
    0,
  );
  const planned = Math.round(seconds / 6) / 10;
  const reasons = [
    `${r.approach.label} approach (${r.approach.reasons[0] ?? ''})`,
    r.startBack === null
      ? 'STarT Back not scored.'
      : `STarT Back ${r.startBack.risk} risk: ${r.startBack.pathway.label}.`,
    `Episode ${r.stage.stage}; tolerance: ${ctx.tolerance.replace('-', ' ')}.`,
    `${exercises.length} home exercises, about ${planned} minutes a day within the ${minutes} available.`,
    ...rules.reasons,
  ];
  if (rules.stenosis) reasons.push(...r.stenosis.reasons);
  if (options.redFlagReview !== undefined && r.planGate.status === 'needs-review') {
    const rv = options.redFlagReview;
    reasons.push(`Urgent red flag reviewed by ${rv.reviewedBy} on ${rv.reviewedOn}: ${rv.outcome}`);
  }
  const goals = planGoals(r, activityGoal, reviewDate, dischargeBy);
  const evidence = new Set<EvidenceId>(['nice-ng59', 'apta-cpg-2021', ...r.approach.evidence]);
  for (const part of [
    ...exercises,
    ...lessons,
    ...interventions,
    ...goals,
    ...requests,
    activityGoal,
    contacts,
  ]) {
    for (const id of part.evidence) evidence.add(id);
  }
  for (const c of [...rules.conditions, ...(rules.floorLimit === null ? [] : [rules.floorLimit])])
    for (const id of c.evidence) evidence.add(id);
  if (exposure !== null) for (const id of exposure.evidence) evidence.add(id);
  return ok({
    ruleSetVersion: RULE_SET_VERSION,
    catalogVersion: catalog.version,
    assessmentId: r.assessmentId,
    startDate: formatDate(start),
    reviewDate,
    dischargeBy,
    context: ctx,
    exercises,
    lessons,
    activityGoal,
    interventions,
    phases: planPhases(ctx, { centre: centre?.name ?? null, acuteLimits: rules.acuteLimits }),
    clinicContacts: contacts,
    referrals: r.screen.findings.filter((f) => f.level === 'routine-referral'),
    dischargeCriteria: discharge.criteria,
    goals,
    focus:
      centre === null || ctx.preference === null
        ? null
        : `The early plan centres on repeated ${directionWords(ctx.preference)}: ${centre.name.toLowerCase()} 6 times a day${centre.stages.length <= 1 ? ', while the symptoms centralise' : ', progressing from lying to standing as the symptoms centralise'}.`,
    gradedExposure: exposure,
    requests,
    clinicianNotes,
    minutes: { budget: minutes, planned },
    reasons,
    evidence: [...evidence],
  });
}
