import { err, ok, type Result } from '@backplan/core';
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
