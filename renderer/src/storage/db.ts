/** The typed Dexie database. Only code in storage/ may touch it. */
import Dexie, { type EntityTable } from 'dexie';
import type { ActionItem, AgendaItem, Meeting, MeetingSeries } from '../domain/meeting';
import type { Contact, Partner } from '../domain/partner';
import type { AuditEntry } from '../domain/audit';
import type { Referral, ReferralEvent } from '../domain/referral';
import type { Agreement } from '../domain/agreement';
import type { CoverageAcknowledgement, Disclosure } from '../domain/disclosure';
import { declareMigrations } from './migrations';

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
  audit!: EntityTable<AuditEntry, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  disclosures!: EntityTable<Disclosure, 'id'>;
  coverageAcknowledgements!: EntityTable<CoverageAcknowledgement, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareMigrations(this);
  }
}
