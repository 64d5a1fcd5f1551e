/**
 * Audit trail records: who did what to which record, when, old → new. Every change to a
 * partner, meeting, agenda item, action, case, agreement and everything recorded with them
 * leaves one. The pure parts (hashing, chaining, verifying) live in audit-chain.ts; storage
 * appends in the same transaction as the change it records.
 */
export const auditActions = [
  'create',
  'update',
  'status',
  'view',
  'event',
  'acknowledge',
  'disclose',
  'archive',
  'restore',
  'remove',
  'move',
  'attendance',
  /** Written once by the schema update that began auditing a kind of record: it existed before. */
  'baseline',
  /** A record deleted for good: its erasure record is created, its values erased. */
  'erase',
  /** Everything held about a case given out (a subject-access export): what left, not a change. */
  'export',
  /** A rectification (Art. 16): an update that says the old values were wrong, with its reason. */
  'correct',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The kind of record an entry is about: one per stored table. */
export const auditEntities = [
  'partner',
  'contact',
  'meeting',
  'meetingSeries',
  'agendaItem',
  'action',
  'referral',
  'referralEvent',
  'agreement',
  'disclosure',
  'coverageAcknowledgement',
  'riskPicture',
  'retentionHold',
  'erasure',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export interface AuditChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** Who is working at this computer, asked once in Settings; written into every entry. */
export interface LocalUser {
  name: string;
  organisation: string;
}

export interface AuditEntry {
  id: string;
  /** 1, 2, 3, … with no gaps: a missing number is a deleted entry. */
  seq: number;
  at: string;
  actorName: string;
  actorOrganisation: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  /**
   * The record this one belongs to (a contact's partner, an agenda item's meeting, a timeline
   * entry's case), so a record's history includes what was recorded with it. Absent on
   * entries written before it existed, and then left out of the hash.
   */
  parentId?: string | null;
  changes: AuditChange[];
  /** The previous entry's hash (64 zeros for the first): the chain. */
  prevHash: string;
  /** The digest (SHA-256 today, HMAC-SHA-256 once keyed) over this entry's content and prevHash, hex. */
  hash: string;
  /**
   * 2 for entries whose hash covers digests of who made the change and of its values rather
   * than the values themselves (domain/audit-format.ts), so either can be erased when the record
   * is deleted and the entry still verifies. Absent on entries of the first format.
   */
  format?: 2;
  /** When the values and/or the names were erased (deletion); not covered by the hash. */
  erased?: ErasedParts;
  /** A plain entry's digests, stored once the part they stand for was erased. */
  actorDigest?: string;
  changesDigest?: string;
}

/** When each erasable part of an entry was erased (ISO instants). */
export interface ErasedParts {
  values?: string;
  actor?: string;
}

/**
 * An entry as stored once the data is encrypted: who did it and what changed are sealed
 * (AES-GCM, base64) into `sealed`; the rest stays readable for the indexes and the chain.
 * The chain's keyed hash is over this stored form, so the check verifies it without
 * decrypting, and the sealed part authenticates itself when opened.
 */
export interface SealedAuditEntry {
  id: string;
  seq: number;
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  parentId: string | null;
  prevHash: string;
  sealed: string;
  hash: string;
}

/**
 * A sealed entry of the second format: who made the change and what changed are sealed
 * apart, and the hash covers a digest of each sealed part (domain/audit-format.ts). Deleting
 * the record it describes removes a part and keeps its digest, so the entry still verifies
 * without what was erased.
 */
export interface ErasableAuditEntry {
  id: string;
  seq: number;
  at: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  parentId: string | null;
  prevHash: string;
  format: 2;
  /** {actorName, actorOrganisation}, sealed; gone once erased. */
  sealedActor?: string;
  /** The changes, sealed; gone once erased. */
  sealedChanges?: string;
  /** Stored once the part was erased: SHA-256 of the sealed text that was there (hex). */
  actorDigest?: string;
  changesDigest?: string;
  erased?: ErasedParts;
  hash: string;
}

/** What the audit table holds: plain entries (before encryption, and in tests) or sealed ones of either format. */
export type StoredAuditEntry = AuditEntry | SealedAuditEntry | ErasableAuditEntry;

/** What is sealed of an entry. */
export interface AuditEntrySecret {
  actorName: string;
  actorOrganisation: string;
  changes: AuditChange[];
}

/** The last entry's number and hash, kept beside the log so that cutting entries off the end shows. */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** Nothing to show: null, undefined, an empty text or an empty list. */
export function isEmptyAuditValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The changes worth showing: a change from empty to empty (a field left blank on creation) says nothing. */
export function visibleChanges(changes: readonly AuditChange[]): AuditChange[] {
  return changes.filter((change) => !(isEmptyAuditValue(change.old) && isEmptyAuditValue(change.new)));
}

/**
 * The lines of one record's history: its own entries, and those of records written with it
 * (a case's timeline entries, disclosures) that say something. A timeline entry written by a
 * status change has no changes of its own (the status change says it all) and adds no line.
 */
export function historyEntries(entries: readonly AuditEntry[], entityId: string): AuditEntry[] {
  return entries.filter((entry) => entry.entityId === entityId || visibleChanges(entry.changes).length > 0);
}
