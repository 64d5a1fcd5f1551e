/**
 * The city's rows as the app stores them since encryption at rest, sealed in Node with the
 * app's own codec (renderer/src/storage/sealed-codec.ts), as tests/e2e/support/sealing.ts
 * does for the end-to-end seeds: every record through `codec.encode`, the audit trail chained
 * again over its sealed entries with the keyed digest (`nextStoredEntry`), the settings
 * through `codec.encodeSetting` (the local user sealed, the keyring plaintext).
 *
 * Each sealed row is checked as it is made, with keys unwrapped from the stored keyring by
 * the passphrase (not the ones that sealed it): it opens to exactly the generated row, every
 * record still passes the app's strict schema, and the rebuilt chain is fed to the app's
 * chain verifier, whose verdict against the stored head `finish` gives.
 */
import type { AuditEntry, AuditHead, StoredAuditEntry } from '../../renderer/src/domain/audit';
import { canonicalJson, ChainVerifier, hmacDigest, nextStoredEntry, type ChainVerdict, type EntryDigest } from '../../renderer/src/domain/audit-chain';
import type { RecordMeta } from '../../renderer/src/domain/record';
import type { Keyring } from '../../renderer/src/crypto/keyring';
import type { SessionKeys } from '../../renderer/src/crypto/session-keys';
import type { RecordCodec } from '../../renderer/src/storage/codec';
import { checkSetting, readSetting, type SettingKey } from '../../renderer/src/storage/repositories/settings';
import { createSealedCodec } from '../../renderer/src/storage/sealed-codec';
import { recordSpecs, recordTables, type RecordTable } from '../../renderer/src/storage/tables';

interface Keys {
  codec: RecordCodec;
  digest: EntryDigest;
}

const keysOf = (session: SessionKeys): Keys => ({ codec: createSealedCodec(session.records), digest: hmacDigest(session.audit) });

export class CitySealer {
  private readonly sealing: Keys;
  private readonly checking: Keys;
  private readonly specs: ReturnType<typeof recordSpecs>;
  private readonly verifier: ChainVerifier;
  private head: AuditHead | undefined;

  constructor(
    today: string,
    private readonly keyring: Keyring,
    /** The keys the keyring was made with: they seal. */
    sealingKeys: SessionKeys,
    /** The keys unwrapped from the keyring with the passphrase: they check. */
    checkingKeys: SessionKeys,
    /** When the city was "encrypted": the `encryption` setting's date. */
    private readonly since: Date,
  ) {
    this.sealing = keysOf(sealingKeys);
    this.checking = keysOf(checkingKeys);
    this.specs = recordSpecs(() => today);
    this.verifier = new ChainVerifier(this.checking.digest);
  }

  /** A chunk of one store's rows, sealed (audit entries in `seq` order, settings last). */
  seal(store: string, rows: object[]): object[] {
    if (store === 'audit') return (rows as AuditEntry[]).map((entry) => this.sealAudit(entry));
    if (store === 'settings') return this.sealSettings(rows as { key: SettingKey; value: unknown }[]);
    if (!(recordTables as readonly string[]).includes(store)) throw new Error(`unknown store ${store}`);
    return (rows as RecordMeta[]).map((record) => this.sealRecord(store as RecordTable, record));
  }

  /** The chain's verdict against the stored head (after the settings were sealed). */
  verdict(): ChainVerdict {
    return this.verifier.finish(this.head);
  }

  private sealRecord(table: RecordTable, record: RecordMeta): object {
    const stored = this.sealing.codec.encode(table, record) as object;
    const opened = this.checking.codec.decode(table, structuredClone(stored));
    const parsed = this.specs[table].schema.safeParse(opened);
    if (!parsed.success) throw new Error(`sealed ${table} record ${record.id} no longer passes the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
    if (canonicalJson(opened) !== canonicalJson(record) || canonicalJson(parsed.data) !== canonicalJson(record))
      throw new Error(`sealed ${table} record ${record.id} does not open to what was generated`);
    return stored;
  }

  private sealAudit(entry: AuditEntry): StoredAuditEntry {
    const stored = nextStoredEntry(
      this.head,
      {
        id: entry.id,
        at: entry.at,
        actor: { name: entry.actorName, organisation: entry.actorOrganisation },
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        parentId: entry.parentId ?? null,
        changes: entry.changes,
      },
      this.sealing.digest,
      this.sealing.codec.sealAudit,
    );
    if (stored.seq !== entry.seq) throw new Error(`audit entries out of order: ${stored.seq} made for ${entry.seq}`);
    const failure = this.verifier.add([structuredClone(stored)]);
    if (failure) throw new Error(`the sealed audit chain breaks: ${JSON.stringify(failure)}`);
    // The format is how it is stored, not what was generated.
    const { prevHash: _prev, hash: _hash, format: _format, ...content } = this.checking.codec.openAudit(structuredClone(stored));
    const { prevHash: _oldPrev, hash: _oldHash, ...generated } = entry;
    if (canonicalJson(content) !== canonicalJson({ ...generated, parentId: entry.parentId ?? null }))
      throw new Error(`audit entry ${entry.seq} does not open to what was generated`);
    this.head = { seq: stored.seq, hash: stored.hash };
    return stored;
  }

  private sealSettings(rows: { key: SettingKey; value: unknown }[]): object[] {
    const values = new Map<SettingKey, unknown>(rows.map((row) => [row.key, row.value]));
    // The head of the chain as sealed (not the generated one), the keyring, and since when it is encrypted.
    values.set('auditHead', this.head ?? { seq: 0, hash: '0'.repeat(64) });
    values.set('keyring', this.keyring);
    values.set('encryption', { since: this.since.toISOString(), converted: false, chainBefore: null });
    return [...values].map(([key, value]) => {
      const stored = this.sealing.codec.encodeSetting(key, checkSetting(key, value as never));
      const opened = readSetting(key, this.checking.codec.decodeSetting(key, structuredClone(stored)));
      if (canonicalJson(opened) !== canonicalJson(value)) throw new Error(`setting ${key} does not open to what was generated`);
      return { key, value: stored };
    });
  }
}
