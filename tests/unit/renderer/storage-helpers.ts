import 'fake-indexeddb/auto';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import type { RecordTable } from '../../../renderer/src/storage/tables';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import { deriveSessionKeys } from '../../../renderer/src/crypto/session-keys';
import { hmacDigest } from '../../../renderer/src/domain/audit-chain';

/** Fixed test keys (never a real installation's). */
export const testSessionKeys = deriveSessionKeys(new Uint8Array(32).fill(7));

/**
 * Whether storage tests run on an encrypted database: ROUNDTABLE_TEST_SEALED=1 runs every
 * storage test through the encryption codec and the keyed audit chain (one vitest project
 * does), so a repository that reads a personal field from a stored row fails there.
 */
export const sealedByDefault = process.env['ROUNDTABLE_TEST_SEALED'] === '1';

export const testUser = { name: 'Toni Exempel', organisation: 'Präventionsstelle' };

/**
 * A fresh database with a unique name, so tests never share state. Every change is audited
 * with who made it, so the local user is set when the database is created, unless a test
 * wants to see what happens without one.
 */
export function freshDb(options: { localUser?: boolean; sealed?: boolean } = {}): RoundtableDb {
  const db = new RoundtableDb(`test-${crypto.randomUUID()}`);
  if (options.sealed ?? sealedByDefault) {
    db.codec = createSealedCodec(testSessionKeys.records);
    db.auditDigest = hmacDigest(testSessionKeys.audit);
  }
  if (options.localUser ?? true) {
    db.on('populate', (tx) => {
      void tx.table('settings').put({ key: 'localUser', value: db.codec.encodeSetting('localUser', testUser) });
    });
  }
  return db;
}

/** Puts ready-made records straight into a table (a large seed), encoded as the app stores them. */
export async function seedRecords(db: RoundtableDb, table: RecordTable, records: readonly RecordMeta[]): Promise<void> {
  await db.table(table).bulkPut(records.map((record) => db.codec.encode(table, record)));
}
