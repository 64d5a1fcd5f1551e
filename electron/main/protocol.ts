/**
 * The app:// protocol: serves the built renderer (out/renderer) at app://roundtable/.
 *
 * Why not file://? IndexedDB, where every record lives, needs a standard, secure origin;
 * file:// pages all share one opaque origin and get fewer guarantees. The host 'roundtable'
 * (origins.ts#APP_HOST) must NEVER change after release: it is part of the IndexedDB origin,
 * and renaming it would orphan every user's data.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origins';

/**
 * Sent with every response, so even a page that slipped in cannot run inline or foreign
 * script, load remote content, be framed, or post a form anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets WebAssembly compile (hash-wasm's Argon2id derives the key from the
  // passphrase); it allows no eval(), new Function() or inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  // The audit check runs in a Web Worker built beside the bundle: same origin only (no blob:).
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Must run before app 'ready'; Electron ignores it afterwards. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // standard: real origins and relative URLs; secure: IndexedDB and crypto.subtle work;
    // supportFetchAPI: the renderer may fetch its own assets (locales, fonts).
    // corsEnabled is deliberately left out: it would let other origins read app:// responses,
    // and same-origin module scripts load without it.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL's raw (still percent-encoded) pathname to a file inside `root`, or null when it
 * must not be served. Belt and braces: the URL parser already collapses "..", but this
 * function does not rely on it, rejecting anything that could name a file outside root.
 */
export function resolveAssetPath(root: string, rawPathname: string): string | null {
  // Encoded dots, slashes, backslashes and NULs have no business in our asset names.
  if (/%(2e|2f|5c|00)/i.test(rawPathname) || rawPathname.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  // A colon could name a Windows drive ("C:") or an NTFS stream ("a.js:x"); assets have none.
  if (decoded.includes(':')) return null;
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  const rootDir = resolve(root);
  const target = resolve(rootDir, relativePath);
  const fromRoot = relative(rootDir, target);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return null;
  }
  return target;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders() },
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

type ReadFile = (path: string) => Promise<Uint8Array>;

/** The app:// request handler, independent of Electron so it can be tested with real files. */
export function createAppProtocolHandler(root: string, read: ReadFile = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not Found');
    const filePath = resolveAssetPath(root, url.pathname);
    if (filePath === null) return textResponse(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await read(filePath);
    } catch {
      // Missing file, directory, unreadable: all look the same from outside.
      return textResponse(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'Content-Type': mimeTypeFor(filePath), ...securityHeaders() },
    });
  };
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
