import { describe, expect, it } from 'vitest';
import { HashQueue, HashQueueFull } from './hash-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HashQueue', () => {
  it('runs at most `concurrent` tasks, queues `waiting` more and refuses the rest at once', async () => {
    const queue = new HashQueue(2, 5);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await sleep(20);
      running--;
      return 'done';
    };
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => queue.run(task)));
    const done = settled.filter((s) => s.status === 'fulfilled');
    const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    expect(most).toBe(2);
    expect(queue.peak).toBe(2);
    expect(done).toHaveLength(7);
    expect(refused).toHaveLength(13);
    for (const error of refused) {
      expect(error).toBeInstanceOf(HashQueueFull);
      expect((error as HashQueueFull).status).toBe(503);
      expect((error as HashQueueFull).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
  });

  it('frees the slot when a task fails, and serves the queue in order', async () => {
    const queue = new HashQueue(1, 10);
    const order: number[] = [];
    const failing = queue.run(() => Promise.reject(new Error('scrypt failed')));
    const rest = [1, 2, 3].map((n) =>
      queue.run(async () => {
        order.push(n);
        await sleep(1);
      }),
    );
    await expect(failing).rejects.toThrow('scrypt failed');
    await Promise.all(rest);
    expect(order).toEqual([1, 2, 3]);
    // Idle again: the next task runs at once.
    expect(await queue.run(() => Promise.resolve(42))).toBe(42);
  });
});

describe('HashQueue wait bound', () => {
  it('queues only what clears within the longest wait at the measured pace', async () => {
    const queue = new HashQueue(1, 100, 300);
    const task = () => sleep(50);
    await queue.run(task); // measures the pace: ~50 ms a task
    await queue.run(task);
    await queue.run(task);
    const settled = await Promise.allSettled(Array.from({ length: 10 }, () => queue.run(task)));
    const refused = settled.filter((s) => s.status === 'rejected');
    expect(queue.peak).toBe(1);
    // One runs and about six wait (300 ms at ~45-50 ms each); the rest are refused at once.
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.length).toBeLessThanOrEqual(4);
  });
});

describe('HashQueue burst', () => {
  it('always lets a small burst wait, however slow the pace', async () => {
    const queue = new HashQueue(1, 100, 10, 1000);
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, () => queue.run(() => sleep(5))),
    );
    // One runs, four wait (the burst), three are refused.
    expect(settled.filter((s) => s.status === 'rejected')).toHaveLength(3);
  });
});
