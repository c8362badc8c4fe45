import { readFile } from 'node:fs/promises';
import type { Io } from './io.js';

/**
 * An Io that captures output, reads real files and has a fixed clock; `env` is the test's own
 * (never the process's) and `stop()` plays the part of SIGTERM.
 */
export function captureIo(today = new Date('2026-11-02T09:00:00Z'), env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => readFile(p, 'utf8'),
    today: () => today,
    env,
    stopSignal: () => stopped,
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    stop: () => {
      stop('SIGTERM');
    },
  };
}
