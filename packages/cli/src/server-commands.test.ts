import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { captureIo } from './test-io.js';

const NOW = new Date('2026-11-02T09:00:00Z');

let dir: string;
let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backplan-cli-'));
  dataDir = join(dir, 'data');
  env = { BACKPLAN_DATA_DIR: dataDir, BACKPLAN_SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const c = captureIo(NOW, env);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

/** A port nothing listens on, so parallel test files do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => {
        resolve(port);
      });
    });
  });
}

describe('backplan serve', () => {
  it('prints its help with the environment it reads', async () => {
    const r = await run('serve', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: backplan serve');
    expect(r.stdout).toContain('DATABASE_URL');
    expect(r.stdout).toContain('docs/deployment.md');
  });

  it('lists the server commands in the main help', async () => {
    const r = await run('--help');
    for (const command of ['serve', 'migrate', 'backup <file>', 'restore <file>']) {
      expect(r.stdout).toContain(`  ${command} `);
    }
  });

  it('exits 2 with the offending variable when the configuration is invalid', async () => {
    env = { ...env, PORT: 'eighty' };
    const r = await run('serve');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('configuration is invalid');
    expect(r.stderr).toContain('PORT');
  });

  it('refuses a PostgreSQL pool of fewer than 2 connections, naming the variable', async () => {
    env = { ...env, BACKPLAN_PG_POOL_SIZE: '1' };
    const r = await run('serve');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('BACKPLAN_PG_POOL_SIZE');
  });

  it('starts, answers /api/health, and stops cleanly on a stop signal', async () => {
    env = { ...env, PORT: String(await freePort()) };
    const c = captureIo(NOW, env);
    const done = main(['serve'], c.io);
    let url: string | undefined;
    for (let i = 0; i < 200 && url === undefined; i++) {
      url = /running at (\S+) /.exec(c.stdout())?.[1];
      if (url === undefined) await new Promise((r) => setTimeout(r, 25));
    }
    expect(url).toBeDefined();
    expect(c.stdout()).toContain(`embedded SQLite in ${dataDir}`);
    const health = await fetch(`${url ?? ''}/api/health`);
    expect(health.status).toBe(200);
    c.stop();
    expect(await done).toBe(0);
    expect(c.stdout()).toContain('SIGTERM: stopping.');
  });
});

describe('backplan migrate', () => {
  it('applies the migrations to a new database, then says it is up to date', async () => {
    const first = await run('migrate');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('0001-initial');
    expect(first.stdout).toContain('0002-indexes');
    expect(existsSync(join(dataDir, 'backplan.sqlite'))).toBe(true);
    const second = await run('migrate');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('is up to date');
  });

  it('rejects arguments it does not know', async () => {
    const r = await run('migrate', '--down');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('backplan migrate:');
  });
});

describe('backplan backup and restore', () => {
  it('backs up, refuses to overwrite without --force, and restores', async () => {
    await run('migrate');
    const file = join(dir, 'b.sqlite');
    const backup = await run('backup', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Backed up the database to ${file}`);

    const again = await run('backup', file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await run('backup', file, '--force')).code).toBe(0);

    const restore = await run('restore', file);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('backplan.sqlite.before-restore-2026-11-02T09-00-00-000Z');
    expect(readdirSync(dataDir).sort()).toEqual([
      'backplan.sqlite',
      'backplan.sqlite.before-restore-2026-11-02T09-00-00-000Z',
    ]);
  });

  it('exits 2 without a file, or with no database to back up', async () => {
    expect((await run('backup')).code).toBe(2);
    expect((await run('restore')).code).toBe(2);
    const r = await run('backup', join(dir, 'b.sqlite'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no database to back up');
  });

  it('rejects a file that is not a SQLite database', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a database');
    const r = await run('restore', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a SQLite database');
  });

  it('points to pg_dump and docs/deployment.md when DATABASE_URL is set', async () => {
    env = { ...env, DATABASE_URL: 'postgres://backplan@db.example/backplan' };
    const backup = await run('backup', join(dir, 'b.sqlite'));
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain('pg_dump');
    expect(backup.stderr).toContain('docs/deployment.md');
    const restore = await run('restore', join(dir, 'b.sqlite'));
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain('pg_restore');
  });
});
