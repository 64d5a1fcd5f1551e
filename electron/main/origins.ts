/**
 * Where the app's own pages come from, and how to compare URLs by origin.
 *
 * Security decisions (navigation, IPC senders) compare *parsed* origins, never string
 * prefixes: "app://roundtable.evil" or "http://localhost:5173@evil.example" share a prefix
 * with a trusted URL but not its origin.
 */

/** The privileged scheme the built renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';

/**
 * The host of app:// URLs. IndexedDB (all user data) is keyed by origin, so this host must
 * NEVER change after the first release: renaming it would make every user's records vanish.
 */
export const APP_HOST = 'roundtable';

export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Schemes that can ever count as "our" origin. Everything else (file:, data:, about:…) never does. */
const ORIGIN_SCHEMES = new Set(['app:', 'http:', 'https:']);

/**
 * The origin of `url` as "scheme://host[:port]", or null when it has none we would trust.
 * Hand-rolled because WHATWG `URL#origin` is the opaque "null" for non-special schemes
 * such as app:, which would make every app:// URL look alike.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!ORIGIN_SCHEMES.has(parsed.protocol) || parsed.host === '') return null;
  // Credentials in a URL are a classic way to disguise where it really points.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** True when `url` parses and its origin is exactly one of `allowedOrigins`. */
export function isAllowedOrigin(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, or null.
 * Ignored in a packaged app (anyone can set an environment variable, and honouring it would
 * let them load a foreign page with access to window.api) and when it is not plain http on
 * the loopback interface.
 */
export function devRendererUrl(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(rendererUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** The origins allowed to show the app and talk to main: app://roundtable, plus the dev server. */
export function allowedOrigins(devUrl: string | null): string[] {
  const origins = [APP_ORIGIN];
  const devOrigin = devUrl === null ? null : originOf(devUrl);
  if (devOrigin !== null) origins.push(devOrigin);
  return origins;
}
