import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { ProgressQueue } from './progress-queue.js';

/** The queue never touches the database itself: the evaluation is replaced by a recorder. */
const db = null as unknown as Kysely<Database>;
const now = () => new Date('2026-11-22T10:00:00Z');

function recorder() {
  const evaluated: string[] = [];
  return {
    evaluated,
    evaluate: (_db: unknown, p: { patientId: string }) => {
      evaluated.push(p.patientId);
      return Promise.resolve();
    },
  };
}

describe('ProgressQueue', () => {
  it('evaluates each patient once for a burst of records, after the gathering pause', async () => {
    const r = recorder();
    const queue = new ProgressQueue(db, now, () => undefined, {
      coalesceMs: 300,
      evaluate: r.evaluate,
    });
    for (let i = 0; i < 10; i++) queue.schedule('c1', 'anna');
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 3; i++) queue.schedule('c1', 'ben');
    // Still gathering: nothing evaluated yet.
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.evaluated).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(r.evaluated.sort()).toEqual(['anna', 'ben']);
  });

  it('idle() evaluates at once, without waiting out the pause', async () => {
    const r = recorder();
    // A pause longer than the test's time limit: only a cut-short pause lets this test pass.
    const queue = new ProgressQueue(db, now, () => undefined, {
      coalesceMs: 3_600_000,
      evaluate: r.evaluate,
    });
    queue.schedule('c1', 'anna');
    queue.schedule('c1', 'ben');
    await queue.idle();
    expect(r.evaluated.sort()).toEqual(['anna', 'ben']);
  });

  it('evaluates again a patient whose record came during their evaluation', async () => {
    const evaluated: string[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      release = resolve;
    });
    const queue = new ProgressQueue(db, now, () => undefined, {
      coalesceMs: 3_600_000,
      // The first evaluation waits until released; later ones finish at once.
      evaluate: (_db, p) => {
        evaluated.push(p.patientId);
        return evaluated.length === 1 ? first : Promise.resolve();
      },
    });
    queue.schedule('c1', 'anna');
    const done = queue.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(evaluated).toEqual(['anna']);
    // A new record while the first evaluation runs: it must not be lost.
    queue.schedule('c1', 'anna');
    release();
    await done;
    expect(evaluated).toEqual(['anna', 'anna']);
  });

  it('reports a failed evaluation and goes on with the others', async () => {
    const errors: unknown[] = [];
    const evaluated: string[] = [];
    const queue = new ProgressQueue(db, now, (e) => errors.push(e), {
      coalesceMs: 3_600_000,
      evaluate: (_db, p) => {
        evaluated.push(p.patientId);
        return p.patientId === 'anna' ? Promise.reject(new Error('disk full')) : Promise.resolve();
      },
    });
    queue.schedule('c1', 'anna');
    queue.schedule('c1', 'ben');
    await queue.idle();
    expect(evaluated.sort()).toEqual(['anna', 'ben']);
    expect(errors).toHaveLength(1);
  });

  it('evaluates at most `concurrent` patients at once, and all of them in the end', async () => {
    let running = 0;
    let most = 0;
    const evaluated: string[] = [];
    const queue = new ProgressQueue(db, now, () => undefined, {
      coalesceMs: 3_600_000,
      concurrent: 2,
      evaluate: async (_db, p) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        evaluated.push(p.patientId);
        running--;
      },
    });
    for (const p of ['anna', 'ben', 'cleo', 'dev', 'eli']) queue.schedule('c1', p);
    await queue.idle();
    expect(most).toBe(2);
    expect(evaluated.sort()).toEqual(['anna', 'ben', 'cleo', 'dev', 'eli']);
  });
});
