import { err, ok, toFieldIssues, type Result } from '@backplan/core';
import type { z } from 'zod';
import type { Io } from '../io.js';

/** Reads and parses a JSON file; a sentence naming the problem when it cannot. */
export async function readJsonFile(path: string, io: Io): Promise<Result<unknown, string>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return err(
      code === 'ENOENT'
        ? `${path}: no such file.`
        : `${path}: cannot be read (${code ?? 'error'}).`,
    );
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Reads a JSON file and validates it against a schema; on failure, says what is wrong with which
 * field on stderr and gives null.
 */
export async function readValidated<T extends z.ZodType>(
  io: Io,
  path: string,
  schema: T,
  what: string,
): Promise<z.output<T> | null> {
  const json = await readJsonFile(path, io);
  if (!json.ok) {
    io.stderr(`backplan: ${json.error}\n`);
    return null;
  }
  const result = schema.safeParse(json.value);
  if (!result.success) {
    io.stderr(`backplan: ${path} is not ${what}:\n`);
    for (const i of toFieldIssues(result.error)) io.stderr(`  - ${i.path}: ${i.message}\n`);
    return null;
  }
  return result.data;
}
