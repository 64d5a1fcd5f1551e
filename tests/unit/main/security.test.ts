import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { allowedOrigins } from '../../../electron/main/origins';
import { installAppWideGuards, installSecurityGuards, isSafeExternalUrl, type SecurityDeps } from '../../../electron/main/security';
import { asWebContents, fakeWebContents, navigationEvent } from './fakes';

function setup(devUrl: string | null = null) {
  const contents = fakeWebContents();
  const deps: SecurityDeps = {
    allowedOrigins: allowedOrigins(devUrl),
    openExternal: vi.fn(() => Promise.resolve()),
    onError: vi.fn(),
  };
  installSecurityGuards(asWebContents(contents), deps);
  const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
  return { contents, deps, openHandler };
}

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: allowed within the app origin', (name) => {
    const { contents } = setup();
    const event = navigationEvent('app://roundtable/index.html#/partners');
    contents.emit(name, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://roundtable.evil/',
    'app://roundtable@evil/',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'garbage',
  ])('blocks navigation and redirects to %s', (url) => {
    const { contents } = setup();
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const event = navigationEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('allows the dev server origin only when it is configured', () => {
    const dev = setup('http://localhost:5173');
    const event = navigationEvent('http://localhost:5173/src/main.tsx');
    dev.contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();

    const other = navigationEvent('http://localhost:5174/');
    dev.contents.emit('will-navigate', other);
    expect(other.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('is always denied, and safe http(s) links open in the browser', () => {
    const { openHandler, deps } = setup();
    expect(openHandler({ url: 'https://example.org/help' })).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.org/help');
  });

  it.each([
    'javascript:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,hi',
    'smb://server/share',
    'ms-settings:',
    'https://user:pass@example.org/',
    'https://bank.example@evil.example/',
    'app://roundtable/index.html',
    'not a url',
    '',
  ])('is denied and never passed to the OS: %s', (url) => {
    const { openHandler, deps } = setup();
    expect(openHandler({ url })).toEqual({ action: 'deny' });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports, not throws, when the OS cannot open a link', async () => {
    const { openHandler, deps } = setup();
    vi.mocked(deps.openExternal).mockRejectedValueOnce(new Error('no browser'));
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(deps.onError).toHaveBeenCalled());
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org', 'http://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:,x', 'https://u@example.org', 'http://:p@example.org', '//example.org', 'https:', 'x'])(
    'rejects %s',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(false);
    },
  );
});

describe('webview and permissions', () => {
  it('prevents attaching a <webview>', () => {
    const { contents } = setup();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request', () => {
    const { contents } = setup();
    const handler = contents.session.setPermissionRequestHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with false', () => {
    const { contents } = setup();
    const check = contents.session.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check({}, 'media', 'app://roundtable', {})).toBe(false);
    expect(check(null, 'clipboard-read', 'app://roundtable', {})).toBe(false);
  });
});

describe('installAppWideGuards', () => {
  it('guards every webContents the app creates', () => {
    const app = new EventEmitter();
    installAppWideGuards(app as unknown as App, {
      allowedOrigins: allowedOrigins(null),
      openExternal: vi.fn(),
      onError: vi.fn(),
    });
    const contents = fakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalled();
    const event = navigationEvent('https://evil.example/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
