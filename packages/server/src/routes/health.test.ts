import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWalSync, WalSync } from '../db/wal-sync.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { DIALECTS } from '../test-db.js';

describe.each(DIALECTS)('GET /api/health on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers with the database it uses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: dialect });
  });

  // This app's writes can no longer be acknowledged afterwards: later tests here touch no data.
  it('answers 503 once the database log cannot be flushed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backplan-health-'));
    writeFileSync(join(dir, 'log'), '');
    const broken = new WalSync(join(dir, 'log'), (_fd, done) => {
      done(new Error('EIO'));
    });
    broken.noteCommit();
    await expect(broken.until()).rejects.toThrow();
    registerWalSync(t.testDb.db.kysely, broken);
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: { code: 'unavailable' } });
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ paths: Record<string, unknown> }>().paths).toHaveProperty('/api/health');
  });
});
