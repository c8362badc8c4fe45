import type { AssessmentResult, Plan, PlanEdit, RedFlagReview } from '@backplan/core';
import type { AssessmentSummary } from '../api-types';

/** The API's views that the intake screens read (packages/server/src/presenters). */

/** The core's review record (who, when, outcome) as stored. */
export interface RedFlagReviewView extends RedFlagReview {
  readonly id: string;
  readonly assessmentId: string;
  readonly recordedBy: string;
  readonly createdAt: string;
}

export interface AssessmentView extends AssessmentSummary {
  readonly result: AssessmentResult;
  readonly redFlagReview: RedFlagReviewView | null;
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
