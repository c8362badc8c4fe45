/**
 * The built server (`dist/main.js`) as a child process, for tests and benchmarks that need a real
 * process to kill or to load: a free port, the given database environment, the demo clinic.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built entry point; `npm test` and `npm run bench` build before they run. */
export const SERVER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export interface ServerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly pid: number;
  /** Sends a signal; resolves once the process has exited (at once when it already has). */
  readonly kill: (signal?: NodeJS.Signals) => Promise<ServerExit>;
  /** Settles when the process exits, for whatever reason. */
  readonly exited: Promise<ServerExit>;
  /** What the process printed so far (stdout and stderr), for failure messages. */
  readonly output: () => string;
}

export interface StartOptions {
  /** Database environment (`DATABASE_URL`, `BACKPLAN_DATA_DIR`), e.g. a `TestDb`'s `env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How long to wait for `/api/health`, in ms. */
  readonly readyTimeoutMs?: number;
  /** Extra Node.js options, e.g. `--cpu-prof` when profiling the server under load. */
  readonly nodeArgs?: readonly string[];
}

/** A port that was free a moment ago: listen on 0, read the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        if (port > 0) resolve(port);
        else reject(new Error('could not read the probe port'));
      });
    });
  });
}

/** The parent's environment without anything that would pick a database or change behaviour. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key === 'DATABASE_URL' || key.startsWith('BACKPLAN_')) continue;
    if (key === 'PORT' || key === 'HOST' || key === 'LOG_LEVEL') continue;
    env[key] = value;
  }
  return env;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `node dist/main.js` with the demo seed on a free port and waits until it is healthy. */
export async function startServerProcess(options: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...baseEnv(),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    BACKPLAN_SEED_DEMO: 'true',
  };
  for (const [key, value] of Object.entries(options.env)) if (value !== undefined) env[key] = value;

  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  /** An object, so the checks below see what the event handlers set. */
  const state: { exit: ServerExit | null } = { exit: null };
  const exited = new Promise<ServerExit>((resolve) => {
    const done = (exit: ServerExit) => {
      state.exit ??= exit;
      resolve(state.exit);
    };
    child.on('exit', (code, signal) => {
      done({ code, signal });
    });
    child.on('error', (error) => {
      keep(Buffer.from(`\nspawn error: ${error.message}\n`));
      done({ code: null, signal: null });
    });
  });
  const pid = child.pid ?? -1;
  const url = `http://127.0.0.1:${port}`;
  const kill = (signal: NodeJS.Signals = 'SIGTERM'): Promise<ServerExit> => {
    if (state.exit === null) child.kill(signal);
    return exited;
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (state.exit !== null) {
      const { code, signal } = state.exit;
      throw new Error(
        `the server exited before it was ready (code ${String(code)}, signal ${String(signal)}):\n${printed}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await kill('SIGKILL');
      throw new Error(`the server did not answer /api/health in time:\n${printed}`);
    }
    await sleep(50);
  }
  return { url, pid, kill, exited, output: () => printed };
}

/** A signed-in API client: the session cookie and CSRF token from `POST /api/auth/login`. */
export interface SignedIn {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly patientId: string | null;
}

/** Signs in with email and password against a running server. */
export async function signInOver(url: string, email: string, password: string): Promise<SignedIn> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${text}`);
  const body = JSON.parse(text) as { user: { patientId: string | null }; csrfToken: string };
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('bp_session='));
  if (setCookie === undefined) throw new Error(`sign-in as ${email} set no session cookie`);
  const cookie = setCookie.split(';')[0] ?? '';
  return { cookie, csrfToken: body.csrfToken, patientId: body.user.patientId };
}
