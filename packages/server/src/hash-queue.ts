import { AppError } from './errors.js';

/** The answer when the queue is full: 503 with a Retry-After, so a client knows when to come back. */
export class HashQueueFull extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('unavailable', 'Many people are signing in right now. Try again in a moment.');
  }
}

/** Hashes per slot that may always wait, whatever the pace: a few people signing in together. */
const BURST = 4;

/**
 * A global bound on password hashing. Each scrypt hash takes ~40 ms of a core (300 ms on a busy
 * machine); unbounded, a flood of sign-ins from many addresses held every core and libuv's four
 * threads, so a real user's sign-in took 25 s and a journal write 8.5 s (issue 15). At most
 * `concurrent` hashes run, and at most `waiting` more wait in order, and only as many as finish
 * within `maxWaitMs` at the measured pace; beyond that a sign-in is refused at once, before any
 * hashing (its guess given back), so the rest of the server keeps its CPU.
 */
export class HashQueue {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  /** Moving average of a hash's duration, in ms. */
  private averageMs: number;
  /** When each running hash started, so a slow machine shows before the first one ends. */
  private readonly startedAt = new Set<{ at: number }>();
  /** The most hashes that ever ran at once, for tests. */
  peak = 0;

  constructor(
    readonly concurrent: number,
    readonly waiting: number,
    readonly maxWaitMs = 1000,
    /** The first estimate of a hash's duration (one measured at start-up). */
    initialHashMs = 40,
  ) {
    this.averageMs = Math.max(initialHashMs, 1);
  }

  /** Runs `task` when a slot is free; throws `HashQueueFull` when the wait would be too long. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.queue.length >= this.waiting || this.tooLong(this.queue.length + 1))
        throw new HashQueueFull(Math.max(1, Math.ceil(this.waitMs(this.queue.length) / 1000)));
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    this.peak = Math.max(this.peak, this.running);
    const started = { at: performance.now() };
    this.startedAt.add(started);
    try {
      return await task();
    } finally {
      this.startedAt.delete(started);
      this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started.at);
      // The slot passes straight to the next in line, so `running` never drops below the bound
      // while some wait.
      const next = this.queue.shift();
      if (next === undefined) this.running--;
      else next();
    }
  }

  /** A wait past `maxWaitMs`; a burst of up to `BURST` per slot is always let in to wait. */
  private tooLong(queued: number): boolean {
    return queued > BURST * this.concurrent && this.waitMs(queued) > this.maxWaitMs;
  }

  /** How long `queued` hashes take to clear at the measured pace. */
  private waitMs(queued: number): number {
    const now = performance.now();
    let pace = this.averageMs;
    for (const s of this.startedAt) pace = Math.max(pace, now - s.at);
    return (queued * pace) / this.concurrent;
  }
}
