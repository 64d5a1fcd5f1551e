/** Serves the built web edition (out/web) on 127.0.0.1 with Vite's preview server. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

/**
 * `port` with `strictPort` fails instead of moving to another port: a benchmark whose
 * IndexedDB profile belongs to one origin needs the same origin every time.
 */
export async function startWebEdition({ port = 4179, strictPort = false }: { port?: number; strictPort?: boolean } = {}): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  if (!existsSync(resolve(root, 'out/web/index.html'))) {
    throw new Error('The web edition is not built: run `npm run build:web` first.');
  }
  const server: PreviewServer = await preview({
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its address');
  return { url, close: () => server.close() };
}
