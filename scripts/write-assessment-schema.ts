/**
 * Writes docs/assessment.schema.json from the Assessment zod schema, the single source of the
 * format. A test fails when the committed file is out of date: run `npm run docs:schema`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentJsonSchema } from '../packages/core/src/assessment/json-schema.js';

const target = fileURLToPath(new URL('../docs/assessment.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(assessmentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
