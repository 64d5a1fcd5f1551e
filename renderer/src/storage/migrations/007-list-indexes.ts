import type { Migration } from './index';

/**
 * Scale: lists read the rows they show through indexes instead of whole tables. Compound
 * indexes give each list its filter and its order in one range (open actions by due date,
 * an owner's actions by due date, a series' meetings by start, cases by status or lead and
 * date received), and `nextReviewOn`, kept on each case when its timeline changes, finds
 * the cases whose review is due without reading every timeline entry. Still ids, codes and
 * dates only.
 */
export const migration007: Migration = {
  version: 7,
  stores: {
    meetings: 'id, seriesId, type, status, startsAt, updatedAt, deletedAt, [seriesId+startsAt]',
    actions: 'id, meetingId, agendaItemId, ownerPartnerId, status, dueDate, deletedAt, [status+dueDate], [ownerPartnerId+dueDate]',
    referrals:
      'id, &caseCode, caseYear, status, referringPartnerId, leadPartnerId, receivedOn, updatedAt, deletedAt, nextReviewOn, [status+receivedOn], [leadPartnerId+receivedOn]',
  },
};
