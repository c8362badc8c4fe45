#!/usr/bin/env node
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: async (path) => (await import('node:fs/promises')).readFile(path, 'utf8'),
  today: () => new Date(),
  env: process.env,
  stopSignal: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => resolve(signal));
    }),
});
