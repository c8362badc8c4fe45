import { PLAN_WEEKS } from './phases.js';
import { fearHierarchySchema } from '../assessment/schema.js';
import type { Catalog, Dose, Frequency } from '../catalog/types.js';
import { err, ok, type Result } from '../result.js';
import { minutesPerDay, minutesPerSession, secondsPerSession } from './dose-time.js';
import { checkPlan, type PlanWarning } from './check-plan.js';
import { RECORD_HIERARCHY_NOTE } from './plan-rules.js';
import { doseJumpWarning, type DoseJumpWarning } from './dose-jump.js';
import {
  GRADED_EXPOSURE_TASK,
  gradedExposureStages,
  planGradedExposure,
} from './graded-exposure.js';
import type { GradedExposure, Plan, PlanExercise, PlanIntervention, PlanLesson } from './types.js';

/** One change a therapist makes to a generated plan. */
export type PlanEdit =
  | {
      readonly kind: 'add-exercise';
      readonly exerciseId: string;
      readonly dose?: Dose;
      readonly frequency?: Frequency;
    }
  | { readonly kind: 'remove-exercise'; readonly exerciseId: string }
  | { readonly kind: 'swap-exercise'; readonly from: string; readonly to: string }
  | {
      readonly kind: 'change-dose';
      readonly exerciseId: string;
      readonly dose: Dose;
      readonly frequency?: Frequency;
    }
  | { readonly kind: 'add-intervention'; readonly interventionId: string }
  | { readonly kind: 'remove-intervention'; readonly interventionId: string }
  | { readonly kind: 'add-lesson'; readonly lessonId: string; readonly week: number }
  | { readonly kind: 'remove-lesson'; readonly lessonId: string }
  | {
      /** The patient's feared activities (3-6), for graded exposure. */
      readonly kind: 'set-fear-hierarchy';
      readonly hierarchy: readonly { readonly activity: string; readonly fear: number }[];
      /**
       * The plan week of the first step (default 1): a hierarchy recorded later starts from the
       * week it was recorded in, not from a week already gone.
       */
      readonly fromWeek?: number;
    };

export interface EditError {
  readonly kind:
    'unknown-id' | 'not-in-plan' | 'already-in-plan' | 'invalid-dose' | 'invalid-hierarchy';
  /** Which edit (0-based) and field, e.g. `edits.1.exerciseId`. */
  readonly path: string;
  readonly message: string;
}

export interface EditedPlan {
  readonly plan: Plan;
  /** `checkPlan`'s warnings, then a `dose-jump` per exercise whose weekly volume jumped. */
  readonly warnings: readonly (PlanWarning | DoseJumpWarning)[];
}

const BY_CLINICIAN = 'Added by the clinician.';

function validDose(dose: Dose): boolean {
  const positive = (n: number) => Number.isFinite(n) && n > 0;
  switch (dose.kind) {
    case 'reps':
      return (
        Number.isInteger(dose.sets) &&
        Number.isInteger(dose.reps) &&
        positive(dose.sets) &&
        positive(dose.reps)
      );
    case 'hold':
      return Number.isInteger(dose.sets) && positive(dose.sets) && positive(dose.holdSeconds);
    case 'duration':
      return positive(dose.minutes);
    case 'distance':
      return Number.isInteger(dose.sets) && positive(dose.sets) && positive(dose.metres);
  }
}

function validFrequency(f: Frequency): boolean {
  return (
    Number.isInteger(f.timesPerDay) &&
    f.timesPerDay >= 1 &&
    f.timesPerDay <= 10 &&
    Number.isInteger(f.daysPerWeek) &&
    f.daysPerWeek >= 1 &&
    f.daysPerWeek <= 7
  );
}

function exerciseItem(
  catalog: Catalog,
  id: string,
  dose?: Dose,
  frequency?: Frequency,
): PlanExercise | null {
  const e = catalog.exercises.find((x) => x.id === id);
  if (e === undefined) return null;
  const d = dose ?? e.dose;
  const f = frequency ?? e.frequency;
  return {
    exerciseId: e.id,
    name: e.name,
    category: e.category,
    level: e.level,
    position: e.position,
    dose: d,
    frequency: f,
    minutesPerSession: minutesPerSession(d),
    minutesPerDay: minutesPerDay(d, f),
    tolerance: e.tolerance,
    status: e.status,
    stages: [],
    centre: false,
    reasons: [BY_CLINICIAN],
    evidence: e.evidence,
  };
}

/**
 * Applies a therapist's edits to a plan and returns the edited plan with every warning it raises
 * (a discouraged or contested element with its reason and sources, a tolerance or direction
 * conflict, missing equipment, the time budget, the number of exercises, a dose raised by more
 * than half its weekly volume at once). Edits are allowed even when they warn: the clinician
 * decides. Unknown ids and impossible doses are errors.
 */
export function validatePlanEdit(
  plan: Plan,
  edits: readonly PlanEdit[],
  catalog: Catalog,
): Result<EditedPlan, EditError> {
  let exercises: PlanExercise[] = [...plan.exercises];
  let interventions: PlanIntervention[] = [...plan.interventions];
  let lessons: PlanLesson[] = [...plan.lessons];
  let gradedExposure: GradedExposure | null = plan.gradedExposure;
  let clinicianNotes: readonly string[] = plan.clinicianNotes;
  for (const [i, edit] of edits.entries()) {
    const at = (field: string) => `edits.${i}.${field}`;
    const has = (id: string) => exercises.some((x) => x.exerciseId === id);
    switch (edit.kind) {
      case 'add-exercise':
      case 'swap-exercise': {
        const id = edit.kind === 'add-exercise' ? edit.exerciseId : edit.to;
        const field = edit.kind === 'add-exercise' ? 'exerciseId' : 'to';
        if (edit.kind === 'swap-exercise' && !has(edit.from))
          return err({
            kind: 'not-in-plan',
            path: at('from'),
            message: `${edit.from} is not in the plan.`,
          });
        if (has(id))
          return err({
            kind: 'already-in-plan',
            path: at(field),
            message: `${id} is already in the plan.`,
          });
        const dose = edit.kind === 'add-exercise' ? edit.dose : undefined;
        const frequency = edit.kind === 'add-exercise' ? edit.frequency : undefined;
        if (
          (dose !== undefined && !validDose(dose)) ||
          (frequency !== undefined && !validFrequency(frequency))
        ) {
          return err({
            kind: 'invalid-dose',
            path: at('dose'),
            message:
              'Sets, repetitions and times must be positive whole numbers; 1-10 times a day, 1-7 days a week.',
          });
        }
        const item = exerciseItem(catalog, id, dose, frequency);
        if (item === null)
          return err({
            kind: 'unknown-id',
            path: at(field),
            message: `No exercise in the catalogue has the id ${id}.`,
          });
        exercises =
          edit.kind === 'add-exercise'
            ? [...exercises, item]
            : exercises.map((x) => (x.exerciseId === edit.from ? item : x));
        break;
      }
      case 'remove-exercise':
        if (!has(edit.exerciseId))
          return err({
            kind: 'not-in-plan',
            path: at('exerciseId'),
            message: `${edit.exerciseId} is not in the plan.`,
          });
        exercises = exercises.filter((x) => x.exerciseId !== edit.exerciseId);
        break;
      case 'change-dose': {
        const current = exercises.find((x) => x.exerciseId === edit.exerciseId);
        if (current === undefined)
          return err({
            kind: 'not-in-plan',
            path: at('exerciseId'),
            message: `${edit.exerciseId} is not in the plan.`,
          });
        const frequency = edit.frequency ?? current.frequency;
        if (!validDose(edit.dose) || !validFrequency(frequency))
          return err({
            kind: 'invalid-dose',
            path: at('dose'),
            message:
              'Sets, repetitions and times must be positive whole numbers; 1-10 times a day, 1-7 days a week.',
          });
        const changed = {
          ...current,
          dose: edit.dose,
          frequency,
          minutesPerSession: minutesPerSession(edit.dose),
          minutesPerDay: minutesPerDay(edit.dose, frequency),
        };
        exercises = exercises.map((x) => (x.exerciseId === edit.exerciseId ? changed : x));
        break;
      }
      case 'add-intervention': {
        const item = catalog.interventions.find((x) => x.id === edit.interventionId);
        if (item === undefined)
          return err({
            kind: 'unknown-id',
            path: at('interventionId'),
            message: `No intervention in the catalogue has the id ${edit.interventionId}.`,
          });
        if (interventions.some((x) => x.interventionId === item.id))
          return err({
            kind: 'already-in-plan',
            path: at('interventionId'),
            message: `${item.id} is already in the plan.`,
          });
        interventions = [
          ...interventions,
          {
            interventionId: item.id,
            name: item.name,
            setting: item.setting,
            status: item.status,
            onlyWithExercise: item.onlyWithExercise,
            reasons: [BY_CLINICIAN],
            evidence: item.evidence,
          },
        ];
        break;
      }
      case 'remove-intervention':
        if (!interventions.some((x) => x.interventionId === edit.interventionId))
          return err({
            kind: 'not-in-plan',
            path: at('interventionId'),
            message: `${edit.interventionId} is not in the plan.`,
          });
        interventions = interventions.filter((x) => x.interventionId !== edit.interventionId);
        break;
      case 'add-lesson': {
        const lesson = catalog.lessons.find((x) => x.id === edit.lessonId);
        if (lesson === undefined)
          return err({
            kind: 'unknown-id',
            path: at('lessonId'),
            message: `No lesson in the catalogue has the id ${edit.lessonId}.`,
          });
        if (!Number.isInteger(edit.week) || edit.week < 1 || edit.week > 52)
          return err({
            kind: 'invalid-dose',
            path: at('week'),
            message: 'The week must be a whole number from 1 to 52.',
          });
        lessons = [
          ...lessons.filter((x) => x.lessonId !== lesson.id),
          {
            lessonId: lesson.id,
            title: lesson.title,
            week: edit.week,
            reasons: [BY_CLINICIAN],
            evidence: lesson.evidence,
          },
        ];
        break;
      }
      case 'remove-lesson':
        if (!lessons.some((x) => x.lessonId === edit.lessonId))
          return err({
            kind: 'not-in-plan',
            path: at('lessonId'),
            message: `${edit.lessonId} is not in the plan.`,
          });
        lessons = lessons.filter((x) => x.lessonId !== edit.lessonId);
        break;
      case 'set-fear-hierarchy': {
        // The assessment's own rule for a hierarchy: 3-6 activities, named, fear 0-100.
        const parsed = fearHierarchySchema.safeParse(edit.hierarchy);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = ['hierarchy', ...(issue?.path ?? []).map(String)].join('.');
          return err({
            kind: 'invalid-hierarchy',
            path: at(where),
            message: issue?.message ?? 'Not a fear hierarchy.',
          });
        }
        const fromWeek = edit.fromWeek ?? 1;
        if (!Number.isInteger(fromWeek) || fromWeek < 1 || fromWeek > PLAN_WEEKS.total)
          return err({
            kind: 'invalid-hierarchy',
            path: at('fromWeek'),
            message: `The first week is a whole number from 1 to ${PLAN_WEEKS.total}.`,
          });
        const exposure = planGradedExposure(parsed.data, fromWeek);
        gradedExposure = exposure;
        // The note asking for the hierarchy is done with.
        clinicianNotes = clinicianNotes.filter((n) => !n.startsWith(RECORD_HIERARCHY_NOTE));
        const current = exercises.find((x) => x.exerciseId === GRADED_EXPOSURE_TASK);
        const task = current ?? exerciseItem(catalog, GRADED_EXPOSURE_TASK);
        if (task === null)
          return err({
            kind: 'unknown-id',
            path: at('hierarchy'),
            message: `No exercise in the catalogue has the id ${GRADED_EXPOSURE_TASK}.`,
          });
        const staged = {
          ...task,
          stages: gradedExposureStages(exposure, task.name),
          reasons: current === undefined ? [...exposure.reasons] : task.reasons,
          evidence: [...new Set([...task.evidence, ...exposure.evidence])],
        };
        exercises =
          current === undefined
            ? [...exercises, staged]
            : exercises.map((x) => (x.exerciseId === GRADED_EXPOSURE_TASK ? staged : x));
        break;
      }
    }
  }
  const seconds = exercises.reduce(
    (t, x) => t + secondsPerSession(x.dose) * x.frequency.timesPerDay,
    0,
  );
  const edited: Plan = {
    ...plan,
    exercises,
    interventions,
    lessons,
    gradedExposure,
    clinicianNotes,
    minutes: { budget: plan.minutes.budget, planned: Math.round(seconds / 6) / 10 },
  };
  const warnings: (PlanWarning | DoseJumpWarning)[] = checkPlan(edited, catalog);
  for (const item of exercises) {
    const before = plan.exercises.find((x) => x.exerciseId === item.exerciseId);
    const jump = before === undefined ? null : doseJumpWarning(item.exerciseId, before, item);
    if (jump !== null) warnings.push(jump);
  }
  return ok({ plan: edited, warnings });
}
