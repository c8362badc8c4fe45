/** Throughput of the clinical core on one core: full assessments and questionnaire scoring. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, INSTRUMENTS, scoreInstrument } from '@backplan/core';
import { measure, report } from './harness.js';

const dir = fileURLToPath(new URL('../examples/assessments/', import.meta.url));
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as unknown);

const asOf = '2026-11-02';
const n = examples.length;
const pick = <T>(xs: readonly T[], i: number) => xs[i % xs.length];

for (const e of examples) {
  if (!assess(e, asOf).ok) throw new Error('an example failed to assess');
}

const odi = [3, 2, 3, 2, 1, 2, 1, 0, 1, 1];
const start = [0, 0, 0, 0, 1, 1, 1, 0, 3];
const fabq = [3, 4, 5, 3, 4, 6, 2, 5, 4, 4, 3, 3, 2, 1, 5, 6];

export function benchCore() {
  report(
    `Clinical core (node ${process.version}, one thread, ${n} example assessments in rotation)`,
    [
      measure('assess (full assessment)', (i) => assess(pick(examples, i), asOf)),
      measure('score ODI', () => scoreInstrument(INSTRUMENTS.odi, odi)),
      measure('score STarT Back', () => scoreInstrument(INSTRUMENTS.startback, start)),
      measure('score FABQ', () => scoreInstrument(INSTRUMENTS.fabq, fabq)),
    ],
    { 'assess (full assessment)': 50_000 },
  );
}
