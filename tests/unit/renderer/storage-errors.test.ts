import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, guarded, StorageError } from '../../../renderer/src/storage/errors';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import { openDatabase } from '../../../renderer/src/storage/open';
import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { freshDb } from './storage-helpers';

describe('storage errors', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')), 'quota'],
    [new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    [new DOMException('newer', 'VersionError'), 'newerVersion'],
    [new Error('something else'), 'unknown'],
  ] as const)('classifies %s as %s', (error, problem) => {
    expect(classifyStorageError(error)).toBe(problem);
  });

  it('wraps failures in a StorageError that keeps the cause', async () => {
    const cause = new DOMException('full', 'QuotaExceededError');
    const error = await guarded(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).cause).toBe(cause);
  });

  it('refuses to open a database written by a newer version, and leaves it untouched', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer.version(99).stores({ partners: 'id', future: 'id' });
    await newer.table('future').put({ id: 'keep-me' });
    newer.close();

    const ours = new RoundtableDb(name);
    const failure = await openDatabase(ours).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(classifyStorageError(failure)).toBe('newerVersion');
    expect(ours.isOpen()).toBe(false);

    // Opened without a schema, the newer database still has exactly its own stores.
    const again = new Dexie(name);
    await again.open();
    expect(again.tables.map((table) => table.name).sort()).toEqual(['future', 'partners']);
    expect(await again.table('future').get('keep-me')).toEqual({ id: 'keep-me' });
    await again.delete();
  });

  it('opens a new or current database normally', async () => {
    const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
    await openDatabase(db);
    expect(db.isOpen()).toBe(true);
    db.close();
    await openDatabase(db);
    expect(db.isOpen()).toBe(true);
    await db.delete();
  });
});

describe('settings repository', () => {
  it('stores and reads back settings, ignoring values that do not fit', async () => {
    const db = freshDb();
    const settings = createSettingsRepository(db);
    expect(await settings.get('language')).toBeUndefined();
    await settings.set('language', 'de');
    expect(await settings.get('language')).toBe('de');
    await db.settings.put({ key: 'language', value: 'fr' });
    expect(await settings.get('language')).toBeUndefined();
    await expect(settings.set('language', 'fr' as 'de')).rejects.toThrow();
    await db.delete();
  });
});

describe('opening without IndexedDB', () => {
  it('reports the database as unavailable, not as an unknown failure', async () => {
    const original = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const failure = await openDatabase(new RoundtableDb(`test-${crypto.randomUUID()}`)).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as StorageError).problem).toBe('unavailable');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
    }
  });
});
