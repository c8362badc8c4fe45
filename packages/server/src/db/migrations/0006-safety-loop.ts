import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * The safety loop (issue 12):
 * - the patient's safety state (`clear` / `urgent` / `emergency`) with its findings and where they
 *   came from, kept on the patient row so the day and the clinic's list read it without a join;
 *   the programme's pause; the last recorded safety decision (what the patient is told); when the
 *   patient was marked disengaged; phone numbers;
 * - the clinic's phone number (the patient's seek-care screen shows it);
 * - an alert's decision: the outcome a clinician recorded (required for a red-flag alert), an
 *   optional note, when; the findings behind a red-flag alert;
 * - a proposal's decision note (the reason for a rejection, the dose a clinician adjusted);
 * - symptom reports: red-flag symptoms a patient reports outside a session (allowed while the
 *   programme is paused), idempotent by the device's key like every other record.
 * Plans gain the status `draft` (a text column: no schema change).
 */
export function safetyLoop(dialect: DialectName) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s.alterTable('clinic').addColumn('phone', 'text').execute();
      for (const [column, type] of [
        ['phone', 'text'],
        ['emergency_contact_name', 'text'],
        ['emergency_contact_phone', 'text'],
        ['safety_detail', t.json],
        ['safety_since', t.timestamp],
        ['programme_paused_at', t.timestamp],
        ['last_safety_decision', t.json],
        ['disengaged_at', t.timestamp],
      ] as const) {
        await s.alterTable('patient').addColumn(column, type).execute();
      }
      await s
        .alterTable('patient')
        .addColumn('safety_state', 'text', (c) => c.notNull().defaultTo('clear'))
        .execute();
      for (const [column, type] of [
        ['outcome', 'text'],
        ['note', 'text'],
        ['decided_at', t.timestamp],
        ['detail', t.json],
      ] as const) {
        await s.alterTable('alert').addColumn(column, type).execute();
      }
      await s.alterTable('proposal').addColumn('decision_note', 'text').execute();
      await s
        .createTable('symptom_report')
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('client_key', 'text', (c) => c.notNull())
        .addColumn('reported_on', t.date, (c) => c.notNull())
        .addColumn('report', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint('symptom_report_pk', ['clinic_id', 'id'])
        .addUniqueConstraint('symptom_report_client_key_unique', [
          'clinic_id',
          'patient_id',
          'client_key',
        ])
        .execute();
    },
    async down(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s.dropTable('symptom_report').execute();
      await s.alterTable('proposal').dropColumn('decision_note').execute();
      for (const column of ['outcome', 'note', 'decided_at', 'detail']) {
        await s.alterTable('alert').dropColumn(column).execute();
      }
      for (const column of [
        'phone',
        'emergency_contact_name',
        'emergency_contact_phone',
        'safety_state',
        'safety_detail',
        'safety_since',
        'programme_paused_at',
        'last_safety_decision',
        'disengaged_at',
      ]) {
        await s.alterTable('patient').dropColumn(column).execute();
      }
      await s.alterTable('clinic').dropColumn('phone').execute();
    },
  };
}
