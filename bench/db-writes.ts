/**
 * The patient's record write on the embedded SQLite without HTTP: how much of the event loop one
 * journal entry takes (the entry, its audit event and its outbox mark, as one unit of the group
 * commit), with fifty writes in flight as under the API benchmark. Also with the statement journal
 * in a temporary file (SQLite's default), which the server does not use: that row shows why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { newSequentialId } from '../packages/server/src/auth/tokens.js';
import { openDatabase } from '../packages/server/src/db/dialect.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { insertRecordOnce } from '../packages/server/src/db/record-write.js';

const IN_FLIGHT = 50;
const ROUNDS = 3;
const WRITES = 6_000;

const entry = JSON.stringify({
  performedOn: '2026-11-22',
  exercises: ['bird-dog', 'cat-camel', 'curl-up', 'hip-hinge-dowel', 'side-plank-knees'].map(
    (exerciseId) => ({ exerciseId, completion: 'done' }),
  ),
  painBefore: 3,
  painDuring: 3,
  effort: 5,
  legPainSpread: false,
  newSymptoms: [],
});

/** Microseconds of event-loop time per write, for `WRITES` writes kept `IN_FLIGHT` at a time. */
async function eventLoopPerWrite(tempStore: 'MEMORY' | 'FILE'): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'backplan-bench-db-'));
  const db = openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(db);
    await sql`${sql.raw(`pragma temp_store = ${tempStore}`)}`.execute(db.kysely);
    let next = 0;
    const write = async (): Promise<void> => {
      for (let n = next++; n < WRITES; n = next++) {
        const now = new Date();
        const id = newSequentialId(now.getTime());
        const at = now.toISOString();
        const patientId = `bench-patient-${String(n % 6)}`;
        await insertRecordOnce(
          db.kysely,
          'journal_entry',
          {
            clinic_id: 'bench-clinic',
            id,
            patient_id: patientId,
            plan_id: 'bench-plan',
            client_key: `bench-${String(n)}`,
            performed_on: '2026-11-22',
            entry,
            created_at: at,
          },
          {
            id: newSequentialId(now.getTime()),
            clinic_id: 'bench-clinic',
            user_id: 'bench-user',
            role: 'patient',
            action: 'journal-entry.create',
            resource_type: 'journal-entry',
            resource_id: id,
            patient_id: patientId,
            request_id: `bench-request-${String(n)}`,
            ip: '127.0.0.1',
            at,
          },
          {
            clinic_id: 'bench-clinic',
            patient_id: patientId,
            as_of: '2026-11-22',
            since: at,
          },
        );
      }
    };
    const before = performance.eventLoopUtilization();
    await Promise.all(Array.from({ length: IN_FLIGHT }, write));
    const used = performance.eventLoopUtilization(before);
    return (used.active * 1000) / WRITES;
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Prints the event loop's microseconds per journal entry, median of a few rounds each. */
export async function benchDbWrites(): Promise<void> {
  const rounds: Record<'MEMORY' | 'FILE', number[]> = { MEMORY: [], FILE: [] };
  for (let r = 0; r < ROUNDS; r++) {
    // Alternated, so a slower moment of the machine does not favour either.
    for (const mode of ['MEMORY', 'FILE'] as const)
      rounds[mode].push(await eventLoopPerWrite(mode));
  }
  console.log(
    `\nJournal entry write on SQLite without HTTP (${String(WRITES)} writes, ${String(IN_FLIGHT)} in flight; event-loop time per write, median of ${String(ROUNDS)})`,
  );
  console.log(
    `  statement journal in memory (the server)     ${median(rounds.MEMORY).toFixed(1).padStart(7)} us`,
  );
  console.log(
    `  statement journal in a temporary file        ${median(rounds.FILE).toFixed(1).padStart(7)} us`,
  );
}
