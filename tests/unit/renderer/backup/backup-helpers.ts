/** Encrypted test databases with a real keyring (light Argon2id), for the backup tests. */
import 'fake-indexeddb/auto';
import { createKeyring } from '../../../../renderer/src/crypto/keyring';
import { deriveSessionKeys } from '../../../../renderer/src/crypto/session-keys';
import { hmacDigest } from '../../../../renderer/src/domain/audit-chain';
import { convertToSealed } from '../../../../renderer/src/storage/conversion';
import { RoundtableDb } from '../../../../renderer/src/storage/db';
import { createSealedCodec } from '../../../../renderer/src/storage/sealed-codec';
import type { UnlockedSession } from '../../../../renderer/src/storage/vault';
import { generateCity } from '../../../../scripts/bench/city/city';
import { collectSnapshot } from '../../../../renderer/src/storage/backup/snapshot';

/** Argon2id as light as hash-wasm allows: tests only, never the app. */
export const lightCost = { memoryKiB: 8, iterations: 1, parallelism: 1 };
export const appVersion = '0.1.0';
export const testUser = { name: 'Toni Exempel', organisation: 'Präventionsstelle' };

export interface KeyedDb {
  db: RoundtableDb;
  session: UnlockedSession;
  dataKey: Uint8Array;
  passphrase: string;
  recoveryKey: string;
}

export async function newKeyring(passphrase = 'correct horse battery staple', now = new Date('2026-11-30T09:00:00Z')) {
  const made = await createKeyring(passphrase, now, lightCost);
  const session: UnlockedSession = { keyring: made.keyring, keys: deriveSessionKeys(made.dataKey) };
  return { ...made, session, passphrase };
}

/** A database unlocked with `session`'s keys, as the vault installs them. */
export function unlockedDb(session: UnlockedSession, name = `test-${crypto.randomUUID()}`): RoundtableDb {
  const db = new RoundtableDb(name);
  db.codec = createSealedCodec(session.keys.records);
  db.auditDigest = hmacDigest(session.keys.audit);
  return db;
}

/** A fresh, empty encrypted database with a local user and its keyring stored, as after the first start. */
export async function emptyKeyedDb(passphrase?: string): Promise<KeyedDb> {
  const made = await newKeyring(passphrase);
  const db = unlockedDb(made.session);
  await db.open();
  await db.settings.bulkPut([
    { key: 'keyring', value: made.keyring },
    { key: 'localUser', value: db.codec.encodeSetting('localUser', testUser) },
  ]);
  return { db, session: made.session, dataKey: made.dataKey, passphrase: made.passphrase, recoveryKey: made.recoveryKey };
}

/** The bench's city at `scale`, loaded as plaintext and then converted as the app converts it: every row sealed. */
export async function cityKeyedDb(scale = 0.002, passphrase?: string): Promise<KeyedDb> {
  const city = generateCity(scale);
  const made = await newKeyring(passphrase);
  const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
  await db.open();
  for (const table of city.tables) await db.table(table.store).bulkPut(table.rows);
  await convertToSealed(db, {
    codec: createSealedCodec(made.session.keys.records),
    digest: hmacDigest(made.session.keys.audit),
    keyring: made.keyring,
    now: new Date('2026-12-01T08:00:00Z'),
  });
  db.codec = createSealedCodec(made.session.keys.records);
  db.auditDigest = hmacDigest(made.session.keys.audit);
  return { db, session: made.session, dataKey: made.dataKey, passphrase: made.passphrase, recoveryKey: made.recoveryKey };
}

/** Every store's rows as stored, for row-by-row comparison. */
export async function storedRows(db: RoundtableDb): Promise<Record<string, unknown[]>> {
  const snapshot = await collectSnapshot(db);
  return Object.fromEntries(snapshot.tables);
}

/** A few rows of every kind and the first audit entries of the city, encrypted: small enough to decode thousands of times. */
export async function smallKeyedDb(passphrase?: string): Promise<KeyedDb> {
  const city = generateCity(0.002);
  const made = await newKeyring(passphrase);
  const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
  await db.open();
  const audit = city.tables.find((table) => table.store === 'audit')!.rows.slice(0, 12) as { seq: number; hash: string }[];
  for (const table of city.tables) {
    if (table.store === 'audit') await db.audit.bulkPut(audit as never[]);
    else if (table.store === 'settings') {
      await db.settings.bulkPut(
        table.rows.map((row) =>
          (row as { key: string }).key === 'auditHead' ? { key: 'auditHead', value: { seq: 12, hash: audit[11]!.hash } } : row,
        ) as never[],
      );
    } else await db.table(table.store).bulkPut(table.rows.slice(0, 2));
  }
  await convertToSealed(db, {
    codec: createSealedCodec(made.session.keys.records),
    digest: hmacDigest(made.session.keys.audit),
    keyring: made.keyring,
    now: new Date('2026-12-01T08:00:00Z'),
  });
  db.codec = createSealedCodec(made.session.keys.records);
  db.auditDigest = hmacDigest(made.session.keys.audit);
  return { db, session: made.session, dataKey: made.dataKey, passphrase: made.passphrase, recoveryKey: made.recoveryKey };
}
