/**
 * Migration 008 on an encrypted database, the way the app meets it: rows sealed by version 7,
 * where the partner ids 008 indexes sit inside the sealed value, opened by this version with
 * the session's codec. After the upgrade the new indexes find those rows, every record reads
 * back unchanged, and the audit check still passes.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../../renderer/src/crypto/aead';
import { toBase64, utf8 } from '../../../renderer/src/crypto/bytes';
import { hmacDigest } from '../../../renderer/src/domain/audit-chain';
import type { RecordMeta } from '../../../renderer/src/domain/record';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import { declareMigrations, migrations } from '../../../renderer/src/storage/migrations';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import { recordTables, type RecordTable } from '../../../renderer/src/storage/tables';
import { createPartnerSummaryRepository } from '../../../renderer/src/storage/repositories/partner-summary';
import { freshDb, testSessionKeys } from './storage-helpers';
import { networkClock, networkToday, seedPartnerNetwork } from './partner-network';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The fields version 7 kept in plaintext: bookkeeping and what its indexes needed. */
function plaintextAtVersion7(table: string): Set<string> {
  let spec = '';
  for (const migration of migrations) if (migration.version <= 7 && migration.stores[table]) spec = migration.stores[table]!;
  const indexed = spec.split(',').flatMap((index) =>
    index
      .trim()
      .replace(/^[&*]|^\+\+/g, '')
      .replace(/^\[|\]$/g, '')
      .split('+'),
  );
  return new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'revision', ...indexed]);
}

/** A record sealed as version 7 sealed it (same key, same associated data, its own split, no index keys). */
function sealedByVersion7(table: RecordTable, record: RecordMeta): object {
  const plain = plaintextAtVersion7(table);
  const stored: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) (plain.has(field) ? stored : secret)[field] = value;
  const context = `${table}\u0000${record.id}\u0000${record.revision}`;
  stored['sealed'] = toBase64(seal(testSessionKeys.records, utf8(JSON.stringify(secret)), utf8(context)));
  return stored;
}

describe('migration 008 on a sealed database', () => {
  it(
    'moves the partner ids out of the sealed value into the indexes, and every record and the audit trail stay as they were',
    { timeout: 30_000 },
    async () => {
      const codec = createSealedCodec(testSessionKeys.records);
      const source = freshDb({ sealed: true });
      opened.push(source);
      const network = await seedPartnerNetwork(source);
      const records = new Map<RecordTable, RecordMeta[]>();
      const raw = new Map<string, unknown[]>();
      for (const table of source.tables) raw.set(table.name, await table.toArray());
      for (const table of recordTables)
        records.set(
          table,
          (raw.get(table) ?? []).map((row) => codec.decode<RecordMeta>(table, row)),
        );

      // The same database as version 7 stored it.
      const name = `test-v7-${crypto.randomUUID()}`;
      const v7 = new Dexie(name);
      declareMigrations(v7, 7);
      await v7.open();
      await v7.transaction('rw', v7.tables, async () => {
        for (const table of v7.tables) {
          const rows = (recordTables as readonly string[]).includes(table.name)
            ? records.get(table.name as RecordTable)!.map((record) => sealedByVersion7(table.name as RecordTable, record))
            : raw.get(table.name)!;
          await table.bulkAdd(rows);
        }
      });
      const policeCase = (await v7.table('referrals').get(network.involved.id)) as Record<string, unknown>;
      expect(policeCase['involvedPartnerIds']).toBeUndefined(); // sealed, out of any index's sight
      // A version-7 row reads back whole under this version's codec, whose split differs.
      expect(codec.decode('referrals', policeCase)).toEqual(records.get('referrals')!.find((record) => record.id === network.involved.id));
      v7.close();

      // Unlocked, as the vault opens it: the session's codec is on the database when it upgrades.
      const db = new RoundtableDb(name);
      db.codec = codec;
      db.auditDigest = hmacDigest(testSessionKeys.audit);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(migrations.at(-1)!.version);

      expect(await db.table('meetings').where('invitedPartnerIds').equals(network.police.id).count()).toBe(5);
      expect(await db.table('referrals').where('involvedPartnerIds').equals(network.police.id).primaryKeys()).toEqual([network.involved.id]);
      expect(await db.table('disclosures').where('fromPartnerId').equals(network.police.id).primaryKeys()).toEqual([network.made.id]);
      expect(await db.table('disclosures').where('toPartnerId').equals(network.police.id).primaryKeys()).toEqual([network.received.id]);
      expect(await db.table('agreements').where('partyIds').equals(network.police.id).primaryKeys()).toEqual([network.agreement.id]);

      for (const table of recordTables) {
        const after = (await db.table(table).toArray()).map((row) => codec.decode<RecordMeta>(table, row));
        expect(after, table).toEqual(records.get(table));
      }
      expect(await db.table('audit').toArray()).toEqual(raw.get('audit'));
      expect(await createAuditRepository(db, networkClock).verify()).toMatchObject({ chain: { ok: true }, unaudited: [] });

      const summary = createPartnerSummaryRepository(db, networkClock);
      expect((await summary.meetings(network.police.id, networkToday)).attendance).toMatchObject({ invited: 3, attended: 2 });
      expect((await summary.cases(network.police.id)).total).toBe(3);
    },
  );
});
