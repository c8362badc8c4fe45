import type { Dose } from '@backplan/core';

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
  readonly createdAt: string;
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
  readonly status: 'blocked' | 'needs-review' | 'allowed';
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
