import type { Migration } from './index';

/** The partner network and the app's own settings. */
export const migration001: Migration = {
  version: 1,
  stores: {
    partners: 'id, sector, status, updatedAt, deletedAt',
    contacts: 'id, partnerId, deletedAt',
    settings: 'key',
  },
};
