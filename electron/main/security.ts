/**
 * Guards installed on EVERY webContents (main window, PDF printer, anything created later):
 * the app never navigates away from its own origin, never opens windows, never hosts
 * <webview>s and never grants a web permission. Links to the web open in the user's browser,
 * and only when they are plain http(s) URLs; a partner contact's e-mail address and phone
 * number (mailto:, tel:) open in the user's mail or phone app.
 */
import type { App, Session, WebContents } from 'electron';
import { isAllowedOrigin } from './origins';

export interface SecurityDeps {
  /** Origins the app's own pages come from (see origins.ts#allowedOrigins). */
  allowedOrigins: readonly string[];
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void>;
  onError: (error: unknown) => void;
}

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:']);
/** A contact's e-mail address and phone number: handed to the mail or phone app, nothing else. */
const CONTACT_PROTOCOLS = new Set(['mailto:', 'tel:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is a contact link: mailto: or tel: with something after the colon and no
 * host part (`mailto://host` is not an address). Its content is never interpreted here: the
 * mail or phone app gets the link as it is and shows it to the user before anything is sent.
 */
export function isContactUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && CONTACT_PROTOCOLS.has(parsed.protocol) && parsed.host === '' && !isBlank(parsed.pathname);
}

/** Whether a link's address part is empty once its %-escapes are read (`mailto:%20`). */
function isBlank(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).trim() === '';
  } catch {
    return true; // a broken %-escape is no address
  }
}

/**
 * Whether `url` may be handed to the OS to open. shell.openExternal on file:, smb:, or a
 * custom scheme can run programs, so only http(s) passes, and never with credentials
 * (https://bank.example@evil.example/ hides its real host), and contact links (mailto:, tel:).
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (CONTACT_PROTOCOLS.has(parsed.protocol)) return isContactUrl(url);
  return EXTERNAL_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Session-wide: deny every permission (camera, notifications, geolocation, clipboard read…). */
export function installSessionGuards(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

type NavigationEvent = { url: string; preventDefault(): void };

export function installSecurityGuards(contents: WebContents, deps: SecurityDeps): void {
  const blockForeign = (event: NavigationEvent) => {
    if (!isAllowedOrigin(event.url, deps.allowedOrigins)) event.preventDefault();
  };
  // A compromised or confused page must not replace the app with a page that could talk to
  // window.api; redirects are checked too, or an allowed URL could bounce elsewhere.
  contents.on('will-navigate', (event: NavigationEvent) => {
    blockForeign(event);
    // A clicked mailto:/tel: link arrives as a navigation: it never replaces the app, and goes
    // to the mail or phone app instead. Redirects and frames never open anything.
    if (!isAllowedOrigin(event.url, deps.allowedOrigins) && isContactUrl(event.url)) deps.openExternal(event.url).catch(deps.onError);
  });
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) deps.openExternal(url).catch(deps.onError);
    return { action: 'deny' };
  });

  // webviewTag is off already; this catches any way around it.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  installSessionGuards(contents.session);
}

/** App-wide hook, so no webContents can be created without the guards. */
export function installAppWideGuards(app: Pick<App, 'on'>, deps: SecurityDeps): void {
  app.on('web-contents-created', (_event, contents) => installSecurityGuards(contents, deps));
}
