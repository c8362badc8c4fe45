import { z } from 'zod';
import { assessmentSchema, ASSESSMENT_SCHEMA_VERSION } from './schema.js';

/**
 * An assessment of an earlier schema version as the current version. Version 2 only added
 * optional fields, so a version 1 object becomes version 2 by its version number alone. Anything
 * else (another version, not an object) is returned untouched, so the schema names its faults.
 * Pure: the input is not changed.
 */
export function migrateAssessment(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  if (!Object.hasOwn(input, 'schemaVersion')) return input;
  const version = (input as { readonly schemaVersion?: unknown }).schemaVersion;
  return version === 1 ? { ...input, schemaVersion: ASSESSMENT_SCHEMA_VERSION } : input;
}

/**
 * The assessment of any version Backplan reads, migrated to the current one: the schema for
 * request bodies, files and stored rows.
 */
export const anyAssessmentSchema = z.preprocess(migrateAssessment, assessmentSchema);
