import type { Dose } from '../catalog/types.js';
import type { EvidenceId } from '../evidence.js';
import type { ChangeAssessment, InstrumentId } from '../instruments/types.js';
import type {
  Finding,
  JournalSymptomId,
  SafetyState,
  ScreenInput,
  Triage,
} from '../red-flags/types.js';

export type ProposalAction = 'progress' | 'hold' | 'regress';

export type DoseVariable = 'reps' | 'sets' | 'holdSeconds' | 'minutes' | 'metres' | 'level';

export interface ExerciseProposal {
  readonly exerciseId: string;
  readonly name: string;
  readonly action: ProposalAction;
  /** For progress and regress: the one variable that changes. */
  readonly change?: {
    readonly variable: DoseVariable;
    readonly from: number;
    readonly to: number;
    /** When the change is a move along the progression chain. */
    readonly toExerciseId?: string;
    readonly dose: Dose;
  };
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceId[];
}

export type AlertType = 'pain' | 'engagement' | 'function' | 'red-flag';
export type AlertLevel = 'warning' | 'high' | 'critical';

export interface Alert {
  readonly type: AlertType;
  readonly level: AlertLevel;
  readonly message: string;
  /** The date of the data that raised it. */
  readonly on: string;
  readonly evidence: readonly EvidenceId[];
  /** An action the clinician can take from the alert (progression.md: "mark disengaged"). */
  readonly action?: AlertAction;
}

export type AlertAction = 'mark-disengaged';

/** The re-screen of the symptoms reported recently, combined with the latest assessment. */
export interface JournalRescreen {
  readonly symptoms: readonly JournalSymptomId[];
  /** The latest day a symptom was reported on. */
  readonly reportedOn: string;
  readonly triage: Triage;
  /** Every finding of the combined screen, the assessment's included. */
  readonly findings: readonly Finding[];
  /** Findings the reported symptoms added or made more urgent. */
  readonly newFindings: readonly Finding[];
  /** `safetyStateOf(newFindings)`. */
  readonly safety: SafetyState;
}

export interface ReviewPrompt {
  readonly kind: 'reassess' | 'remeasure' | 'discharge';
  readonly message: string;
  readonly evidence: readonly EvidenceId[];
}

export interface MeasureChange {
  readonly instrument: InstrumentId;
  readonly from: { readonly score: number; readonly takenOn: string };
  readonly to: { readonly score: number; readonly takenOn: string };
  readonly change: ChangeAssessment | null;
}

export interface ProgressReport {
  readonly ruleSetVersion: string;
  readonly asOf: string;
  readonly weekOfPlan: number;
  readonly proposals: readonly ExerciseProposal[];
  readonly alerts: readonly Alert[];
  readonly rescreen: JournalRescreen | null;
  readonly reviewPrompts: readonly ReviewPrompt[];
  readonly measures: readonly MeasureChange[];
}

export interface ProgressOptions {
  /** Progressions already accepted recently, to keep to two a week. */
  readonly recentProgressions?: readonly { readonly exerciseId: string; readonly on: string }[];
  /** The latest assessment's screen input (`screenInputOf`); null or absent: no assessment. */
  readonly baseline?: ScreenInput | null;
  /** A clinician marked the patient disengaged: nothing progresses until they return. */
  readonly disengaged?: boolean;
}
