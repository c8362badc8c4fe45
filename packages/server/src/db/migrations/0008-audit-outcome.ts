import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Audit what was refused (issue 13):
 * - `audit_event.outcome` (`allowed` or `refused`; every earlier event was allowed) and `reason`
 *   (the refusal's code: `unauthenticated`, `forbidden`, `not-found`, `csrf-failed`, ...);
 * - `anonymous_audit_event`: refusals of requests with no valid session, which belong to no clinic.
 *   They are kept apart rather than with a null `clinic_id`: every clinic's events stay keyed and
 *   shardable by clinic, and no clinic's admin sees attempts that may be about another clinic.
 *   Never a token, a password or a query string: the route's pattern, the reason, the address.
 */
export function auditOutcome(dialect: DialectName) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .alterTable('audit_event')
        .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('allowed'))
        .execute();
      await s.alterTable('audit_event').addColumn('reason', 'text').execute();
      await s
        .createTable('anonymous_audit_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .execute();
      await s
        .createIndex('anonymous_audit_event_at_idx')
        .on('anonymous_audit_event')
        .column('at')
        .execute();
      await s
        .createIndex('audit_event_clinic_id_outcome_at_idx')
        .on('audit_event')
        .columns(['clinic_id', 'outcome', 'at'])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('audit_event_clinic_id_outcome_at_idx').execute();
      await db.schema.dropTable('anonymous_audit_event').execute();
      await db.schema.alterTable('audit_event').dropColumn('reason').execute();
      await db.schema.alterTable('audit_event').dropColumn('outcome').execute();
    },
  };
}
