/**
 * A partner contact's e-mail address and phone number are links (mailto:, tel:). Main hands
 * exactly those two schemes to the OS, besides http(s), and never interprets what they hold.
 */
import { describe, expect, it, vi } from 'vitest';
import { allowedOrigins } from '../../../electron/main/origins';
import { installSecurityGuards, isContactUrl, isSafeExternalUrl, type SecurityDeps } from '../../../electron/main/security';
import { asWebContents, fakeWebContents, navigationEvent } from './fakes';

function setup() {
  const contents = fakeWebContents();
  const deps: SecurityDeps = { allowedOrigins: allowedOrigins(null), openExternal: vi.fn(() => Promise.resolve()), onError: vi.fn() };
  installSecurityGuards(asWebContents(contents), deps);
  const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: { url: string }) => unknown;
  return { contents, deps, openHandler };
}

const contactLinks = ['mailto:kim.berger@polizei.example', 'mailto:a@b.example?subject=Runder%20Tisch', 'tel:+4930123456', 'tel:030%20123%2045'];

const refused = [
  'file:///etc/passwd',
  'javascript:alert(1)',
  'sms:+4930123456',
  'callto:+4930123456',
  'facetime:+4930123456',
  'skype:someone',
  'data:text/html,hi',
  'ms-settings:',
  'smb://server/share',
  'mailto:',
  'tel:',
  'mailto:%20',
  'mailto://evil.example/x',
  'tel://evil.example',
  'mailto kim@example.org',
  'kim@example.org',
  ' ',
  '',
];

describe('contact links in the external-link guard', () => {
  it.each(contactLinks)('passes %s', (url) => {
    expect(isContactUrl(url)).toBe(true);
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each(refused)('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(isContactUrl(url)).toBe(false);
  });

  it.each(contactLinks)('window.open of %s is denied and handed to the OS as it is', (url) => {
    const { openHandler, deps } = setup();
    expect(openHandler({ url })).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each(refused)('window.open of %j never reaches the OS', (url) => {
    const { openHandler, deps } = setup();
    expect(openHandler({ url })).toEqual({ action: 'deny' });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('a clicked contact link never replaces the app: the navigation is stopped and the link handed to the OS', () => {
    const { contents, deps } = setup();
    const event = navigationEvent('tel:+4930123456');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith('tel:+4930123456');
  });

  it.each(['will-redirect', 'will-frame-navigate'])('a %s to a contact link is blocked and opens nothing', (name) => {
    const { contents, deps } = setup();
    const event = navigationEvent('mailto:kim@example.org');
    contents.emit(name, event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://example.org/', 'file:///etc/passwd', 'sms:+4930123456', 'javascript:alert(1)'])(
    'a clicked link to %s is blocked and opens nothing',
    (url) => {
      const { contents, deps } = setup();
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('a mailto with odd content is only handed to openExternal, never acted on', () => {
    const { openHandler, deps } = setup();
    const odd = 'mailto:x@example.org?subject=%0D%0ABcc:%20all@example.org&body=%3Cscript%3Ealert(1)%3C/script%3E&attach=file:///etc/passwd';
    expect(openHandler({ url: odd })).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledExactlyOnceWith(odd);
    expect(deps.onError).not.toHaveBeenCalled();
  });
});
