import { z } from 'zod';
import { assessmentSchema } from './schema.js';

/**
 * The Assessment format as JSON Schema (draft 2020-12), for people and other software writing
 * assessment files. Generated from the same zod schema `assess` validates with, as input: fields
 * with defaults may be left out.
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(assessmentSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'urn:backplan:schema:assessment:1',
    title: 'Backplan assessment, schema version 1',
  };
}
