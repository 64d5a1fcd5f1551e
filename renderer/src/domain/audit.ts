/**
 * Audit trail records: who did what to a case, when, old → new. The pure parts (hashing,
 * chaining, verifying) live in audit-chain.ts; storage appends in the same transaction as
 * the change it records.
 */
export const auditActions = ['create', 'update', 'status', 'view', 'event', 'acknowledge', 'disclose'] as const;
export type AuditAction = (typeof auditActions)[number];

/** What an entry is about: a case, or an information-sharing agreement. */
export const auditEntities = ['referral', 'agreement'] as const;
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
  changes: AuditChange[];
  /** The previous entry's hash (64 zeros for the first): the chain. */
  prevHash: string;
  /** SHA-256 over this entry's content and prevHash, hex. */
  hash: string;
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
