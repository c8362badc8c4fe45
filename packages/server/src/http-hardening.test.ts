import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { configSchema } from './config.js';
import { DOCS_CSP } from './http-hardening.js';
import { TEST_NOW, type TestApp } from './test-app.js';
import { createTestDb, DIALECTS } from './test-db.js';
import { as, PASSWORD, seedTwoClinics, signIn, STAFF } from './test-fixtures.js';

/** A test app with extra configuration (timeouts, production mode, hash bound). */
async function appWith(
  env: Record<string, string>,
  dialect: 'sqlite' | 'postgres' = 'sqlite',
): Promise<TestApp> {
  const testDb = await createTestDb(dialect);
  const config = configSchema.parse({
    LOG_LEVEL: 'silent',
    BACKPLAN_SEED_DEMO: 'false',
    ...testDb.env,
    ...env,
  });
  const app = await buildApp({ db: testDb.db, config, now: () => TEST_NOW });
  return {
    app,
    testDb,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

/** Milliseconds until the server closes the socket (it may answer 408 first). */
function closedAfter(socket: Socket, started: number): Promise<{ ms: number; answer: string }> {
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  return new Promise((resolve) => {
    socket.on('close', () => {
      resolve({ ms: Date.now() - started, answer });
    });
  });
}

describe('connection timeouts (a real socket)', () => {
  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await appWith({
      BACKPLAN_REQUEST_TIMEOUT_MS: '1000',
      BACKPLAN_HEADERS_TIMEOUT_MS: '600',
      BACKPLAN_KEEP_ALIVE_TIMEOUT_MS: '300',
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });
  afterAll(() => t.close());

  it('closes a request whose body arrives one byte at a time, within the request timeout', async () => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    const closed = closedAfter(socket, started);
    socket.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const drip = setInterval(() => socket.write(' '), 100);
    const { ms, answer } = await closed;
    clearInterval(drip);
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(2500);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('closes a request whose headers arrive one byte at a time, within the header timeout', async () => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    const closed = closedAfter(socket, started);
    const head = 'GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(500);
    let i = 0;
    const drip = setInterval(() => socket.write(head[i++ % head.length] ?? 'a'), 50);
    const { ms } = await closed;
    clearInterval(drip);
    expect(ms).toBeLessThan(2000);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    const closed = closedAfter(socket, started);
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    const { ms, answer } = await closed;
    expect(answer.startsWith('HTTP/1.1 200')).toBe(true);
    // Node keeps a socket ~1 s past the timeout it announces (measured: 300 ms -> 1.3 s).
    expect(ms).toBeLessThan(2500);
  });
});

describe('headers, docs and HEAD', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appWith({});
    await seedTwoClinics(t);
  });
  afterAll(() => t.close());

  it('marks every API answer no-store and nosniff, errors included', async () => {
    const therapist = await signIn(t.app, STAFF.therapistA);
    for (const [url, headers] of [
      ['/api/health', {}],
      ['/api/patients', as(therapist)],
      ['/api/patients', {}],
      ['/api/no-such-route', {}],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers });
      expect(res.headers['cache-control'], url).toBe('no-store');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
    }
  });

  it("serves /api/docs with the app's security headers and its own page policy", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('does not serve HEAD on the API (no handler, no audit), except the health check', async () => {
    const therapist = await signIn(t.app, STAFF.therapistA);
    const audits = async () =>
      (
        await t.testDb.db.kysely
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await audits());
    const head = await t.app.inject({
      method: 'HEAD',
      url: '/api/patients',
      headers: as(therapist),
    });
    expect(head.statusCode).toBe(405);
    expect(head.headers.allow).toBe('GET');
    expect(Number(await audits())).toBe(before);
    expect((await t.app.inject({ method: 'HEAD', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await appWith({ BACKPLAN_ENV: 'production' });
    await seedTwoClinics(t);
  });
  afterAll(() => t.close());

  it('has no /api/docs page and sends Secure session cookies and HSTS', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBe(404);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: STAFF.adminA, password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
  });
});

describe('sign-in limits', () => {
  it('counts the client behind a trusted proxy, not the proxy', async () => {
    const t = await appWith({ BACKPLAN_TRUST_PROXY: '1' });
    try {
      const attempt = (forwardedFor: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: '10.0.0.1',
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { email: 'x@x.example', password: 'x' },
        });
      const many = await Promise.all(
        Array.from({ length: 25 }, (_, i) => attempt(`203.0.113.${i + 1}`)),
      );
      expect(
        many.some(
          (r) =>
            r.statusCode === 429 &&
            r.json<{ error: { code: string } }>().error.code === 'rate-limited',
        ),
      ).toBe(false);
      const one: number[] = [];
      for (let i = 0; i < 21; i++) one.push((await attempt('198.51.100.7')).statusCode);
      expect(one.at(-1)).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('keeps counting an address after 10,001 other addresses (bounded memory, no reset)', async () => {
    const t = await appWith({});
    try {
      // A body that fails validation: counted by the limiter, then refused before any work.
      const attempt = (ip: string) =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: {} });
      for (let i = 0; i < 20; i++) await attempt('192.0.2.1');
      const limited = await attempt('192.0.2.1');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      for (let i = 0; i < 10_001; i++)
        await attempt(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      expect((await attempt('192.0.2.1')).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe.each(DIALECTS)('the bound on password hashes on %s', (dialect) => {
  it('never runs more hashes than the bound; the rest wait or get 503 with Retry-After', async () => {
    const t = await appWith({ BACKPLAN_HASH_CONCURRENCY: '1', BACKPLAN_HASH_QUEUE: '3' }, dialect);
    try {
      await seedTwoClinics(t);
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            remoteAddress: `10.7.${i >> 8}.${i & 255}`,
            payload: { email: `flood${i}@x.example`, password: `wrong-${i}` },
          }),
        ),
      );
      const codes = answers.map((a) => a.statusCode);
      expect(t.app.hashes.peak).toBe(1);
      expect(
        codes.every((c) => c === 401 || c === 503),
        codes.join(','),
      ).toBe(true);
      const busy = answers.filter((a) => a.statusCode === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const a of busy) {
        expect(Number(a.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(a.json()).toMatchObject({ error: { code: 'unavailable' } });
      }
      // The flood is over: a real user signs in at once.
      expect((await signIn(t.app, STAFF.therapistA)).cookie).toMatch(/^bp_session=/);
    } finally {
      await t.close();
    }
  });
});
