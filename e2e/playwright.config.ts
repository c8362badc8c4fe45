import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the built app, started as `npm start` starts it (the built server serving the
 * built web app, an embedded database created fresh for the run, the demo clinic seeded), driven
 * in Debian's Chromium (`/usr/bin/chromium`; never a downloaded browser).
 */
const PORT = Number(process.env.BACKPLAN_E2E_PORT ?? 3917);
const dataDir = mkdtempSync(join(tmpdir(), 'backplan-e2e-'));

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  // Two cores: one browser at a time, and the journeys share the server's demo data.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: join(tmpdir(), 'backplan-e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    },
    // axe-core is injected into the page; the app's own content security policy would block it.
    bypassCSP: true,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node packages/server/dist/main.js',
    cwd: join(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${String(PORT)}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      BACKPLAN_DATA_DIR: dataDir,
      BACKPLAN_SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
  },
});
