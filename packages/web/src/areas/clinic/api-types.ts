import type { Dose } from '@backplan/core';
import type { SafetyDecision, SafetyOutcome, SafetySource } from '../../api/types';

/**
 * The API's views the clinic screens read, as the server's presenters define them
 * (packages/server/src/presenters). Kept to the fields these screens use.
 */
export type AlertLevel = 'warning' | 'high' | 'critical';

export interface Patient {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly therapistId: string;
  readonly status: 'active' | 'discharged' | 'erased';
  readonly hasAccount: boolean;
  readonly createdAt: string;
  readonly therapistName: string | null;
  readonly activePlan: { readonly id: string; readonly version: number } | null;
  /** The date of the latest logged session, if any. */
  readonly lastSessionOn: string | null;
  readonly phone: string | null;
  readonly emergencyContact: EmergencyContact | null;
  /** Null while the patient is clear; else the safety state and why. */
  readonly safety: PatientSafety | null;
  readonly programmePaused: boolean;
  readonly disengagedAt: string | null;
  readonly lastSafetyDecision: (SafetyDecision & { readonly decidedByName: string | null }) | null;
}

export interface EmergencyContact {
  readonly name: string;
  readonly phone: string;
}

export interface PatientSafety {
  readonly state: 'urgent' | 'emergency';
  readonly since: string | null;
  readonly source: SafetySource | null;
  readonly symptoms: readonly string[];
  readonly findings: readonly { readonly flagName: string; readonly level: string }[];
}

/** The findings behind a red-flag alert (the patient's safety detail when it was raised). */
export interface RedFlagDetail {
  readonly source: SafetySource;
  readonly reportedAt: string;
  readonly symptoms: readonly string[];
  readonly findings: readonly {
    readonly flag: string;
    readonly flagName: string;
    readonly level: string;
    readonly action: string;
    readonly patientAction: string | null;
  }[];
  /** The state the red flag asked for: `clear` when it raised an alert without a pause. */
  readonly state: 'clear' | 'urgent' | 'emergency';
}

export interface Alert {
  readonly id: string;
  readonly patientId: string;
  readonly type: string;
  readonly level: AlertLevel;
  readonly message: string;
  readonly onDate: string;
  readonly status: 'open' | 'acknowledged';
  readonly acknowledgedBy: string | null;
  readonly createdAt: string;
  /** A red-flag alert's recorded outcome (required to close one). */
  readonly outcome: SafetyOutcome | null;
  readonly note: string | null;
  readonly decidedAt: string | null;
  readonly acknowledgedByName: string | null;
  readonly detail: RedFlagDetail | null;
  /** What the alert proposes the clinician does, if anything. */
  readonly action: 'mark-disengaged' | null;
}

export interface Proposal {
  readonly id: string;
  readonly planId: string;
  readonly exerciseId: string;
  readonly name: string;
  readonly action: 'progress' | 'hold' | 'regress';
  readonly change: {
    readonly variable: string;
    readonly from: number;
    readonly to: number;
    readonly toExerciseId?: string;
    readonly dose: Dose;
    readonly doseText: string;
  } | null;
  readonly reasons: readonly string[];
  readonly evidence: readonly string[];
  readonly status: 'open' | 'accepted' | 'rejected' | 'superseded';
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  /** The reason of a rejection, or the note on an acceptance. */
  readonly decisionNote: string | null;
  readonly createdAt: string;
}

export type DecisionKind =
  | 'proposal-accepted'
  | 'proposal-rejected'
  | 'alert-acknowledged'
  | 'safety-decision'
  | 'plan-published'
  | 'engagement';

/** One clinical decision on the patient's timeline (`GET .../decisions`). */
export interface Decision {
  readonly kind: DecisionKind;
  readonly at: string;
  readonly byName: string | null;
  readonly exerciseId?: string;
  /** A proposal's action (progress, hold, regress); for engagement, `disengaged` or `engaged`. */
  readonly action?: string;
  /** The dose accepted, in words. */
  readonly doseText?: string;
  readonly note?: string;
  readonly reason?: string;
  readonly outcome?: SafetyOutcome;
  readonly alertType?: string;
  readonly planVersion?: number;
}

export type {
  Feedback,
  JournalItem,
  Measure,
  MorningCheck,
  PlanSummary,
  PlanVersion,
} from '../../api/types';

/** Whether a plan may be generated from an assessment, and why not. */
export interface PlanGate {
  readonly status: 'blocked' | 'needs-review' | 'incomplete' | 'allowed';
  readonly reasons: readonly string[];
  readonly evidence: readonly string[];
}

export interface AssessmentSummary {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly assessedOn: string;
  readonly kind: 'initial' | 'reassessment';
  readonly triage: string;
  readonly planGate: PlanGate;
  readonly ruleVersion: string;
  readonly createdAt: string;
}

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: 'admin' | 'therapist';
  readonly status: 'active' | 'disabled';
}
