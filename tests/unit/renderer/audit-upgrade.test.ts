/**
 * Migration 011 on a trail written before deletion existed: every entry of the first format
 * is rewritten in the erasable one after the old chain was verified, and the verdict is kept.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../../renderer/src/crypto/aead';
import { toBase64, utf8 } from '../../../renderer/src/crypto/bytes';
import type { AuditEntry, AuditHead, SealedAuditEntry, StoredAuditEntry } from '../../../renderer/src/domain/audit';
import { GENESIS_HASH, hashEntry, hmacDigest, verifyChain } from '../../../renderer/src/domain/audit-chain';
import { migrateSnapshot } from '../../../renderer/src/storage/backup/older-schema';
import { collectSnapshot } from '../../../renderer/src/storage/backup/snapshot';
import { createAuditRepository } from '../../../renderer/src/storage/audit';
import { RoundtableDb } from '../../../renderer/src/storage/db';
import { declareMigrations } from '../../../renderer/src/storage/migrations';
import { createSealedCodec } from '../../../renderer/src/storage/sealed-codec';
import { createSettingsRepository } from '../../../renderer/src/storage/repositories/settings';
import { testSessionKeys, testUser } from './storage-helpers';

const codec = createSealedCodec(testSessionKeys.records);
const digest = hmacDigest(testSessionKeys.audit);
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Entries as versions before 11 sealed and chained them: one sealed part, hashed with it. */
function legacyTrail(length: number): SealedAuditEntry[] {
  const entries: SealedAuditEntry[] = [];
  for (let index = 0; index < length; index += 1) {
    const id = `00000000-0000-4000-8000-00000000000${index}`;
    const seq = index + 1;
    const secret = { actorName: testUser.name, actorOrganisation: testUser.organisation, changes: [{ field: 'summary', old: null, new: `Verlauf ${index}` }] };
    const unhashed = {
      id,
      seq,
      at: `2025-03-0${seq}T10:00:00.000Z`,
      action: 'update' as const,
      entity: 'referral' as const,
      entityId: 'case-1',
      parentId: null,
      prevHash: entries.at(-1)?.hash ?? GENESIS_HASH,
      sealed: toBase64(seal(testSessionKeys.records, utf8(JSON.stringify(secret)), utf8(`audit\u0000${id}\u0000${seq}`))),
    };
    entries.push({ ...unhashed, hash: hashEntry(unhashed, digest) });
  }
  return entries;
}

async function databaseAt10(entries: SealedAuditEntry[], head: AuditHead): Promise<string> {
  const name = `test-audit-upgrade-${crypto.randomUUID()}`;
  const v10 = new Dexie(name);
  declareMigrations(v10, 10);
  await v10.open();
  await v10.table('audit').bulkAdd(entries);
  await v10.table('settings').bulkAdd([
    { key: 'auditHead', value: codec.encodeSetting('auditHead', head) },
    { key: 'localUser', value: codec.encodeSetting('localUser', testUser) },
  ]);
  v10.close();
  return name;
}

async function unlockAndOpen(name: string): Promise<RoundtableDb> {
  const db = new RoundtableDb(name);
  db.codec = codec;
  db.auditDigest = digest;
  opened.push(db);
  await db.open();
  return db;
}

const headOf = (entries: SealedAuditEntry[]): AuditHead => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash });

describe('upgrading the audit trail to the erasable format (migration 011)', () => {
  it('rewrites every entry, keeps what each says, chains them anew and keeps the old chain’s verdict', async () => {
    const legacy = legacyTrail(3);
    const db = await unlockAndOpen(await databaseAt10(legacy, headOf(legacy)));
    const stored = await db.audit.orderBy('seq').toArray();
    expect(stored.map((entry) => (entry as { format?: number }).format)).toEqual([2, 2, 2]);
    const read = stored.map((entry) => codec.openAudit(entry));
    expect(read.map((entry: AuditEntry) => entry.changes[0]!.new)).toEqual(['Verlauf 0', 'Verlauf 1', 'Verlauf 2']);
    expect(read[0]).toMatchObject({ actorName: testUser.name, action: 'update', entityId: 'case-1', at: '2025-03-01T10:00:00.000Z' });
    expect((await createAuditRepository(db).verify()).chain).toEqual({ ok: true, count: 3 });
    expect(await createSettingsRepository(db).get('auditUpgrade')).toMatchObject({ entries: 3, chainBefore: 'intact', upgraded: true });
  });

  it('says where the old chain was broken, so rewriting it hides nothing', async () => {
    const legacy = legacyTrail(3);
    legacy[1] = { ...legacy[1]!, at: '2025-03-09T10:00:00.000Z' }; // changed after writing
    const db = await unlockAndOpen(await databaseAt10(legacy, headOf(legacy)));
    expect(await createSettingsRepository(db).get('auditUpgrade')).toMatchObject({ chainBefore: { seq: 2, reason: 'hash' }, upgraded: true });
  });

  it('leaves the trail as it was when an old entry does not open, and says so', async () => {
    const legacy = legacyTrail(3);
    legacy[1] = { ...legacy[1]!, sealed: legacy[0]!.sealed };
    const db = await unlockAndOpen(await databaseAt10(legacy, headOf(legacy)));
    expect(await db.audit.orderBy('seq').toArray()).toEqual(legacy);
    expect(await createSettingsRepository(db).get('auditUpgrade')).toMatchObject({ chainBefore: { seq: 2, reason: 'hash' }, upgraded: false });
  });

  it('upgrades the trail of an older backup too, chained under the backup’s own key', async () => {
    const legacy = legacyTrail(3);
    const name = await databaseAt10(legacy, headOf(legacy));
    const raw = new Dexie(name);
    opened.push(raw);
    await raw.open();
    const snapshot = await collectSnapshot(raw);
    raw.close();
    const migrated = await migrateSnapshot(snapshot, codec, digest);
    const entries = migrated.tables.get('audit') as StoredAuditEntry[];
    expect(entries.map((entry) => (entry as { format?: number }).format)).toEqual([2, 2, 2]);
    const settingRows = migrated.tables.get('settings') as { key: string; value: unknown }[];
    const head = codec.decodeSetting('auditHead', settingRows.find((row) => row.key === 'auditHead')!.value) as AuditHead;
    expect(verifyChain(entries, head, digest)).toEqual({ ok: true, count: 3 });
  });
});
