/** The typed Dexie database. Only code in storage/ may touch it. */
import Dexie, { type EntityTable } from 'dexie';
import type { ActionItem, AgendaItem, Meeting, MeetingSeries } from '../domain/meeting';
import type { Contact, Partner } from '../domain/partner';
import type { StoredAuditEntry } from '../domain/audit';
import { sha256Digest, type EntryDigest } from '../domain/audit-chain';
import type { Referral, ReferralEvent } from '../domain/referral';
import type { Agreement } from '../domain/agreement';
import type { CoverageAcknowledgement, Disclosure } from '../domain/disclosure';
import type { RiskPictureEdition } from '../domain/risk-picture';
import { declareMigrations } from './migrations';
import { plainCodec, type RecordCodec } from './codec';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'roundtable';

export class RoundtableDb extends Dexie {
  partners!: EntityTable<Partner, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  meetings!: EntityTable<Meeting, 'id'>;
  meetingSeries!: EntityTable<MeetingSeries, 'id'>;
  agendaItems!: EntityTable<AgendaItem, 'id'>;
  actions!: EntityTable<ActionItem, 'id'>;
  referrals!: EntityTable<Referral, 'id'>;
  referralEvents!: EntityTable<ReferralEvent, 'id'>;
  audit!: EntityTable<StoredAuditEntry, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  disclosures!: EntityTable<Disclosure, 'id'>;
  coverageAcknowledgements!: EntityTable<CoverageAcknowledgement, 'id'>;
  riskPictures!: EntityTable<RiskPictureEdition, 'id'>;

  /** What records pass through on their way to and from the disk (the encryption seam). */
  codec: RecordCodec = plainCodec;
  /** How audit entries are hashed: SHA-256 now, keyed (HMAC) once encryption lands. */
  auditDigest: EntryDigest = sha256Digest;
  /** True once another window opened a newer version: this connection is closed for good. */
  upgradedElsewhere = false;
  private readonly upgradeListeners = new Set<() => void>();

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Strict durability: a save the UI reports as done has reached the disk, not just the
    // operating system's cache, so a power cut right after cannot lose it.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareMigrations(this);
    // Another window (a newer Roundtable) wants to upgrade the schema. Dexie's default closes
    // and then silently reopens on the next call, which would write into a schema this
    // version does not know. Close for good instead, and say so; returning false stops
    // Dexie's default handler.
    this.on('versionchange', () => {
      this.upgradedElsewhere = true;
      this.close({ disableAutoOpen: true });
      for (const listener of this.upgradeListeners) listener();
      return false;
    });
  }

  /** Calls `listener` when another window upgrades the database; returns the unsubscribe. */
  onUpgradedElsewhere(listener: () => void): () => void {
    this.upgradeListeners.add(listener);
    return () => this.upgradeListeners.delete(listener);
  }
}
