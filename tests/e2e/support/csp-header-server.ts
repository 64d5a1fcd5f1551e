/**
 * Serves the built web edition (out/web) on 127.0.0.1 with its Content-Security-Policy sent
 * as a header, as the desktop app's app:// handler sends it (electron/main/protocol.ts), not
 * only as the <meta> the web edition relies on: a worker's own script runs under the header
 * it was served with. The policy is read from the built index.html, which
 * tests/unit/main/csp-parity.test.ts holds equal to the desktop app's header.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

export async function startWithCspHeader(): Promise<{ url: string; close: () => Promise<void> }> {
  const html = readFileSync(resolve(root, 'out/web/index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('out/web/index.html has no Content-Security-Policy: run `npm run build:web` first.');
  const server = await preview({
    configFile: resolve(root, 'vite.web.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4180, strictPort: false, open: false, headers: { 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its address');
  return { url, close: () => server.close() };
}
