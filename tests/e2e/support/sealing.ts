/**
 * Seeds write large cities straight into the app's IndexedDB. The app stores them encrypted,
 * so a seed must too: this unlocks the test profile's keyring with the test passphrase, in
 * Node, and seals rows with the app's own codec (renderer/src/storage/sealed-codec.ts) and
 * keyed audit digest, exactly as the record store would. Rows built inside the page reach it
 * through two functions exposed to the page (`roundtableSealRows`, `roundtableOpenRows`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { keyringSchema, unwrapWithPassphrase } from '../../../renderer/src/crypto/keyring';
import { deriveSessionKeys } from '../../../renderer/src/crypto/session-keys';
import type { AuditEntry, StoredAuditEntry } from '../../../renderer/src/domain/audit';
import { hmacDigest, type EntryDigest } from '../../../renderer/src/domain/audit-chain';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import type { RecordCodec } from '../../../renderer/src/storage/codec';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import type { RecordTable } from '../../../renderer/src/storage/tables';
import { TEST_PASSPHRASE } from './session';

export interface AppKeys {
  codec: RecordCodec;
  digest: EntryDigest;
}

/** What the exposed functions are called in the page (declare them there with this type). */
export interface SealingApi {
  roundtableSealRows(store: string, rows: object[]): Promise<object[]>;
  roundtableOpenRows(store: string, rows: object[]): Promise<object[]>;
}

const keysOfProfile = new WeakMap<BrowserContext, Promise<AppKeys>>();
const exposed = new WeakSet<Page>();

function readKeyring(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('roundtable');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('settings').objectStore('settings').get('keyring');
          read.onsuccess = () => {
            db.close();
            resolve((read.result as { value: unknown } | undefined)?.value);
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** The keys of the page's profile (set up with the test passphrase by firstStart). */
export function appKeys(page: Page, passphrase = TEST_PASSPHRASE): Promise<AppKeys> {
  const context = page.context();
  let keys = keysOfProfile.get(context);
  if (!keys) {
    keys = (async () => {
      const stored = await readKeyring(page);
      if (stored === undefined) throw new Error('seed: the profile has no keyring yet (run firstStart first)');
      const dataKey = await unwrapWithPassphrase(keyringSchema.parse(stored), passphrase);
      const session = deriveSessionKeys(dataKey);
      return { codec: createSealedCodec(session.records), digest: hmacDigest(session.audit) };
    })();
    keysOfProfile.set(context, keys);
  }
  return keys;
}

/** Rows of `store` as the app stores them: records and audit entries sealed, settings sealed unless plaintext. */
export function sealRows(keys: AppKeys, store: string, rows: object[]): object[] {
  const { codec } = keys;
  if (store === 'settings') return rows.map((row) => ({ ...row, value: codec.encodeSetting((row as { key: string }).key, (row as { value: unknown }).value) }));
  if (store === 'audit') {
    return rows.map((row) => {
      // The hash given is kept (a placeholder, or one computed over the sealed form already).
      const { hash, ...entry } = row as AuditEntry;
      return { ...codec.sealAudit(entry), hash };
    });
  }
  return rows.map((row) => codec.encode(store as RecordTable, row as RecordMeta) as object);
}

/** Stored rows of `store` read back as the app sees them. */
export function openRows(keys: AppKeys, store: string, rows: object[]): object[] {
  const { codec } = keys;
  if (store === 'settings') return rows.map((row) => ({ ...row, value: codec.decodeSetting((row as { key: string }).key, (row as { value: unknown }).value) }));
  if (store === 'audit') return rows.map((row) => codec.openAudit(row as StoredAuditEntry));
  return rows.map((row) => codec.decode(store as RecordTable, row));
}

/** Gives the page `roundtableSealRows` and `roundtableOpenRows` (see SealingApi), once per page. */
export async function exposeSealing(page: Page): Promise<void> {
  const keys = await appKeys(page);
  if (exposed.has(page)) return;
  exposed.add(page);
  await page.exposeFunction('roundtableSealRows', (store: string, rows: object[]) => sealRows(keys, store, rows));
  await page.exposeFunction('roundtableOpenRows', (store: string, rows: object[]) => openRows(keys, store, rows));
}
