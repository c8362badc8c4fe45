import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessmentJsonSchema } from './json-schema.js';

const published = fileURLToPath(
  new URL('../../../../docs/assessment.schema.json', import.meta.url),
);

describe('docs/assessment.schema.json', () => {
  it('is the schema generated from the zod source (run npm run docs:schema if not)', () => {
    const committed = JSON.parse(readFileSync(published, 'utf8')) as unknown;
    expect(committed).toEqual(assessmentJsonSchema());
  });

  it('forbids unknown fields and requires the essentials', () => {
    const schema = assessmentJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'patient', 'history', 'pain', 'minutesPerDay']),
    );
  });
});
