import type { Equipment, TreatmentRequest } from '../assessment/vocabulary.js';
import type { Dose, EvidenceStatus, Frequency, Position, ToleranceTag } from '../catalog/types.js';
import type { ExerciseCategory } from '../assessment/vocabulary.js';
import type { EvidenceId } from '../evidence.js';
import type { RiskLevel } from '../instruments/types.js';
import type { Finding, RedFlagQuestionId } from '../red-flags/types.js';
import type { TreatmentApproach } from '../stratification/approach.js';
import type { Direction } from '../stratification/directional-preference.js';
import type { ConditionRuleId } from './condition-rules.js';
import type { EpisodeStage } from '../stratification/stage.js';
import type { Tolerance } from '../stratification/tolerance.js';

/** Why an element is in the plan: sentences a clinician can check, and their sources. */
export interface Rationale {
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** A week-range step of one exercise's path (a chain step, with its effort and load targets). */
export interface ExerciseStage {
  readonly fromWeek: number;
  readonly toWeek: number;
  /** The chain step for these weeks. */
  readonly exerciseId: string;
  readonly name: string;
  /** Our words, for the patient. */
  readonly instruction: string;
  /** Rating of perceived exertion, 0-10. */
  readonly effort?: { readonly min: number; readonly max: number };
  readonly loadIncreasePercentPerWeek?: { readonly min: number; readonly max: number };
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
  /** The exercise's path over the weeks; [] when it has no staged path. */
  readonly stages: readonly ExerciseStage[];
  /** The centre of the early plan (the directional preference). */
  readonly centre: boolean;
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
  /** The minutes a day the weeks build to (never below the baseline). */
  readonly targetMinutesPerDay: number;
  /** Interval: bouts of walking with rests (stenosis, short walking tolerance). */
  readonly pattern: 'continuous' | 'interval';
  /** Walk leaning slightly forward (a trolley, poles): eases stenosis symptoms. */
  readonly forwardLean: boolean;
}

/** A goal the plan is measured against, re-scored at each review. */
export interface MeasurableGoal extends Rationale {
  /** 'psfs:<index>', 'odi', 'rmdq', 'walking-minutes'. */
  readonly id: string;
  readonly measure: 'psfs-activity' | 'odi' | 'rmdq' | 'walking-minutes';
  /** E.g. "Walk 45 minutes a day", "ODI 24 or less". */
  readonly label: string;
  /** The PSFS activity. */
  readonly activity?: string;
  readonly baseline: number;
  readonly target: number;
  /** Up: higher is better (PSFS, walking). */
  readonly direction: 'up' | 'down';
  /** '/10', '%', 'points', 'min/day'. */
  readonly unit: string;
  /** YYYY-MM-DD: the review date or the discharge date. */
  readonly by: string;
}

/** A goal re-scored against the latest measures. */
export interface GoalProgress {
  readonly goalId: string;
  readonly current: number | null;
  readonly met: boolean | null;
  readonly text: string;
}

/** One feared activity of the patient's hierarchy, scheduled for a week. */
export interface GradedExposureStep {
  readonly activity: string;
  readonly fear: number;
  readonly week: number;
}

export interface GradedExposure {
  /** Lowest fear first, one a week from week 1 (time-contingent). */
  readonly steps: readonly GradedExposureStep[];
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

/** The plan's answer to a treatment the patient asked for. */
export interface PlanRequestAnswer {
  readonly request: TreatmentRequest;
  /** The lesson added to answer it, or null when the answer is a message only. */
  readonly lessonId: string | null;
  /** For the therapist. */
  readonly message: string;
  readonly evidence: readonly EvidenceId[];
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
  /**
   * The condition rules (condition-rules.ts) that shaped the choice, so an edit adding an
   * exercise one of them leaves out is warned about; absent on plans made before them.
   */
  readonly conditions?: readonly ConditionRuleId[];
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
  /** 1-3 goals from the assessment. */
  readonly goals: readonly MeasurableGoal[];
  /** One sentence: what the early plan centres on. */
  readonly focus: string | null;
  readonly gradedExposure: GradedExposure | null;
  readonly requests: readonly PlanRequestAnswer[];
  /** What the therapist should do (record a hierarchy, take a missing baseline, discuss a request). */
  readonly clinicianNotes: readonly string[];
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
