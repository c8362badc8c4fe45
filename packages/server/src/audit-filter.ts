import type { SelectQueryBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from './db/schema.js';

/** The audit view's filters on what happened: allowed or refused, and the action. */
export const auditFilterFields = {
  outcome: z.enum(['allowed', 'refused']).optional(),
  action: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9.-]+$/, 'Use an action such as request.refused or auth.sign-in.')
    .optional(),
};

export interface AuditFilter {
  readonly outcome?: 'allowed' | 'refused' | undefined;
  readonly action?: string | undefined;
}

/** The audit query narrowed to an outcome and an action (exact). */
export function applyAuditFilter<O>(
  query: SelectQueryBuilder<Database, 'audit_event', O>,
  filter: AuditFilter,
): SelectQueryBuilder<Database, 'audit_event', O> {
  let q = query;
  if (filter.outcome !== undefined) q = q.where('outcome', '=', filter.outcome);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  return q;
}
