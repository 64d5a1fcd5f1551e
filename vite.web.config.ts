import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from './package.json' with { type: 'json' };

// The web edition: the same renderer, built for a plain browser (the browser platform
// is chosen at run time because window.api is absent). Served on 127.0.0.1 only.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  publicDir: resolve(import.meta.dirname, 'resources/public'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    // Pages are split per route (app/routes.tsx), so the first screen parses only what it
    // shows; a chunk over 500 kB (minified) would mean a page pulled in more than its own.
    chunkSizeWarningLimit: 500,
  },
  preview: { host: '127.0.0.1', port: 4178, strictPort: false },
});
