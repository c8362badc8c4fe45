import { readFile } from 'node:fs/promises';
import type { Io } from './io.js';

/** An Io that captures output, reads real files and has a fixed clock. */
export function captureIo(today = new Date('2026-11-02T09:00:00Z')) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (p) => readFile(p, 'utf8'),
    today: () => today,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
