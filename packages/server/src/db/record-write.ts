import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { dialectOf } from './dialect.js';
import type { Database, EvaluationDueTable, NewAuditEvent } from './schema.js';
import { preparedQuery } from './prepared.js';
import { transact } from './transact.js';

type RecordTable = 'journal_entry' | 'morning_check' | 'measure' | 'symptom_report';
type Mark = Omit<Insertable<EvaluationDueTable>, 'id'>;

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

/** Every column of each record table, in the order the inserts bind them. */
const COLUMN_LISTS = {
  journal_entry: [
    'clinic_id',
    'id',
    'patient_id',
    'plan_id',
    'client_key',
    'performed_on',
    'entry',
    'created_at',
  ],
  morning_check: ['clinic_id', 'id', 'patient_id', 'client_key', 'date', 'check', 'created_at'],
  measure: [
    'clinic_id',
    'id',
    'patient_id',
    'kind',
    'side',
    'value',
    'answers',
    'taken_on',
    'client_key',
    'created_by',
    'created_at',
  ],
  symptom_report: [
    'clinic_id',
    'id',
    'patient_id',
    'client_key',
    'reported_on',
    'report',
    'created_at',
  ],
} as const satisfies { [T in RecordTable]: readonly (keyof Database[T] & string)[] };

/** The columns a table has but its list lacks (they would be left out of its inserts). */
type Missing<T extends RecordTable> = Exclude<keyof Database[T], (typeof COLUMN_LISTS)[T][number]>;
type AnyMissing = { [T in RecordTable]: Missing<T> }[RecordTable];

/** The lists, checked complete: a column left out turns this into a type error naming it. */
const RECORD_COLUMNS: [AnyMissing] extends [never] ? typeof COLUMN_LISTS : AnyMissing =
  COLUMN_LISTS;

/** The mark's columns; on PostgreSQL its `id` comes from the inserted record. */
const MARK_COLUMNS = ['clinic_id', 'patient_id', 'id', 'as_of', 'since'] as const;
const MARK_FROM_RECORD = MARK_COLUMNS.filter((c) => c !== 'id');
/** On PostgreSQL the audit event's `resource_id` comes from the inserted record. */
const AUDIT_FROM_RECORD = AUDIT_COLUMNS.filter((c) => c !== 'resource_id');

/** The arguments of the prepared inserts: record columns `r_`, audit columns `a_`, mark columns `m_`. */
type InsertArgs = Record<string, unknown>;

const prefixed = (prefix: string, columns: readonly string[], a: InsertArgs) =>
  Object.fromEntries(columns.map((c) => [c, a[`${prefix}${c}`]]));

/** The record's insert, skipped when its client key is taken: built and compiled once per table. */
function recordInsert(db: Pick<Kysely<Database>, 'insertInto'>, table: RecordTable, a: InsertArgs) {
  // One table's types stand for all: they differ only in the columns listed above, and each has
  // its unique (clinic_id, patient_id, client_key).
  return db
    .insertInto(table as 'journal_entry')
    .values(prefixed('r_', RECORD_COLUMNS[table], a) as Insertable<Database['journal_entry']>)
    .onConflict((oc) => oc.columns(['clinic_id', 'patient_id', 'client_key']).doNothing())
    .returningAll();
}

const byTable = <Q>(make: (table: RecordTable) => Q): Record<RecordTable, Q> => ({
  journal_entry: make('journal_entry'),
  morning_check: make('morning_check'),
  measure: make('measure'),
  symptom_report: make('symptom_report'),
});

/** SQLite: the record alone (its audit event and mark follow in the same unit). */
const insertRecord = byTable((table) =>
  preparedQuery((db, a: InsertArgs) => recordInsert(db, table, a)),
);

const insertAudit = preparedQuery((db, a: InsertArgs) =>
  db.insertInto('audit_event').values(prefixed('a_', AUDIT_COLUMNS, a) as NewAuditEvent),
);

const insertMark = preparedQuery((db, a: InsertArgs) =>
  db
    .insertInto('evaluation_due')
    .values(prefixed('m_', MARK_COLUMNS, a) as Insertable<EvaluationDueTable>),
);

/**
 * PostgreSQL: the record's insert, and the audit event and the mark inserted from its returned row,
 * as data-modifying CTEs of one statement. Parameters in an INSERT ... SELECT list are text to
 * PostgreSQL: timestamps and dates cast.
 */
const insertRecordWithAudit = byTable((table) =>
  preparedQuery((db, a: InsertArgs) =>
    db
      .with('record', (q) => recordInsert(q, table, a))
      .with(
        'audit',
        () => sql`(insert into audit_event
          (id, clinic_id, user_id, role, action, resource_type, resource_id, patient_id,
           request_id, ip, at)
          select ${a.a_id}, ${a.a_clinic_id}, ${a.a_user_id}, ${a.a_role}, ${a.a_action},
            ${a.a_resource_type}, record.id, ${a.a_patient_id}, ${a.a_request_id},
            ${a.a_ip}, cast(${a.a_at} as timestamptz)
          from record)`,
      )
      .with(
        'due',
        () => sql`(insert into evaluation_due (clinic_id, patient_id, id, as_of, since)
          select ${a.m_clinic_id}, ${a.m_patient_id}, record.id, cast(${a.m_as_of} as date),
            cast(${a.m_since} as timestamptz)
          from record)`,
      )
      .selectFrom('record')
      .selectAll(),
  ),
);

/** `row`'s values for `columns`, keyed `${prefix}${column}`; a column the row lacks is bound as null. */
function bind(
  prefix: string,
  columns: readonly string[],
  row: Readonly<Record<string, unknown>>,
): InsertArgs {
  const args: InsertArgs = {};
  for (const c of columns) args[`${prefix}${c}`] = row[c] ?? null;
  return args;
}

/**
 * The patient's record stored under a device's client key, or undefined: what a retried POST is
 * answered with (the one lookup of every idempotent record write).
 */
export async function storedRecord<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  patient: { readonly clinic_id: string; readonly id: string },
  clientKey: string,
): Promise<Selectable<Database[T]> | undefined> {
  // Widened to the union: every record table has these columns, and the row is the table's.
  const from: RecordTable = table;
  const row: unknown = await db
    .selectFrom(from)
    .selectAll()
    .where('clinic_id', '=', patient.clinic_id)
    .where('patient_id', '=', patient.id)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/**
 * Stores a patient's record (a session, a morning check, a questionnaire's answers, a symptom
 * report) once per client key, with its audit event and its mark for the progress queue, all or
 * nothing. Returns the stored row, or `undefined` when the key was taken already (a retry): then
 * nothing at all is written.
 *
 * This is the patient's most frequent write, so its statements are built and compiled once
 * (`preparedQuery`), and on PostgreSQL it is one statement: one round trip, atomic as any single
 * statement, instead of five (begin, three inserts, commit). SQLite has no data-modifying CTEs and
 * no round trips to save: there it is the same three inserts in one unit of the group commit.
 */
export async function insertRecordOnce<T extends RecordTable>(
  db: Kysely<Database>,
  table: T,
  values: Insertable<Database[T]>,
  audit: NewAuditEvent,
  mark: Mark,
): Promise<Selectable<Database[T]> | undefined> {
  if (dialectOf(db) === 'postgres') return insertRecordIn(db, table, values, audit, mark);
  return transact(db, (trx) => insertRecordIn(trx, table, values, audit, mark));
}

/**
 * `insertRecordOnce` inside the caller's transaction, for a record that writes more with it (a
 * red flag's safety state, the end of a disengagement): the same statements, and the caller's
 * commit makes them all durable together.
 */
export async function insertRecordIn<T extends RecordTable>(
  trx: Kysely<Database>,
  table: T,
  values: Insertable<Database[T]>,
  audit: NewAuditEvent,
  mark: Mark,
): Promise<Selectable<Database[T]> | undefined> {
  const columns: readonly string[] = RECORD_COLUMNS[table];
  // A value for a column the compiled insert does not bind would be lost without a word.
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !columns.includes(key)) {
      throw new Error(`insertRecordOnce: no column ${key} in the insert`);
    }
  }
  const record = bind('r_', columns, values);

  if (dialectOf(trx) === 'postgres') {
    const [stored] = await insertRecordWithAudit[table](trx, {
      ...record,
      ...bind('a_', AUDIT_FROM_RECORD, audit),
      ...bind('m_', MARK_FROM_RECORD, mark),
    });
    return stored as Selectable<Database[T]> | undefined;
  }
  const [stored] = await insertRecord[table](trx, record);
  if (stored === undefined) return undefined;
  await insertAudit(trx, bind('a_', AUDIT_COLUMNS, { ...audit, resource_id: stored.id }));
  await insertMark(trx, bind('m_', MARK_COLUMNS, { ...mark, id: stored.id }));
  return stored as Selectable<Database[T]>;
}

/**
 * Stores a batch of audit events (the reads' group commit), all or nothing, durable when it
 * resolves.
 *
 * On PostgreSQL one statement, which is atomic without a transaction (a transaction would add two
 * round trips), and the same statement for any number of events: one array per column, unnested
 * into rows. A multi-row VALUES list would be a new statement text, parsed and planned anew, for
 * every batch size. On SQLite a unit of the writes' group commit, sharing its fsync, with the
 * compiled single-row insert run once per event.
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
  await transact(db, async (trx) => {
    for (const event of events) await insertAudit(trx, bind('a_', AUDIT_COLUMNS, event));
  });
}
