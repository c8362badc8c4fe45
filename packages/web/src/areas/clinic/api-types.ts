import type { Dose, Plan } from '@backplan/core';

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

export type { Feedback, JournalItem, MorningCheck } from '../../api/types';

export interface Measure {
  readonly id: string;
  readonly kind: string;
  readonly side: string | null;
  readonly value: number;
  readonly takenOn: string;
  readonly createdAt: string;
}

export interface AssessmentSummary {
  readonly id: string;
  readonly assessedOn: string;
  readonly kind: 'initial' | 'reassessment';
  readonly triage: string;
  readonly planGate: { readonly status: 'blocked' | 'needs-review' | 'allowed' };
  readonly createdAt: string;
}

export interface PlanSummary {
  readonly id: string;
  readonly assessmentId: string;
  readonly version: number;
  readonly status: 'active' | 'superseded';
  readonly createdAt: string;
}

export interface PlanVersion extends PlanSummary {
  readonly plan: Plan;
}

export interface StaffMember {
  readonly id: string;
  readonly name: string;
  readonly role: 'admin' | 'therapist';
  readonly status: 'active' | 'disabled';
}
