import type { Transaction } from 'dexie';
import { plainCodec, type RecordCodec } from '../codec';
import type { RecordTable } from '../tables';
import type { Migration } from './index';

/**
 * Everything about a partner, read through indexes: the meetings it was invited to (its
 * attendees' partner ids, kept beside each meeting as `invitedPartnerIds`), the cases it is
 * involved in, the disclosures it made or received, and the agreements it is party to
 * (`partyIds`). Ids only, never anything about a person.
 *
 * Since encryption at rest, only the fields the latest schema indexes are plaintext: in the
 * rows that exist, these fields sit inside the sealed value, where no index can see them.
 * So the upgrade re-encodes every row of these tables with the session's codec (the database
 * opens only once unlocked): decoded, then encoded again under the new schema, the fields
 * move to plaintext and into the indexes, and the index keys are worked out. The record is
 * the same record: no new revision, no new `updatedAt`, no audit entry. A database opened
 * without the codec that sealed it (a plain connection on sealed rows) leaves sealed rows as
 * they are rather than guess, and so does a row that does not decrypt (it is reported where
 * it is read, as before; it must not keep the whole database from opening).
 */
export const changedTables = ['meetings', 'referrals', 'disclosures', 'agreements'] as const satisfies readonly RecordTable[];

export const migration008: Migration = {
  version: 8,
  stores: {
    meetings: 'id, seriesId, type, status, startsAt, updatedAt, deletedAt, [seriesId+startsAt], *invitedPartnerIds',
    referrals:
      'id, &caseCode, caseYear, status, referringPartnerId, leadPartnerId, receivedOn, updatedAt, deletedAt, nextReviewOn, [status+receivedOn], [leadPartnerId+receivedOn], *involvedPartnerIds',
    agreements: 'id, status, startDate, reviewDate, endDate, updatedAt, deletedAt, *partyIds',
    disclosures: 'id, referralId, agreementId, sharedOn, deletedAt, fromPartnerId, toPartnerId',
  },
  upgrade: async (tx: Transaction) => {
    const codec: RecordCodec = (tx.db as { codec?: RecordCodec }).codec ?? plainCodec;
    for (const table of changedTables) {
      await tx
        .table(table)
        .toCollection()
        .modify((stored: Record<string, unknown>, ref: { value: unknown }) => {
          if ('sealed' in stored && !codec.sealed) return;
          let record: ReturnType<RecordCodec['decode']>;
          try {
            record = codec.decode(table, stored);
          } catch {
            return;
          }
          ref.value = codec.encode(table, record);
        });
    }
  },
};
