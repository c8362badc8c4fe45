import { z } from 'zod';
import { MAX_OPTION_INDEX } from '../instruments/registry.js';
import { answersSchema, assessmentSchema, MAX_ANSWERS } from './schema.js';

const ANSWERS_JSON_SCHEMA = {
  type: 'array',
  maxItems: MAX_ANSWERS,
  items: { type: ['integer', 'null'], minimum: 0, maximum: MAX_OPTION_INDEX },
  description: 'Option index per item (0-based, lowest score first), or null when skipped.',
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
      },
    }),
    $id: 'urn:backplan:schema:assessment:1',
    title: 'Backplan assessment, schema version 1',
  };
}
