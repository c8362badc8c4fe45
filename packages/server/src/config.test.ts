import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { configSchema, insecureProductionSettings, loadConfig } from './config.js';
import { SERVER_MAIN } from './test-server-process.js';

const parse = (env: Record<string, string>) => configSchema.parse({ LOG_LEVEL: 'silent', ...env });

describe('configuration and production mode', () => {
  it('keeps the newcomer defaults outside production: demo, docs, plain cookies', () => {
    const config = parse({});
    expect(config).toMatchObject({
      production: false,
      seedDemo: true,
      docs: true,
      secureCookies: false,
      trustProxy: false,
    });
    expect(insecureProductionSettings(config)).toBeNull();
  });

  it.each<Record<string, string>>([{ NODE_ENV: 'production' }, { BACKPLAN_ENV: 'production' }])(
    'turns on the production defaults with %o: no demo, no docs, Secure cookies',
    (env) => {
      const config = parse(env);
      expect(config).toMatchObject({
        production: true,
        seedDemo: false,
        docs: false,
        secureCookies: true,
      });
      expect(insecureProductionSettings(config)).toBeNull();
    },
  );

  it('gives the demo clinic and the docs in production only when asked', () => {
    const config = parse({ BACKPLAN_ENV: 'production', BACKPLAN_DEMO: '1', BACKPLAN_DOCS: 'true' });
    expect(config).toMatchObject({ seedDemo: true, docs: true });
  });

  it('reads the proxy setting: off, all, a hop count, or addresses', () => {
    expect(parse({ BACKPLAN_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(parse({ BACKPLAN_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(parse({ BACKPLAN_TRUST_PROXY: '10.0.0.0/8,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
    ]);
    const bad = loadConfig({ BACKPLAN_TRUST_PROXY: 'yes please' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('BACKPLAN_TRUST_PROXY');
  });

  it('refuses a header timeout longer than the request timeout', () => {
    const loaded = loadConfig({
      BACKPLAN_REQUEST_TIMEOUT_MS: '1000',
      BACKPLAN_HEADERS_TIMEOUT_MS: '2000',
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toContain('BACKPLAN_HEADERS_TIMEOUT_MS');
  });

  it('names each unsafe production setting', () => {
    const message = insecureProductionSettings(
      parse({
        NODE_ENV: 'production',
        BACKPLAN_SECURE_COOKIES: 'false',
        BACKPLAN_TRUST_PROXY: 'true',
      }),
    );
    expect(message).toContain('BACKPLAN_SECURE_COOKIES=false');
    expect(message).toContain('BACKPLAN_TRUST_PROXY=true');
  });

  it('start-up in production with plain cookies exits 2 with the reason, before opening a database', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        BACKPLAN_SECURE_COOKIES: 'false',
        BACKPLAN_DATA_DIR: '/nonexistent/never-created',
        PORT: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('Backplan refuses to start');
    expect(stderr).toContain('BACKPLAN_SECURE_COOKIES=false');
  });
});
