import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * The first schema. Every table of patient data has `clinic_id` first in its primary key, so
 * PostgreSQL can be sharded by clinic (Citus) without changing keys. Nothing clinical is deleted:
 * rows change status. Written with the schema builder so both dialects run the same file.
 */
export function initial(dialect: DialectName) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('clinic')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await s
        .createTable('user')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinic.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await s
        .createTable('session')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('user.id'))
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .execute();
      await s
        .createTable('invite')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('patient_id', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('expires_at', t.timestamp, (c) => c.notNull())
        .addColumn('used_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();

      const patientTable = (name: string) =>
        s
          .createTable(name)
          .addColumn('clinic_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${name}_pk`, ['clinic_id', 'id']);

      await patientTable('patient')
        .addColumn('user_id', 'text')
        .addColumn('therapist_id', 'text', (c) => c.notNull())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('episode')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('onset_date', t.date, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('assessment')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('episode_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('assessed_on', t.date, (c) => c.notNull())
        .addColumn('answers', t.json, (c) => c.notNull())
        .addColumn('result', t.json, (c) => c.notNull())
        .addColumn('triage', 'text', (c) => c.notNull())
        .addColumn('rule_version', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('red_flag_review')
        .addColumn('assessment_id', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'text', (c) => c.notNull())
        .addColumn('reviewed_on', t.date, (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('plan')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('episode_id', 'text', (c) => c.notNull())
        .addColumn('assessment_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('plan', t.json, (c) => c.notNull())
        .addColumn('rule_version', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('plan_version_unique', [
          'clinic_id',
          'patient_id',
          'episode_id',
          'version',
        ])
        .execute();
      await patientTable('journal_entry')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('client_key', 'text', (c) => c.notNull())
        .addColumn('performed_on', t.date, (c) => c.notNull())
        .addColumn('entry', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('journal_client_key_unique', ['clinic_id', 'patient_id', 'client_key'])
        .execute();
      await patientTable('morning_check')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('client_key', 'text', (c) => c.notNull())
        .addColumn('date', t.date, (c) => c.notNull())
        .addColumn('check', t.json, (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('morning_client_key_unique', ['clinic_id', 'patient_id', 'client_key'])
        .execute();
      await patientTable('measure')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('side', 'text')
        .addColumn('value', t.real, (c) => c.notNull())
        .addColumn('answers', t.json)
        .addColumn('taken_on', t.date, (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('proposal')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text', (c) => c.notNull())
        .addColumn('exercise_id', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('proposal', t.json, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', t.timestamp)
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await patientTable('alert')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('on_date', t.date, (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('acknowledged_by', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addUniqueConstraint('alert_dedupe_unique', ['clinic_id', 'patient_id', 'dedupe_key'])
        .execute();
      await patientTable('feedback')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('journal_entry_id', 'text')
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await s
        .createTable('audit_event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('clinic_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('resource_type', 'text', (c) => c.notNull())
        .addColumn('resource_id', 'text')
        .addColumn('patient_id', 'text')
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .execute();

      for (const [table, columns] of [
        ['patient', ['clinic_id', 'therapist_id']],
        ['assessment', ['clinic_id', 'patient_id']],
        ['plan', ['clinic_id', 'patient_id', 'status']],
        ['journal_entry', ['clinic_id', 'patient_id', 'performed_on']],
        ['morning_check', ['clinic_id', 'patient_id', 'date']],
        ['measure', ['clinic_id', 'patient_id', 'kind']],
        ['proposal', ['clinic_id', 'patient_id', 'status']],
        ['alert', ['clinic_id', 'status']],
        ['audit_event', ['clinic_id', 'at']],
        ['session', ['user_id']],
      ] as const) {
        await s
          .createIndex(`${table}_${columns.join('_')}_idx`)
          .on(table)
          .columns([...columns])
          .execute();
      }
    },
  };
}
