import type { Migration } from './index';

/**
 * The network's figures count actions opened, done and overdue over a period from each
 * action's history. Which actions can have a say in a period is found through `updatedAt`:
 * an action created, done or closed since the period began was written since then, and one
 * still open is found through its status. Bookkeeping only (stored in plaintext already, so
 * IndexedDB indexes the rows that exist as the version opens; nothing to rewrite).
 */
export const migration010: Migration = {
  version: 10,
  stores: {
    actions: 'id, meetingId, agendaItemId, ownerPartnerId, status, dueDate, updatedAt, deletedAt, [status+dueDate], [ownerPartnerId+dueDate]',
  },
};
