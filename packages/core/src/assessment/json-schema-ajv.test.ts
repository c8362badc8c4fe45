import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentJsonSchema } from './json-schema.js';
import { parseAssessment } from './parse.js';
import { validAssessment } from './test-arbitraries.js';

// A second, independent validator reading the published JSON Schema: what other software would use.
const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
  assessmentJsonSchema(),
);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(root + path, 'utf8')) as unknown;

describe('the published JSON Schema', () => {
  it.each(readdirSync(`${root}examples/assessments`))('accepts example %s', (file) => {
    expect(validate(read(`examples/assessments/${file}`)), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  it('rejects the invalid fixture, as zod does', () => {
    const bad = read('packages/cli/src/fixtures/invalid-assessment.json');
    expect(validate(bad)).toBe(false);
    expect(parseAssessment(bad).ok).toBe(false);
  });

  it('reads versions 1 and 2, refuses others and a request listed twice, as zod does', () => {
    const v1 = read('examples/assessments/01-acute-flexion-intolerant-manipulation.json') as Record<
      string,
      unknown
    >;
    const twice = { ...v1, schemaVersion: 2, expectations: { requests: ['brace', 'brace'] } };
    for (const [input, valid] of [
      [v1, true],
      [{ ...v1, schemaVersion: 2 }, true],
      [{ ...v1, schemaVersion: 3 }, false],
      [twice, false],
    ] as const) {
      expect(validate(input)).toBe(valid);
      expect(parseAssessment(input).ok).toBe(valid);
    }
  });

  it('accepts every generated valid assessment', () => {
    fc.assert(
      fc.property(validAssessment, (a) => {
        expect(parseAssessment(a).ok).toBe(true);
        expect(validate(a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
