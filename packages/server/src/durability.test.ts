/**
 * Durability: the built server as a child process takes concurrent journal writes, is killed with
 * SIGKILL mid-stream, and is restarted on the same database. Every acknowledged entry must be
 * there exactly once, and retrying an unacknowledged one must neither fail nor duplicate it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './seed/demo-people.js';
import { createTestDb, DIALECTS, type TestDb } from './test-db.js';
import {
  signInOver,
  startServerProcess,
  type ServerProcess,
  type SignedIn,
} from './test-server-process.js';

const PATIENT_EMAIL = 'maria@demo.backplan.test';
/** Requests in flight at once. */
const IN_FLIGHT = 8;
/** Kill once this many writes were acknowledged (or after KILL_AFTER_MS, whichever is first). */
const KILL_AFTER_ACKS = 40;
const KILL_AFTER_MS = 8_000;
/** Stop sending new writes at this many attempts, whatever happens (a guard, not the plan). */
const MAX_ATTEMPTS = 5_000;

function fail(message: string): never {
  throw new Error(message);
}

interface Today {
  date: string;
  exercises: { exerciseId: string }[];
}

/** A session the patient logs; only the client key differs between writes. */
function journalBody(today: Today, clientKey: string) {
  return {
    clientKey,
    performedOn: today.date,
    exercises: today.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
    painBefore: 3,
    painDuring: 3,
    effort: 5,
    legPainSpread: false,
    newSymptoms: [],
  };
}

async function readToday(url: string, session: SignedIn, patientId: string): Promise<Today> {
  const res = await fetch(`${url}/api/patients/${patientId}/today`, {
    headers: { cookie: session.cookie },
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET today: ${res.status} ${text}`);
  return (JSON.parse(text) as { today: Today }).today;
}

function postJournal(
  url: string,
  session: SignedIn,
  patientId: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${url}/api/patients/${patientId}/journal`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
}

describe.each(DIALECTS)('durability of journal writes on %s', (dialect) => {
  const servers: ServerProcess[] = [];
  let testDb: TestDb | undefined;

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGKILL')));
    if (testDb === undefined) return;
    // pg-pool's end() resolves before its sockets have closed; `drop database ... with (force)`
    // right after would terminate them mid-close, an unhandled 57P01 in this process. Close first
    // and give the backends a moment to go (drop() closing again is a no-op).
    await testDb.db.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await testDb.drop();
  });

  /** Rows per client key of the patient, read straight from the database. */
  async function rowsByKey(patientId: string): Promise<Map<string, number>> {
    if (testDb === undefined) throw new Error('no database');
    const rows = await testDb.db.kysely
      .selectFrom('journal_entry')
      .select(['client_key'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('patient_id', '=', patientId)
      .groupBy('client_key')
      .execute();
    return new Map(rows.map((r) => [r.client_key, r.n]));
  }

  it(
    'keeps every acknowledged entry exactly once across a SIGKILL',
    { timeout: 30_000 },
    async () => {
      testDb = await createTestDb(dialect);
      const first = await startServerProcess({ env: testDb.env });
      servers.push(first);
      const session = await signInOver(first.url, PATIENT_EMAIL, DEMO_PASSWORD);
      const patientId: string = session.patientId ?? fail(`${PATIENT_EMAIL} has no patient record`);
      const today = await readToday(first.url, session, patientId);
      expect(today.exercises.length).toBeGreaterThan(0);
      const before = await rowsByKey(patientId);

      const run = `dur-${dialect}-${Date.now().toString(36)}`;
      const acknowledged = new Set<string>();
      /** Sent, but no 2xx came back: the connection died (or, unexpectedly, a non-2xx). */
      const unacknowledged = new Set<string>();
      const rejected: string[] = [];
      let attempts = 0;
      /** Set when the kill is decided; an object so the writers' closures see it change. */
      const state = { stopped: false };
      let killed: Promise<unknown> | null = null;
      const killFirst = () => {
        state.stopped = true;
        killed ??= first.kill('SIGKILL');
      };
      const timer = setTimeout(killFirst, KILL_AFTER_MS);

      async function writer(): Promise<void> {
        while (!state.stopped && attempts < MAX_ATTEMPTS) {
          const key = `${run}-${String(attempts++)}`;
          try {
            const res = await postJournal(first.url, session, patientId, journalBody(today, key));
            const text = await res.text();
            if (res.status === 200 || res.status === 201) {
              acknowledged.add(key);
              if (acknowledged.size >= KILL_AFTER_ACKS) killFirst();
            } else {
              unacknowledged.add(key);
              rejected.push(`${key}: ${res.status} ${text.slice(0, 200)}`);
            }
          } catch {
            // The server died under this request: it may or may not have committed it.
            unacknowledged.add(key);
          }
        }
      }
      await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
      clearTimeout(timer);
      killFirst();
      const exit = await first.exited;

      // A non-2xx answer (the server was up to send it) would be a bug of its own.
      expect(rejected).toEqual([]);
      expect(exit.signal).toBe('SIGKILL');
      expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      // The kill must have landed with requests still in flight.
      expect(unacknowledged.size).toBeGreaterThan(0);

      const second = await startServerProcess({ env: testDb.env });
      servers.push(second);

      const after = await rowsByKey(patientId);
      const lost = [...acknowledged].filter((k) => after.get(k) !== 1);
      expect(lost, `acknowledged but missing or duplicated: ${lost.join(', ')}`).toEqual([]);
      // Unacknowledged writes may or may not have been committed, but never twice.
      for (const key of unacknowledged) expect(after.get(key) ?? 0).toBeLessThanOrEqual(1);
      // Nothing else appeared: the seed's entries and this run's keys only.
      for (const [key, n] of after) {
        if (before.has(key)) expect(n).toBe(before.get(key));
        else expect(acknowledged.has(key) || unacknowledged.has(key), key).toBe(true);
      }

      // The device retries what it never saw acknowledged (and one acknowledged key, as a control).
      const retried = [...unacknowledged].slice(0, 12);
      const control = [...acknowledged][0];
      if (control !== undefined) retried.push(control);
      const again = await signInOver(second.url, PATIENT_EMAIL, DEMO_PASSWORD);
      const statuses = await Promise.all(
        retried.map(async (key) => {
          const res = await postJournal(second.url, again, patientId, journalBody(today, key));
          await res.arrayBuffer();
          return { key, status: res.status, wasStored: after.get(key) === 1 };
        }),
      );
      for (const s of statuses) {
        // A stored entry answers as a retry (200); a lost unacknowledged one is created now (201).
        expect(s, s.key).toEqual({ ...s, status: s.wasStored ? 200 : 201 });
      }
      const final = await rowsByKey(patientId);
      for (const key of retried) expect(final.get(key), key).toBe(1);
      for (const key of acknowledged) expect(final.get(key), key).toBe(1);

      await second.kill('SIGTERM');
    },
  );
});
