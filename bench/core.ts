/** Throughput of the clinical core on one core: full assessments and questionnaire scoring. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assess,
  assessParsed,
  INSTRUMENTS,
  parseAssessment,
  scoreInstrument,
} from '@backplan/core';
import { measure, report } from './harness.js';

const dir = fileURLToPath(new URL('../examples/assessments/', import.meta.url));
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as unknown);

const asOf = '2026-11-02';
const n = examples.length;
// The index is taken modulo the length, so it is always in range.
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

const parsed = examples.map((e) => {
  const p = parseAssessment(e);
  if (!p.ok || !assess(e, asOf).ok) throw new Error('an example failed to assess');
  return p.value;
});

const odi = [3, 2, 3, 2, 1, 2, 1, 0, 1, 1];
const start = [0, 0, 0, 0, 1, 1, 1, 0, 3];
const fabq = [3, 4, 5, 3, 4, 6, 2, 5, 4, 4, 3, 3, 2, 1, 5, 6];

export function benchCore() {
  report(
    `Clinical core (node ${process.version}, one thread, ${n} example assessments in rotation)`,
    [
      // The server validates a request body once, then concludes: the two parts, and the sum.
      measure('assess: conclusions (assessParsed)', (i) => assessParsed(pick(parsed, i), asOf)),
      measure('assess: validation (zod schema)', (i) => parseAssessment(pick(examples, i))),
      measure('assess: both, from raw JSON', (i) => assess(pick(examples, i), asOf)),
      measure('score ODI', () => scoreInstrument(INSTRUMENTS.odi, odi)),
      measure('score STarT Back', () => scoreInstrument(INSTRUMENTS.startback, start)),
      measure('score FABQ', () => scoreInstrument(INSTRUMENTS.fabq, fabq)),
    ],
    { 'assess: conclusions (assessParsed)': 50_000 },
  );
}
