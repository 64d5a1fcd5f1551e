import type { Migration } from './index';

/**
 * Referrals, their timelines and the audit trail. Deliberately NOT indexed: concern types,
 * vulnerabilities and risk level (special-category data about a person), initials, area,
 * summary; the list filters those in memory.
 */
export const migration003: Migration = {
  version: 3,
  stores: {
    referrals: 'id, &caseCode, caseYear, status, referringPartnerId, leadPartnerId, receivedOn, updatedAt, deletedAt',
    referralEvents: 'id, referralId, kind, dueDate, deletedAt',
    audit: 'id, &seq, entityId, at',
  },
};
