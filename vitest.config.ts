import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against the packages' sources, not their build output.
    alias: {
      '@backplan/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      '@backplan/server': fileURLToPath(new URL('./packages/server/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    // Server suites create real databases; give PostgreSQL set-up time.
    hookTimeout: 60_000,
    environment: 'node',
  },
});
