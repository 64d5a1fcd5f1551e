/** Serves the built web edition (out/web) on 127.0.0.1 with Vite's preview server. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

export async function startWebEdition(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(resolve(root, 'out/web/index.html'))) {
    throw new Error('The web edition is not built: run `npm run build:web` first.');
  }
  const server: PreviewServer = await preview({
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4179, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its address');
  return { url, close: () => server.close() };
}
