/** Plans of the example assessments, for tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, type AssessmentResult } from '../assessment/assess.js';
import { CATALOG } from '../catalog/index.js';
import { generatePlan } from './generate.js';
import type { Plan, PlanOptions } from './types.js';

const dir = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));

export function exampleResult(name: string): AssessmentResult {
  const r = assess(JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as unknown, '2026-11-02');
  if (!r.ok) throw new Error(`example ${name} does not assess`);
  return r.value;
}

export function examplePlan(name: string, options: PlanOptions = {}): Plan {
  const p = generatePlan(exampleResult(name), CATALOG, options);
  if (!p.ok) throw new Error(`example ${name} was refused: ${p.error.message}`);
  return p.value;
}
