import type { Transaction } from 'dexie';
import type { Referral, ReferralEvent } from '../../domain/referral';
import { caseRetentionStart } from '../../domain/retention';
import { upgradeAuditTrail } from '../audit-upgrade';
import { plainCodec, type RecordCodec } from '../codec';
import type { Migration } from './index';

/**
 * Retention and deletion (data protection):
 * - `referrals.retentionFrom`: the day a case's retention period runs from (closing or its last
 *   review), kept by storage with every status and timeline write, indexed so the cases due for
 *   deletion are found through the index rather than by reading every closed case;
 * - `retentionHolds`: legal holds that keep a record past its due day (sealed reason, audited);
 * - `erasures`: what is left of each record deleted for good (its id, kind, when and why; a
 *   case's code, so the number is never given out again).
 *
 * The upgrade works out `retentionFrom` for the cases that are no longer open (found through
 * the status index), decoding them and their timelines with the session's codec (the database
 * opens only once unlocked) and re-encoding the case under the new schema so the field is
 * plaintext and indexed. Bookkeeping, like nextReviewOn: no new revision, no audit entry. A row
 * that does not decrypt, or a sealed row on a plain connection, is left as it is: it stays
 * open-ended (null) rather than guessed, and the case is checked where it is read, as before.
 *
 * It also rewrites an audit trail written before this version in the erasable format, after
 * verifying it (storage/audit-upgrade.ts).
 */
export const migration011: Migration = {
  version: 11,
  stores: {
    referrals:
      'id, &caseCode, caseYear, status, referringPartnerId, leadPartnerId, receivedOn, updatedAt, deletedAt, nextReviewOn, [status+receivedOn], [leadPartnerId+receivedOn], *involvedPartnerIds, retentionFrom',
    retentionHolds: 'id, recordId, until, deletedAt',
    erasures: 'id, table, parentId, caseYear, createdAt, deletedAt',
  },
  upgrade: async (tx: Transaction) => {
    const codec: RecordCodec = (tx.db as { codec?: RecordCodec }).codec ?? plainCodec;
    const readable = (stored: unknown) => codec.sealed || !(stored && typeof stored === 'object' && 'sealed' in stored);
    const ended = await tx.table('referrals').where('status').anyOf(['closed', 'not_appropriate', 'signposted']).toArray();
    for (const stored of ended) {
      if (!readable(stored)) continue;
      try {
        const referral = codec.decode<Referral>('referrals', stored);
        const timeline = (await tx.table('referralEvents').where('referralId').equals(referral.id).toArray())
          .filter(readable)
          .map((row) => codec.decode<ReferralEvent>('referralEvents', row));
        await tx.table('referrals').put(codec.encode('referrals', { ...referral, retentionFrom: caseRetentionStart(referral, timeline) }));
      } catch {
        // Does not decrypt: left as it is (see above).
      }
    }
    await upgradeAuditTrail(tx);
  },
};
