/**
 * The HTTP API under load (autocannon, 50 connections, localhost): the health endpoint, a signed-in
 * patient's today, and journal writes, on the embedded SQLite and on PostgreSQL, each against the
 * built server started as a child process with the demo clinic.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { cpuSince, cpuSnapshot, type CpuPerRequest } from './cpu.js';
import { DEMO_PASSWORD, DEMO_PATIENTS } from '../packages/server/src/seed/demo-people.js';
import {
  signInOver,
  startServerProcess,
  type ServerProcess,
  type SignedIn,
} from '../packages/server/src/test-server-process.js';

/** The parts of autocannon's programmatic API used here (it ships no type declarations). */
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest, context: Record<string, unknown>) => CannonRequest;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Cannon = (options: CannonOptions) => PromiseLike<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const CONNECTIONS = 50;
const SECONDS = 8;
const PG_ADMIN_URL =
  process.env.BACKPLAN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Goals from issue 4. */
const GOALS = { todayRatio: 0.5, journalRatioPg: 0.25, p99Ms: 50 } as const;

type Target = 'health' | 'today' | 'journal';
interface Row {
  readonly database: string;
  readonly target: Target;
  readonly result: CannonResult;
  /** Where the run's CPU time went, per request (Linux only). */
  readonly cpu: CpuPerRequest | null;
}

/** A fresh place for the server's data, and how to remove it afterwards. */
interface BenchDb {
  readonly name: string;
  readonly env: Record<string, string>;
  readonly drop: () => Promise<void>;
}

function sqliteDb(): BenchDb {
  const dir = mkdtempSync(join(tmpdir(), 'backplan-bench-'));
  return {
    name: 'SQLite',
    env: { BACKPLAN_DATA_DIR: dir },
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function postgresDb(): Promise<BenchDb> {
  const name = `backplan_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(join(tmpdir(), 'backplan-bench-'));
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString(), BACKPLAN_DATA_DIR: dir },
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Today {
  date: string;
  /** `paused` (a red flag) or `preparing` (no published plan): nothing to log. */
  status: 'active' | 'paused' | 'preparing';
  exercises: { exerciseId: string }[];
}

async function readToday(url: string, session: SignedIn, patientId: string): Promise<Today | null> {
  const res = await fetch(`${url}/api/patients/${patientId}/today`, {
    headers: { cookie: session.cookie },
  });
  const text = await res.text();
  if (res.status === 404) return null;
  if (res.status !== 200) throw new Error(`GET today: ${res.status} ${text}`);
  return (JSON.parse(text) as { today: Today }).today;
}

/** A signed-in demo patient with a published plan, as the load uses them. */
interface Patient {
  readonly patientId: string;
  readonly session: SignedIn;
  readonly today: Today;
}

/** Every demo patient with a plan, signed in: the load rotates over them, as a clinic's would. */
async function signInPatients(url: string): Promise<Patient[]> {
  const patients: Patient[] = [];
  for (const demo of DEMO_PATIENTS) {
    const session = await signInOver(url, demo.email, DEMO_PASSWORD);
    const patientId = session.patientId;
    if (patientId === null) throw new Error(`${demo.email} has no patient record`);
    const today = await readToday(url, session, patientId);
    if (today?.status === 'active') patients.push({ patientId, session, today });
  }
  if (patients.length === 0) throw new Error('no demo patient has a plan');
  return patients;
}

/** Health, today and journal on one running server. */
async function loadServer(database: string, server: ServerProcess): Promise<Row[]> {
  const patients = await signInPatients(server.url);
  process.stdout.write(
    `  ${database}: load rotates over ${String(patients.length)} signed-in demo patients\n`,
  );
  const run = randomBytes(4).toString('hex');
  let counter = 0;
  const next = () => {
    const n = counter++;
    return { n, p: patients[n % patients.length] as Patient };
  };
  const journal = (n: number, p: Patient) => ({
    path: `/api/patients/${p.patientId}/journal`,
    headers: {
      'content-type': 'application/json',
      cookie: p.session.cookie,
      'x-csrf-token': p.session.csrfToken,
    },
    body: JSON.stringify({
      clientKey: `bench-${run}-${String(n)}`,
      performedOn: p.today.date,
      exercises: p.today.exercises.map((e) => ({ exerciseId: e.exerciseId, completion: 'done' })),
      painBefore: 3,
      painDuring: 3,
      effort: 5,
      legPainSpread: false,
      newSymptoms: [],
    }),
  });
  // One write by hand first, so a rejected body fails loudly instead of as 100% non-2xx.
  const first = next();
  const probe = journal(first.n, first.p);
  const res = await fetch(`${server.url}${probe.path}`, { method: 'POST', ...probe });
  if (res.status !== 201) throw new Error(`POST journal: ${res.status} ${await res.text()}`);

  const cannon = (options: Omit<CannonOptions, 'url' | 'connections' | 'duration'>, s = SECONDS) =>
    autocannon({ url: server.url, connections: CONNECTIONS, duration: s, ...options });
  // Warm the server's JIT and pools before measuring.
  await cannon({ requests: [{ method: 'GET', path: '/api/health' }] }, 1);

  const rows: Row[] = [];
  const measure = async (target: Target, requests: CannonRequest[]) => {
    process.stdout.write(`  ${database}: ${target} ...\n`);
    const before = cpuSnapshot(server.pid);
    const result = await cannon({ requests });
    const cpu = cpuSince(before, cpuSnapshot(server.pid), result.requests.total);
    rows.push({ database, target, result, cpu });
  };
  await measure('health', [{ method: 'GET', path: '/api/health' }]);
  await measure('today', [
    {
      method: 'GET',
      // Each request a patient's own today, in turn.
      setupRequest: (request) => {
        const { p } = next();
        return {
          ...request,
          path: `/api/patients/${p.patientId}/today`,
          headers: { cookie: p.session.cookie },
        };
      },
    },
  ]);
  await measure('journal', [
    {
      method: 'POST',
      // A new client key per request: every one is a first write, not an idempotent retry.
      setupRequest: (request) => {
        const { n, p } = next();
        return { ...request, ...journal(n, p) };
      },
    },
  ]);
  return rows;
}

async function benchDatabase(make: () => BenchDb | Promise<BenchDb>): Promise<Row[]> {
  const db = await make();
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess({ env: db.env });
    return await loadServer(db.name, server);
  } finally {
    if (server !== undefined) {
      const stopped = server.kill('SIGTERM');
      const timer = setTimeout(() => void server?.kill('SIGKILL'), 10_000);
      await stopped;
      clearTimeout(timer);
    }
    await db.drop();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

function print(rows: readonly Row[]): void {
  const label: Record<Target, string> = {
    health: 'GET /api/health',
    today: 'GET /api/patients/:id/today',
    journal: 'POST /api/patients/:id/journal',
  };
  console.log(
    `\nHTTP API (autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, server and load on this machine)`,
  );
  console.log(
    `  ${'database'.padEnd(11)} ${'endpoint'.padEnd(31)} ${'req/s'.padStart(8)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${'vs health'.padStart(10)}  goals`,
  );
  for (const row of rows) {
    const health = rows.find((r) => r.database === row.database && r.target === 'health');
    const rate = row.result.requests.average;
    const ratio = health === undefined ? NaN : rate / health.result.requests.average;
    const p99 = row.result.latency.p99;
    const goals = [`p99 < ${GOALS.p99Ms} ms: ${verdict(p99 < GOALS.p99Ms)}`];
    if (row.target === 'today') {
      goals.push(
        `>= ${fmt(GOALS.todayRatio * 100)}% of health: ${verdict(ratio >= GOALS.todayRatio)}`,
      );
    }
    if (row.target === 'journal' && row.database === 'PostgreSQL') {
      goals.push(
        `>= ${fmt(GOALS.journalRatioPg * 100)}% of health: ${verdict(ratio >= GOALS.journalRatioPg)}`,
      );
    }
    const failed = row.result.errors + row.result.timeouts;
    console.log(
      `  ${row.database.padEnd(11)} ${label[row.target].padEnd(31)} ${fmt(rate).padStart(8)} ${fmt(p99).padStart(7)} ${fmt(failed).padStart(7)} ${fmt(row.result.non2xx).padStart(8)} ${`${fmt(ratio * 100)}%`.padStart(10)}  ${goals.join('; ')}`,
    );
    const odd = Object.entries(row.result.statusCodeStats).filter(
      ([code]) => !code.startsWith('2'),
    );
    if (odd.length > 0) {
      console.log(
        `  ${''.padEnd(11)} statuses other than 2xx: ${odd.map(([code, s]) => `${code} x${String(s.count)}`).join(', ')}`,
      );
    }
  }
  printCpu(rows, label);
}

/**
 * The CPU time of each request, by process. The server, PostgreSQL and the load generator share
 * this machine's cores, so a rate is bounded by their sum, and a ratio to health by the ratio of
 * the sums: the table shows which process a lower ratio comes from.
 */
function printCpu(rows: readonly Row[], label: Record<Target, string>): void {
  if (rows.every((r) => r.cpu === null)) return;
  console.log(
    `\nCPU time per request, in microseconds (from /proc; ${String(availableParallelism())} cores shared by all three)`,
  );
  console.log(
    `  ${'database'.padEnd(11)} ${'endpoint'.padEnd(31)} ${'server'.padStart(7)} ${'postgres'.padStart(9)} ${'load'.padStart(6)} ${'sum'.padStart(6)} ${'idle'.padStart(5)}`,
  );
  for (const row of rows) {
    const cpu = row.cpu;
    if (cpu === null) continue;
    const sum = cpu.serverUs + cpu.postgresUs + cpu.loadUs;
    console.log(
      `  ${row.database.padEnd(11)} ${label[row.target].padEnd(31)} ${fmt(cpu.serverUs).padStart(7)} ${fmt(cpu.postgresUs).padStart(9)} ${fmt(cpu.loadUs).padStart(6)} ${fmt(sum).padStart(6)} ${`${fmt(cpu.idle * 100)}%`.padStart(5)}`,
    );
  }
}

/** Runs the API benchmark on both databases and prints the table with the goals. */
export async function benchApi(): Promise<void> {
  console.log('\nHTTP API benchmark: starting the built server (packages/server/dist/main.js)');
  const rows: Row[] = [];
  rows.push(...(await benchDatabase(sqliteDb)));
  try {
    rows.push(...(await benchDatabase(postgresDb)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`  PostgreSQL at ${PG_ADMIN_URL}: not measured (${reason})`);
  }
  print(rows);
}
