import type { Migration } from './index';

/**
 * Meetings, their series, agenda items and actions. Indexes are ids, dates and codes only;
 * titles, minutes, decisions and attendees' names stay unindexed.
 */
export const migration002: Migration = {
  version: 2,
  stores: {
    meetings: 'id, seriesId, type, status, startsAt, updatedAt, deletedAt',
    meetingSeries: 'id, deletedAt',
    agendaItems: 'id, meetingId, deletedAt',
    actions: 'id, meetingId, agendaItemId, ownerPartnerId, status, dueDate, deletedAt',
  },
};
