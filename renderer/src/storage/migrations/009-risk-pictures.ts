import type { Migration } from './index';

/**
 * The local risk picture (Lagebild): one record per edition. Indexed by lifecycle and period
 * only, so the list of editions and "the edition before this one" are read through indexes;
 * everything written in an edition (threats, sources, the summary) stays sealed.
 */
export const migration009: Migration = {
  version: 9,
  stores: {
    riskPictures: 'id, status, periodStart, periodEnd, updatedAt, deletedAt, previousEditionId',
  },
};
