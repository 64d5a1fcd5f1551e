import type { Migration } from './index';

/**
 * Information-sharing agreements, each case's disclosure log, and the acknowledged gaps in
 * coverage. Indexed: ids, foreign keys, dates and status only. Titles, purposes, parties'
 * roles, what was disclosed and why stay unindexed.
 */
export const migration004: Migration = {
  version: 4,
  stores: {
    agreements: 'id, status, startDate, reviewDate, endDate, updatedAt, deletedAt',
    disclosures: 'id, referralId, agreementId, sharedOn, deletedAt',
    coverageAcknowledgements: 'id, referralId, deletedAt',
  },
};
