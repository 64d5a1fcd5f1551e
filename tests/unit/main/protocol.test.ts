import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, mimeTypeFor, registerAppScheme, resolveAssetPath } from '../../../electron/main/protocol';

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ])('contains %s', (directive) => {
    expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
  });

  it('allows no inline or eval script and no remote source', () => {
    // The one loosening: WebAssembly may compile (Argon2id), in scripts and nowhere else.
    expect(CONTENT_SECURITY_POLICY.split('; ').filter((directive) => directive.includes('wasm-unsafe-eval'))).toEqual(["script-src 'self' 'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:/);
  });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme that supports fetch', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('resolveAssetPath', () => {
  const root = join(tmpdir(), 'renderer-root');

  it('maps / to index.html and nested assets inside the root', () => {
    expect(resolveAssetPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/fonts/inter.woff2')).toBe(join(root, 'assets', 'fonts', 'inter.woff2'));
    expect(resolveAssetPath(root, '/assets/with%20space.png')).toBe(join(root, 'assets', 'with space.png'));
  });

  it.each([
    ['dot-dot', '/../secret.txt'],
    ['nested dot-dot', '/assets/../../secret.txt'],
    ['dot segment', '/./index.html'],
    ['encoded dot-dot', '/%2e%2e/secret.txt'],
    ['upper-case encoded dot-dot', '/%2E%2E/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', '/.%2e/secret.txt'],
    ['encoded slash', '/assets%2f..%2f..%2fsecret'],
    ['backslash', '/..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['absolute path', '//etc/passwd'],
    ['windows drive', '/C:/Windows/win.ini'],
    ['NUL byte', '/index.html%00.png'],
    ['raw NUL', '/index.html\0'],
    ['broken escape', '/%E0%A4%A'],
    ['relative', 'index.html'],
  ])('rejects %s', (_case, path) => {
    expect(resolveAssetPath(root, path)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['noext', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('app:// handler', () => {
  let base: string;
  let root: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'rt-protocol-'));
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Roundtable</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(base, 'secret.txt'), 'top secret');
    handle = createAppProtocolHandler(root);
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves a real file with its MIME type and the strict CSP', async () => {
    const response = await handle(new Request('app://roundtable/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Roundtable</title>');
  });

  it('serves nested assets', async () => {
    const response = await handle(new Request('app://roundtable/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 (with the CSP) for a missing file or a directory', async () => {
    for (const url of ['app://roundtable/missing.js', 'app://roundtable/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never serves a file outside the root', async () => {
    const probe = { url: 'app://roundtable/%2e%2e/secret.txt', method: 'GET' } as Request;
    const response = await handle(probe);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('top secret');
  });

  it('serves only the roundtable host', async () => {
    const response = await handle(new Request('app://other/index.html'));
    expect(response.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://roundtable/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
