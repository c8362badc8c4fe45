import type { AssessmentResult, Plan, PlanEdit } from '@backplan/core';

/** The API's views that the intake screens read (packages/server/src/presenters). */

export interface PatientView {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly status: 'active' | 'discharged' | 'erased';
}

export interface PlanGateView {
  readonly status: 'blocked' | 'needs-review' | 'allowed';
  readonly reasons: readonly string[];
  readonly evidence: readonly string[];
}

export interface RedFlagReviewView {
  readonly id: string;
  readonly assessmentId: string;
  readonly reviewedBy: string;
  readonly reviewedOn: string;
  readonly outcome: string;
  readonly recordedBy: string;
  readonly createdAt: string;
}

export interface AssessmentSummaryView {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly assessedOn: string;
  readonly kind: 'initial' | 'reassessment';
  readonly triage: string;
  readonly planGate: PlanGateView;
  readonly ruleVersion: string;
  readonly createdAt: string;
}

export interface AssessmentView extends AssessmentSummaryView {
  readonly result: AssessmentResult;
  readonly redFlagReview: RedFlagReviewView | null;
}

export interface PlanSummaryView {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string;
  readonly assessmentId: string;
  readonly version: number;
  readonly status: 'active' | 'superseded';
  readonly ruleVersion: string;
  readonly createdAt: string;
}

export interface PlanVersionView extends PlanSummaryView {
  readonly plan: Plan;
}

export interface PlanWarningView {
  readonly code: string;
  readonly subject: string;
  readonly message: string;
  readonly evidence: readonly string[];
}

export interface PreviewView {
  readonly plan: Plan;
  readonly warnings: readonly PlanWarningView[];
}

export type { PlanEdit };
