import { z } from 'zod';

/**
 * One clinical decision on a patient's timeline, newest first: who decided what, when. Only the
 * fields of its kind are present.
 */
export const decisionView = z.object({
  kind: z.enum([
    'proposal-accepted',
    'proposal-rejected',
    'alert-acknowledged',
    'safety-decision',
    'plan-published',
    'engagement',
  ]),
  at: z.string(),
  byName: z.string().nullable(),
  exerciseId: z.string().optional(),
  /** A proposal's action (progress, hold, regress); for engagement, `disengaged` or `engaged`. */
  action: z.string().optional(),
  /** The dose accepted (the proposal's, or the clinician's adjustment), in words. */
  doseText: z.string().optional(),
  note: z.string().optional(),
  reason: z.string().optional(),
  outcome: z.enum(['emergency-care', 'referred', 'cleared', 'discharged']).optional(),
  alertType: z.string().optional(),
  planVersion: z.number().int().optional(),
});

export type Decision = z.output<typeof decisionView>;
