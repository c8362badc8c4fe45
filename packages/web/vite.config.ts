import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app's build: one entry, code split by area (each area's routes load on demand), the
 * clinical core bundled from its sources so the browser scores and draws exactly as the server.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@backplan/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // Asset names carry a content hash, so the server can let browsers keep them for a year.
    assetsDir: 'assets',
  },
  server: {
    // `npm run dev -w @backplan/web` beside a running server: the API is proxied.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
