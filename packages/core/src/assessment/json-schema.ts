import { z } from 'zod';
import { MAX_OPTION_INDEX } from '../instruments/registry.js';
import {
  answersSchema,
  ASSESSMENT_SCHEMA_VERSION,
  assessmentSchema,
  MAX_ANSWERS,
  schemaVersionSchema,
  treatmentRequestsSchema,
} from './schema.js';

const ANSWERS_JSON_SCHEMA = {
  type: 'array',
  maxItems: MAX_ANSWERS,
  items: { type: ['integer', 'null'], minimum: 0, maximum: MAX_OPTION_INDEX },
  description: 'Option index per item (0-based, lowest score first), or null when skipped.',
};

/**
 * Every version a file may carry: version 1 is read as the current version (migrate.ts), and its
 * shape is the current one without the fields version 2 added, all of them optional.
 */
const SCHEMA_VERSION_JSON_SCHEMA = {
  type: 'integer',
  enum: [1, ASSESSMENT_SCHEMA_VERSION],
  description: `Version of the format: ${ASSESSMENT_SCHEMA_VERSION}; a version 1 file is read as version ${ASSESSMENT_SCHEMA_VERSION}.`,
};

/**
 * The Assessment format as JSON Schema (draft 2020-12), for people and other software writing
 * assessment files. Generated from the same zod schema `assess` validates with, as input: fields
 * with defaults may be left out.
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(assessmentSchema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema === answersSchema) Object.assign(jsonSchema, ANSWERS_JSON_SCHEMA);
        if (zodSchema === treatmentRequestsSchema) jsonSchema.uniqueItems = true;
        if (zodSchema === schemaVersionSchema) {
          delete jsonSchema.const;
          Object.assign(jsonSchema, SCHEMA_VERSION_JSON_SCHEMA);
        }
      },
    }),
    $id: `urn:backplan:schema:assessment:${ASSESSMENT_SCHEMA_VERSION}`,
    title: `Backplan assessment, schema version ${ASSESSMENT_SCHEMA_VERSION}`,
  };
}
