import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database, EvaluationDueTable, NewAuditEvent } from './schema.js';
import { transact } from './transact.js';

type RecordTable = 'journal_entry' | 'morning_check' | 'measure';
type Mark = Omit<Insertable<EvaluationDueTable>, 'id'>;

/**
 * Stores a patient's record (a session, a morning check, a questionnaire's answers) once per client key, with its audit event and its mark for the
 * progress queue, all or nothing. Returns the stored row, or `undefined` when the key was taken
 * already (a retry): then nothing at all is written.
 *
 * This is the patient's most frequent write, so on PostgreSQL it is one statement (the record's
 * insert, and the audit event and the mark inserted from its returned row, as data-modifying CTEs):
 * one round trip, atomic as any single statement, instead of five (begin, three inserts, commit).
 * SQLite has no data-modifying CTEs and no round trips to save: there it is the same three inserts
 * in one unit of the group commit.
 */
export async function insertRecordOnce<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  values: Insertable<Database[T]>,
  audit: NewAuditEvent,
  mark: Mark,
): Promise<Selectable<Database[T]> | undefined> {
  // One table's types stand for all: they differ only in columns this code passes through, and
  // each has its unique (clinic_id, patient_id, client_key).
  const t = table as 'journal_entry';
  const row = values as Insertable<Database['journal_entry']>;
  const insert = (q: Pick<Kysely<Database>, 'insertInto'>) =>
    q
      .insertInto(t)
      .values(row)
      .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'client_key']).doNothing())
      .returningAll();

  if (dialectOf(db) === 'postgres') {
    // Parameters in an INSERT ... SELECT list are text to PostgreSQL: timestamps and dates cast.
    const stored = await db
      .with('record', (q) => insert(q))
      .with(
        'audit',
        () => sql`(insert into audit_event
          (id, clinic_id, user_id, role, action, resource_type, resource_id, patient_id,
           request_id, ip, at)
          select ${audit.id}, ${audit.clinic_id}, ${audit.user_id}, ${audit.role}, ${audit.action},
            ${audit.resource_type}, record.id, ${audit.patient_id}, ${audit.request_id},
            ${audit.ip}, cast(${audit.at} as timestamptz)
          from record)`,
      )
      .with(
        'due',
        () => sql`(insert into evaluation_due (clinic_id, patient_id, id, as_of, since)
          select ${mark.clinic_id}, ${mark.patient_id}, record.id, cast(${mark.as_of} as date),
            cast(${mark.since} as timestamptz)
          from record)`,
      )
      .selectFrom('record')
      .selectAll()
      .executeTakeFirst();
    return stored as Selectable<Database[T]> | undefined;
  }

  return transact(db, async (trx) => {
    const stored = await insert(trx).executeTakeFirst();
    if (stored === undefined) return undefined;
    await trx
      .insertInto('audit_event')
      .values({ ...audit, resource_id: stored.id })
      .execute();
    await trx
      .insertInto('evaluation_due')
      .values({ ...mark, id: stored.id })
      .execute();
    return stored as Selectable<Database[T]>;
  });
}

/** The audit table's columns, in the order `insertAuditEvents` sends them. */
const AUDIT_COLUMNS = [
  'id',
  'clinic_id',
  'user_id',
  'role',
  'action',
  'resource_type',
  'resource_id',
  'patient_id',
  'request_id',
  'ip',
  'at',
] as const;

/**
 * Stores a batch of audit events (the reads' group commit), all or nothing, durable when it
 * resolves.
 *
 * On PostgreSQL one statement, which is atomic without a transaction (a transaction would add two
 * round trips), and the same statement for any number of events: one array per column, unnested
 * into rows. A multi-row VALUES list would be a new statement text, parsed and planned anew, for
 * every batch size. On SQLite a unit of the writes' group commit, sharing its fsync.
 */
export async function insertAuditEvents(
  db: Kysely<Database>,
  events: readonly NewAuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  if (dialectOf(db) === 'postgres') {
    const column = (name: (typeof AUDIT_COLUMNS)[number]) => events.map((e) => e[name] ?? null);
    await sql`insert into audit_event (${sql.join(AUDIT_COLUMNS.map((c) => sql.ref(c)))})
      select * from unnest(
        ${column('id')}::text[], ${column('clinic_id')}::text[], ${column('user_id')}::text[],
        ${column('role')}::text[], ${column('action')}::text[], ${column('resource_type')}::text[],
        ${column('resource_id')}::text[], ${column('patient_id')}::text[],
        ${column('request_id')}::text[], ${column('ip')}::text[], ${column('at')}::timestamptz[]
      )`.execute(db);
    return;
  }
  await transact(db, (trx) =>
    trx
      .insertInto('audit_event')
      .values([...events])
      .execute(),
  );
}
