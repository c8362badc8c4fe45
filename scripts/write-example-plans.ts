/**
 * Writes examples/plans/*.json: the plan of every example assessment that gets one without a
 * clinician's review, as `backplan plan --json` prints it (as of 2026-11-02), for reading as a
 * physiotherapist would, for `backplan progress` and the example journals. A CLI test fails when
 * they are out of date: run `npm run examples:plans`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { assess, CATALOG, generatePlan } from '../packages/core/src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const names = readdirSync(`${root}/examples/assessments`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

for (const name of names) {
  const input = JSON.parse(
    readFileSync(`${root}/examples/assessments/${name}.json`, 'utf8'),
  ) as unknown;
  const result = assess(input, '2026-11-02');
  if (!result.ok) throw new Error(`${name} does not assess`);
  const plan = generatePlan(result.value, CATALOG);
  if (!plan.ok) {
    console.log(`no plan for ${name}: ${plan.error.kind}`);
    continue;
  }
  const path = `examples/plans/${name}.json`;
  const options = (await resolveConfig(`${root}/${path}`)) ?? {};
  const text = await format(JSON.stringify(plan.value), {
    ...options,
    filepath: `${root}/${path}`,
  });
  writeFileSync(`${root}/${path}`, text);
  console.log(`wrote ${path}`);
}
