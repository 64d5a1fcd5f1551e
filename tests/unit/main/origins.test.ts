import { describe, expect, it } from 'vitest';
import { allowedOrigins, APP_ENTRY_URL, APP_ORIGIN, devRendererUrl, isAllowedOrigin, originOf } from '../../../electron/main/origins';

describe('originOf', () => {
  it.each([
    ['app://roundtable/index.html', 'app://roundtable'],
    ['app://roundtable/assets/a.js?x=1#y', 'app://roundtable'],
    ['http://localhost:5173/', 'http://localhost:5173'],
    ['HTTPS://Example.ORG/path', 'https://example.org'],
  ])('%s -> %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each(['file:///etc/passwd', 'data:text/html,hi', 'about:blank', 'javascript:alert(1)', 'not a url', '', 'app://u:p@roundtable/'])(
    'has no trusted origin: %s',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );
});

describe('isAllowedOrigin', () => {
  const allowed = allowedOrigins(null);

  it('pins the app origin; its host must never change (IndexedDB is keyed by it)', () => {
    expect(APP_ORIGIN).toBe('app://roundtable');
    expect(APP_ENTRY_URL).toBe('app://roundtable/index.html');
  });

  it('accepts the app origin', () => {
    expect(isAllowedOrigin('app://roundtable/index.html', allowed)).toBe(true);
  });

  it.each([
    'app://roundtable.evil.example/index.html',
    'app://roundtable@evil.example/',
    'app://evil/roundtable',
    'https://roundtable/',
    'http://localhost:5173/',
  ])('rejects look-alikes by origin, not prefix: %s', (url) => {
    expect(isAllowedOrigin(url, allowed)).toBe(false);
  });
});

describe('devRendererUrl', () => {
  it('uses the electron-vite dev server in an unpackaged app', () => {
    expect(devRendererUrl('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(allowedOrigins(devRendererUrl('http://127.0.0.1:5173/', false))).toEqual(['app://roundtable', 'http://127.0.0.1:5173']);
  });

  it('ignores the variable in a packaged app', () => {
    expect(devRendererUrl('http://localhost:5173', true)).toBeNull();
  });

  it.each(['https://evil.example/', 'http://evil.example:5173/', 'http://localhost.evil.example/', 'file:///tmp/x.html', 'garbage', ''])(
    'refuses a dev URL that is not http on loopback: %s',
    (url) => {
      expect(devRendererUrl(url, false)).toBeNull();
    },
  );
});
