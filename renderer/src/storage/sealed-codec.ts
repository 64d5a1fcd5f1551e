/**
 * The encryption codec: every field of a record that is not needed in plaintext is sealed
 * into one AES-256-GCM value (`sealed`, base64), with the table, the record's id and its
 * revision as associated data, so a sealed value moved to another record or another table
 * does not decrypt, nor does one put back beside a different revision.
 *
 * What stays plaintext is decided by the schema, not by a list kept by hand: a record's
 * bookkeeping (id, dates, revision, deletedAt) and the fields the indexes need (ids, foreign
 * keys, dates, status and type codes; personal fields are never indexed). A field added later
 * is sealed unless it is indexed. tests/unit/renderer/sealed-codec.test.ts pins the list.
 */
import { DecryptionError, open, seal } from '../crypto/aead';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import type { AuditEntry, AuditEntrySecret, ErasableAuditEntry, SealedAuditEntry, StoredAuditEntry } from '../domain/audit';
import { ERASABLE_FORMAT, isErasableFormat } from '../domain/audit-format';
import type { RecordMeta } from '../domain/record';
import type { RecordCodec } from './codec';
import { StorageError } from './errors';
import { withIndexKeys, withoutIndexKeys } from './index-keys';
import { indexedFieldsOf } from './migrations';
import type { RecordTable } from './tables';

const bookkeeping = ['id', 'createdAt', 'updatedAt', 'deletedAt', 'revision'];

/** The fields of `table` stored in plaintext. */
export function plaintextFieldsOf(table: RecordTable): ReadonlySet<string> {
  return new Set([...bookkeeping, ...indexedFieldsOf(table)]);
}

/** Settings read before unlocking or holding nothing about anyone; every other setting is sealed. */
export const plaintextSettings: ReadonlySet<string> = new Set(['keyring', 'encryption', 'language', 'onboarding', 'auditHead', 'auditVerified', 'lastBackup']);

const SEP = '\u0000';

function tampered(what: string, cause?: unknown): StorageError {
  return new StorageError('tampered', cause ?? new Error(`${what} does not decrypt`));
}

export function createSealedCodec(recordKey: Uint8Array): RecordCodec {
  const plaintext = new Map<string, ReadonlySet<string>>();
  const plainOf = (table: RecordTable) => plaintext.get(table) ?? plaintext.set(table, plaintextFieldsOf(table)).get(table)!;

  function sealJson(value: unknown, context: string): string {
    return toBase64(seal(recordKey, utf8(JSON.stringify(value)), utf8(context)));
  }

  function openJson(sealed: unknown, context: string, what: string): unknown {
    if (typeof sealed !== 'string') throw tampered(`${what} is not sealed`);
    try {
      return JSON.parse(fromUtf8(open(recordKey, fromBase64(sealed), utf8(context))));
    } catch (error) {
      throw tampered(what, error instanceof DecryptionError ? error : undefined);
    }
  }

  const recordContext = (table: string, id: unknown, revision: unknown) => `${table}${SEP}${String(id)}${SEP}${String(revision)}`;
  const auditContext = (id: unknown, seq: unknown) => `audit${SEP}${String(id)}${SEP}${String(seq)}`;

  /** An erasable entry opened: an erased part reads as empty (no names, no changes), `erased` says since when. */
  function openErasable(stored: ErasableAuditEntry): AuditEntry {
    const { sealedActor, sealedChanges, actorDigest: _actorDigest, changesDigest: _changesDigest, ...plain } = stored;
    const what = `audit entry ${String(plain.seq)}`;
    const context = auditContext(plain.id, plain.seq);
    let actorName = '';
    let actorOrganisation = '';
    if (sealedActor !== undefined) {
      const actor = openJson(sealedActor, `${context}${SEP}actor`, what) as Partial<AuditEntrySecret> | null;
      if (!actor || typeof actor.actorName !== 'string' || typeof actor.actorOrganisation !== 'string') throw tampered(what);
      ({ actorName, actorOrganisation } = actor as AuditEntrySecret);
    }
    let changes: AuditEntry['changes'] = [];
    if (sealedChanges !== undefined) {
      const opened = openJson(sealedChanges, `${context}${SEP}changes`, what);
      if (!Array.isArray(opened)) throw tampered(what);
      changes = opened as AuditEntry['changes'];
    }
    return { ...plain, actorName, actorOrganisation, changes };
  }

  return {
    sealed: true,

    encode<T extends RecordMeta>(table: RecordTable, record: T): unknown {
      const plain = plainOf(table);
      const stored: Record<string, unknown> = {};
      const secret: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(withIndexKeys(table, record))) {
        if (field === 'sealed') throw new Error(`${table}: "sealed" is reserved for the encryption codec`);
        if (plain.has(field)) stored[field] = value;
        else secret[field] = value;
      }
      stored['sealed'] = sealJson(secret, recordContext(table, record.id, record.revision));
      return stored;
    },

    decode<T extends RecordMeta>(table: RecordTable, stored: unknown): T {
      if (stored === null || typeof stored !== 'object') throw tampered(`a ${table} row`);
      const { sealed, ...plain } = stored as Record<string, unknown>;
      const what = `${table} ${String(plain['id'])}`;
      const secret = openJson(sealed, recordContext(table, plain['id'], plain['revision']), what);
      if (secret === null || typeof secret !== 'object' || Array.isArray(secret)) throw tampered(what);
      // Plaintext wins over nothing: the sealed part never holds a plaintext field. A row
      // sealed before a migration indexed one of its fields holds that field in the sealed
      // part (until the migration re-encodes it): it comes out the same either way.
      return withoutIndexKeys(table, { ...(secret as object), ...plain }) as unknown as T;
    },

    encodeSetting(key: string, value: unknown): unknown {
      return plaintextSettings.has(key) ? value : { sealed: sealJson(value, `settings${SEP}${key}`) };
    },

    decodeSetting(key: string, stored: unknown): unknown {
      if (plaintextSettings.has(key) || stored === undefined) return stored;
      return openJson((stored as { sealed?: unknown } | null)?.sealed, `settings${SEP}${key}`, `setting ${key}`);
    },

    /**
     * Entries are written in the erasable format (domain/audit-format.ts): who made the change
     * and what changed are sealed apart, each bound to the entry (its id and number) and to its
     * part, so a part moved to another entry or swapped with the other part does not decrypt.
     * Entries of the first format (one sealed part) are sealed that way only by older versions.
     */
    sealAudit(entry: Omit<AuditEntry, 'hash'>): Omit<ErasableAuditEntry, 'hash'> {
      const {
        actorName,
        actorOrganisation,
        changes,
        format: _format,
        erased: _erased,
        actorDigest: _actorDigest,
        changesDigest: _changesDigest,
        ...plain
      } = entry;
      const context = auditContext(entry.id, entry.seq);
      return {
        ...plain,
        parentId: plain.parentId ?? null,
        format: ERASABLE_FORMAT,
        sealedActor: sealJson({ actorName, actorOrganisation }, `${context}${SEP}actor`),
        sealedChanges: sealJson(changes, `${context}${SEP}changes`),
      };
    },

    openAudit(stored: StoredAuditEntry): AuditEntry {
      if (isErasableFormat(stored)) return openErasable(stored as ErasableAuditEntry);
      const { sealed, ...plain } = stored as SealedAuditEntry;
      const secret = openJson(sealed, auditContext(plain.id, plain.seq), `audit entry ${String(plain.seq)}`) as AuditEntrySecret;
      if (secret === null || typeof secret !== 'object' || typeof secret.actorName !== 'string' || !Array.isArray(secret.changes))
        throw tampered(`audit entry ${plain.seq}`);
      return { ...plain, actorName: secret.actorName, actorOrganisation: secret.actorOrganisation, changes: secret.changes };
    },
  };
}
