import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, parseSettings } from '../../../electron/main/services/settings';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rt-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings', () => {
  it('starts empty without a file', () => {
    expect(createSettingsStore(file).get()).toEqual({});
  });

  it.each(['{oops', '"a string"', 'null', '{"language": "klingon"}', '{"language": 7}'])('tolerates a corrupt file: %s', async (text) => {
    await writeFile(file, text);
    expect(createSettingsStore(file).get()).toEqual({});
  });

  it('persists the language atomically and reads it back', async () => {
    const store = createSettingsStore(file);
    await store.update({ language: 'de' });
    await store.update({ language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'en' });
    expect(createSettingsStore(file).get()).toEqual({ language: 'en' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('keeps the last of two quick updates', async () => {
    const store = createSettingsStore(file);
    await Promise.all([store.update({ language: 'de' }), store.update({ language: 'en' })]);
    expect(parseSettings(await readFile(file, 'utf8'))).toEqual({ language: 'en' });
  });

  it('keeps an absolute backup folder and drops a relative one without losing the language', () => {
    const folder = join(dir, 'Backups');
    expect(parseSettings(JSON.stringify({ language: 'de', backupFolder: folder }))).toEqual({ language: 'de', backupFolder: folder });
    expect(parseSettings(JSON.stringify({ language: 'de', backupFolder: 'Backups' }))).toEqual({ language: 'de' });
    expect(parseSettings(JSON.stringify({ language: 'de', backupFolder: 42 }))).toEqual({ language: 'de' });
  });

  it('rejects when the file cannot be written, and keeps working afterwards', async () => {
    const store = createSettingsStore(join(dir, 'missing-dir', 'settings.json'));
    await expect(store.update({ language: 'de' })).rejects.toThrow();
    expect(store.get()).toEqual({ language: 'de' });
  });
});
