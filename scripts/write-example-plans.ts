/**
 * Writes examples/plans/*.json: the plans of two example assessments, as `backplan plan --json`
 * prints them, for `backplan progress` and the example journals. A CLI test fails when they are
 * out of date: run `npm run examples:plans`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, CATALOG, generatePlan } from '../packages/core/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = [
  '01-acute-flexion-intolerant-manipulation',
  '02-chronic-high-risk-fear-avoidance',
];

for (const name of EXAMPLES) {
  const input = JSON.parse(
    readFileSync(`${root}/examples/assessments/${name}.json`, 'utf8'),
  ) as unknown;
  const result = assess(input, '2026-11-02');
  if (!result.ok) throw new Error(`${name} does not assess`);
  const plan = generatePlan(result.value, CATALOG);
  if (!plan.ok) throw new Error(`${name}: ${plan.error.message}`);
  writeFileSync(`${root}/examples/plans/${name}.json`, `${JSON.stringify(plan.value, null, 2)}\n`);
  console.log(`wrote examples/plans/${name}.json`);
}
