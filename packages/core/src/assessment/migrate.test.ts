import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { anyAssessmentSchema, migrateAssessment } from './migrate.js';
import { parseAssessment } from './parse.js';
import { assessmentSchema, ASSESSMENT_SCHEMA_VERSION } from './schema.js';

const examplesDir = fileURLToPath(new URL('../../../../examples/assessments/', import.meta.url));
const files = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
const read = (file: string) =>
  JSON.parse(readFileSync(`${examplesDir}${file}`, 'utf8')) as { schemaVersion: number };

describe('migrateAssessment', () => {
  it('makes a version 1 object version 2 and changes nothing else', () => {
    const v1 = { schemaVersion: 1, patient: { age: 40 }, extra: 'kept for the schema to name' };
    const migrated = migrateAssessment(v1);
    expect(migrated).toEqual({ ...v1, schemaVersion: ASSESSMENT_SCHEMA_VERSION });
    expect(v1.schemaVersion).toBe(1);
  });

  it.each([
    ['a version 2 object', { schemaVersion: 2, patient: {} }],
    ['a version 3 object', { schemaVersion: 3 }],
    ['a version given as text', { schemaVersion: '1' }],
    ['an object without a version', { patient: {} }],
    ['an array', [{ schemaVersion: 1 }]],
    ['null', null],
    ['a string', 'schemaVersion: 1'],
  ])('returns %s untouched', (_name, input) => {
    expect(migrateAssessment(input)).toBe(input);
  });

  it('reads an inherited version as no version at all', () => {
    const input: unknown = Object.create({ schemaVersion: 1 });
    expect(migrateAssessment(input)).toBe(input);
  });
});

describe('version 1 files keep working', () => {
  const v1Files = files.filter((f) => read(f).schemaVersion === 1);

  it('has the 13 version 1 examples', () => {
    expect(v1Files).toHaveLength(13);
  });

  it.each(v1Files)('%s parses and assesses as version 2', (file) => {
    const input = read(file);
    const parsed = parseAssessment(input);
    expect(parsed.ok && parsed.value.schemaVersion).toBe(2);
    expect(anyAssessmentSchema.safeParse(input).success).toBe(true);
    // The strict current schema alone names the old version.
    const strict = assessmentSchema.safeParse(input);
    expect(strict.error?.issues.map((i) => i.path.join('.'))).toEqual(['schemaVersion']);
    const outcome = assess(input, '2026-11-02');
    expect(outcome.ok && outcome.value.schemaVersion).toBe(2);
  });

  it('gives the same conclusions for a version 1 file and its version 2 copy', () => {
    for (const file of v1Files) {
      const input = read(file);
      expect(assess(input, '2026-11-02')).toEqual(
        assess({ ...input, schemaVersion: 2 }, '2026-11-02'),
      );
    }
  });
});
