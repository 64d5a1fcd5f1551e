import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { keepSpellcheckOffline, localDictionaryUrl } from '../../../electron/main/spellcheck';

const fakeSession = () => ({ setSpellCheckerDictionaryDownloadURL: vi.fn<(url: string) => void>() });

describe('spellcheck without the network', () => {
  it.runIf(process.platform !== 'win32')('points the dictionary download at a folder on this computer, never at a web server', () => {
    const app = new EventEmitter();
    const session = fakeSession();
    const dir = join('/home', 'u', '.config', 'Roundtable', 'Dictionaries');
    keepSpellcheckOffline(app as unknown as App, session as unknown as Session, dir);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledTimes(1);
    const url = new URL(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0]);
    expect(url.protocol).toBe('file:');
    expect(url.host).toBe('');
    expect(url.href.endsWith('/')).toBe(true);
    expect(fileURLToPath(url)).toBe(`${join(dir)}/`);
  });

  it('does the same for every session created later (the print windows have their own)', () => {
    const app = new EventEmitter();
    const session = fakeSession();
    keepSpellcheckOffline(app as unknown as App, session as unknown as Session, '/tmp/Dictionaries');
    const later = fakeSession();
    app.emit('session-created', later);
    expect(later.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]![0]);
  });

  it.runIf(process.platform !== 'win32')('escapes folder names that are not URL-safe', () => {
    expect(localDictionaryUrl('/home/Zoë Müller/Dictionaries')).toBe('file:///home/Zo%C3%AB%20M%C3%BCller/Dictionaries/');
  });
});
