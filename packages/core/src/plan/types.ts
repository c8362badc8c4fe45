import type { Equipment } from '../assessment/vocabulary.js';
import type { Dose, EvidenceStatus, Frequency, Position, ToleranceTag } from '../catalog/types.js';
import type { ExerciseCategory } from '../assessment/vocabulary.js';
import type { EvidenceId } from '../evidence.js';
import type { RiskLevel } from '../instruments/types.js';
import type { Finding, RedFlagQuestionId } from '../red-flags/types.js';
import type { TreatmentApproach } from '../stratification/approach.js';
import type { Direction } from '../stratification/directional-preference.js';
import type { EpisodeStage } from '../stratification/stage.js';
import type { Tolerance } from '../stratification/tolerance.js';

/** Why an element is in the plan: sentences a clinician can check, and their sources. */
export interface Rationale {
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

export interface PlanExercise extends Rationale {
  readonly exerciseId: string;
  readonly name: string;
  readonly category: ExerciseCategory;
  readonly level: number;
  readonly position: Position;
  readonly dose: Dose;
  readonly frequency: Frequency;
  /** Estimated minutes for one session of this exercise, and for a day of it. */
  readonly minutesPerSession: number;
  readonly minutesPerDay: number;
  readonly tolerance: readonly ToleranceTag[];
  readonly status: EvidenceStatus;
}

export interface PlanLesson extends Rationale {
  readonly lessonId: string;
  readonly title: string;
  /** The week of the plan (1-based) in which the lesson is offered. */
  readonly week: number;
}

export interface PlanIntervention extends Rationale {
  readonly interventionId: string;
  readonly name: string;
  readonly setting: 'clinic' | 'self-care';
  readonly status: EvidenceStatus;
  readonly onlyWithExercise: boolean;
}

export interface ActivityWeek {
  readonly week: number;
  readonly minutesPerDay: number;
  readonly daysPerWeek: number;
  /** Split into this many bouts a day (shorter bouts for extension intolerance). */
  readonly bouts: number;
}

export interface ActivityGoal extends Rationale {
  readonly activity: 'walking' | 'cycling' | 'water-walking';
  readonly exerciseId: string;
  readonly baselineMinutesPerDay: number;
  /** Time-contingent quotas from a baseline (macedo-2012), rather than pain-contingent. */
  readonly graded: boolean;
  readonly weeks: readonly ActivityWeek[];
}

export interface Phase {
  readonly id: 'settle' | 'build' | 'return';
  readonly name: string;
  readonly fromWeek: number;
  readonly toWeek: number;
  readonly targets: readonly string[];
}

/** What the plan was tailored to; kept so edits can be checked against it. */
export interface PlanContext {
  readonly approach: TreatmentApproach;
  readonly risk: RiskLevel | null;
  readonly stage: EpisodeStage;
  readonly tolerance: Tolerance;
  readonly preference: Direction | null;
  readonly avoid: readonly Direction[];
  readonly equipment: readonly Equipment[];
  readonly minutesPerDay: number;
  readonly maxLevel: number;
  readonly psychologicallyInformed: boolean;
}

export interface Plan {
  readonly ruleSetVersion: string;
  readonly catalogVersion: string;
  readonly assessmentId: string | null;
  readonly startDate: string;
  readonly reviewDate: string;
  readonly dischargeBy: string;
  readonly context: PlanContext;
  readonly exercises: readonly PlanExercise[];
  readonly lessons: readonly PlanLesson[];
  readonly activityGoal: ActivityGoal;
  readonly interventions: readonly PlanIntervention[];
  readonly phases: readonly Phase[];
  readonly clinicContacts: Rationale & { readonly summary: string };
  readonly referrals: readonly Finding[];
  readonly dischargeCriteria: readonly string[];
  /** Daily home-exercise minutes planned, against the patient's budget. */
  readonly minutes: { readonly budget: number; readonly planned: number };
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** A clinician's record that an urgent red flag was reviewed before a plan. */
export interface RedFlagReview {
  readonly reviewedBy: string;
  readonly reviewedOn: string;
  readonly outcome: string;
}

export interface PlanOptions {
  /** First day of the plan; default the assessment's as-of date. */
  readonly startDate?: string;
  /** Overrides the assessment's minutes a day (the CLI's --minutes). */
  readonly minutesPerDay?: number;
  /** Required when the screen's triage is urgent. */
  readonly redFlagReview?: RedFlagReview;
}

export type PlanRefusal =
  | {
      readonly kind: 'emergency-triage';
      readonly message: string;
      readonly findings: readonly Finding[];
    }
  | {
      /** Questions with no answer: each must be answered yes, no, or not asked with a reason. */
      readonly kind: 'incomplete-screen';
      readonly message: string;
      readonly unanswered: readonly RedFlagQuestionId[];
    }
  | {
      readonly kind: 'urgent-triage-not-reviewed';
      readonly message: string;
      readonly findings: readonly Finding[];
    }
  | { readonly kind: 'invalid-options'; readonly message: string; readonly field: string };
