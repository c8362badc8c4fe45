/**
 * The patient's "today" screen in a real browser (Debian's Chromium): the gzip size of all the
 * JavaScript it loads, and the time from navigation to a usable screen (the exercises shown and
 * the "log today's session" action enabled), cold cache each time, on the built app served by
 * the built server with the demo clinic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { DEMO_PASSWORD } from '../packages/server/src/seed/demo-people.js';
import { signInOver, startServerProcess } from '../packages/server/src/test-server-process.js';

const RUNS = 7;
const GOALS = { gzipKb: 200, readyMs: 1000 } as const;
/** What "usable" means on the today screen: the action a patient came for can be used. */
const READY = 'main [data-ready="today"]';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export async function benchWeb(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backplan-bench-web-'));
  const server = await startServerProcess({ env: { BACKPLAN_DATA_DIR: dataDir } });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const session = await signInOver(server.url, 'maria@demo.backplan.test', DEMO_PASSWORD);
    const [name, value] = session.cookie.split('=');
    const times: number[] = [];
    let scripts = new Map<string, { raw: number; gzip: number }>();
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addCookies([{ name: name ?? '', value: value ?? '', url: server.url }]);
      const page = await context.newPage();
      const loaded = new Map<string, { raw: number; gzip: number }>();
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        void response.body().then((body) => {
          loaded.set(response.url(), {
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        });
      });
      await page.goto(`${server.url}/patient`);
      await page.waitForSelector(READY, { state: 'visible' });
      times.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState('networkidle');
      scripts = loaded;
      await context.close();
    }
    const raw = [...scripts.values()].reduce((n, s) => n + s.raw, 0) / 1024;
    const gzip = [...scripts.values()].reduce((n, s) => n + s.gzip, 0) / 1024;
    const ready = median(times);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      `\nThe patient's today screen in Chromium (390 px wide, cold cache, ${String(RUNS)} runs)`,
    );
    console.log(
      `  JavaScript loaded: ${String(scripts.size)} files, ${raw.toFixed(1)} kB, ${gzip.toFixed(1)} kB gzip  (goal < ${String(GOALS.gzipKb)} kB gzip: ${verdict(gzip < GOALS.gzipKb)})`,
    );
    console.log(
      `  Time to a usable screen: median ${ready.toFixed(0)} ms, fastest ${Math.min(...times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms  (goal < ${String(GOALS.readyMs)} ms: ${verdict(ready < GOALS.readyMs)})`,
    );
  } finally {
    await browser.close();
    await server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
