import type { FieldIssue } from '../assessment/parse.js';
import type { PlanForProgress } from './plan-for-progress.js';

/** The part of a journal the check reads: each session's date and the exercises it logs. */
export interface JournalForPlanCheck {
  readonly entries: readonly {
    readonly performedOn: string;
    readonly exercises: readonly { readonly exerciseId: string }[];
  }[];
}

/**
 * What in a journal does not belong to the plan it is counted against: a session dated before
 * the plan began (`entries.N.performedOn`) and a logged exercise the plan does not hold
 * (`entries.N.exercises.M.exerciseId`). Such entries would be counted towards progression
 * silently, so the callers refuse the journal (CLI exit 2, API 422) rather than skip them.
 * Empty when everything matches. Dates are YYYY-MM-DD, so they compare as text.
 */
export function journalPlanIssues(
  plan: Pick<PlanForProgress, 'startDate' | 'exercises'>,
  journal: JournalForPlanCheck,
): FieldIssue[] {
  const inPlan = new Set(plan.exercises.map((e) => e.exerciseId));
  const issues: FieldIssue[] = [];
  journal.entries.forEach((entry, n) => {
    if (entry.performedOn < plan.startDate) {
      issues.push({
        path: `entries.${n}.performedOn`,
        message: `The session on ${entry.performedOn} is before the plan began on ${plan.startDate}.`,
      });
    }
    entry.exercises.forEach((log, m) => {
      if (!inPlan.has(log.exerciseId)) {
        issues.push({
          path: `entries.${n}.exercises.${m}.exerciseId`,
          message: `The exercise '${log.exerciseId}' is not in the plan.`,
        });
      }
    });
  });
  return issues;
}
