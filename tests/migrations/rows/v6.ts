/**
 * Version 6: every record carries its revision (1 for what existed). The baseline audit
 * entries 006 adds are left out here: migration 007 only adds indexes and works out each
 * case's next review date, and the rows it must keep untouched need not be a whole trail.
 *
 * Besides the rows of earlier versions, a case closed in 2025 with its reviews as version 6
 * stored them: the 6-month review done, the 12-month one open, and one removed (a tombstone,
 * due earliest), so 007's next review date has each kind to tell apart.
 */
import { changed, ids } from './ids';
import { actions, agendaItems, meetingSeries } from './v2';
import { referralEvents, referrals } from './v3';
import { agreements, coverageAcknowledgements, disclosures } from './v4';
import { meetings as meetingsV5 } from './v5';
import { contacts, partners } from './v1';

const revised = <T extends object>(rows: readonly T[]) => rows.map((row) => ({ ...row, revision: 1 }));

const closedCase = {
  ...referrals[0]!,
  id: ids.closedReferral,
  caseCode: 'RT-2026-0002',
  caseNumber: 2,
  initials: 'M.',
  summary: 'Gewaltverherrlichende Beiträge; Unterstützung durch die Jugendhilfe abgeschlossen.',
  status: 'closed',
  outcome: 'support_completed',
  closedOn: '2026-03-02',
};

const review = (id: string, months: 6 | 12, dueDate: string, doneOn: string | null, deletedAt: string | null = null) => ({
  id,
  referralId: ids.closedReferral,
  kind: 'review',
  on: dueDate,
  by: 'Erika Beispiel (Stadt Musterstadt)',
  text: '',
  fromStatus: null,
  toStatus: null,
  outcome: null,
  meetingId: null,
  agendaItemId: null,
  ownerPartnerId: null,
  dueDate,
  doneOn,
  reviewMonths: months,
  createdAt: changed,
  updatedAt: deletedAt ?? changed,
  deletedAt,
});

export const closedCaseReviews = [
  review(ids.reviewDone, 6, '2026-09-02', '2026-09-04'),
  review(ids.reviewOpen, 12, '2027-03-02', null),
  review(ids.reviewRemoved, 6, '2026-08-01', null, '2026-03-06T09:15:00.000Z'),
];

export const records = {
  partners: revised(partners),
  contacts: revised(contacts),
  meetings: revised(meetingsV5),
  meetingSeries: revised(meetingSeries),
  agendaItems: revised(agendaItems),
  actions: revised(actions),
  referrals: revised([...referrals, closedCase]),
  referralEvents: revised([...referralEvents, ...closedCaseReviews]),
  agreements: revised(agreements),
  disclosures: revised(disclosures),
  coverageAcknowledgements: revised(coverageAcknowledgements),
};
