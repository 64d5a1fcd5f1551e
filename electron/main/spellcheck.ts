/**
 * Spellcheck without the network. On Windows and Linux, Chromium's spellchecker uses Hunspell
 * dictionaries and by default downloads them from Google's CDN: a request that says which
 * languages the coordinator writes in, from an app that promises to send nothing anywhere.
 * (macOS uses the OS's own checker and downloads nothing; Electron ignores the call there.)
 *
 * Electron's documented switch is the download URL. It points here at the dictionaries folder
 * on this computer as a file: URL, which Chromium's downloader (it fetches over the network
 * service, http(s) only) cannot fetch: the download fails at once and no request leaves the
 * computer. Dictionaries already on the disk keep working.
 */
import { pathToFileURL } from 'node:url';
import type { App, Session } from 'electron';

/** A base URL ends in "/": Chromium appends the dictionary's file name. */
export function localDictionaryUrl(dictionaryDir: string): string {
  const href = pathToFileURL(dictionaryDir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Sets the download URL on the default session and on every session created later (print windows). */
export function keepSpellcheckOffline(
  app: Pick<App, 'on'>,
  defaultSession: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>,
  dictionaryDir: string,
): void {
  const url = localDictionaryUrl(dictionaryDir);
  defaultSession.setSpellCheckerDictionaryDownloadURL(url);
  app.on('session-created', (session) => session.setSpellCheckerDictionaryDownloadURL(url));
}
