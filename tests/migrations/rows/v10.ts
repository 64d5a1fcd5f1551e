import { changed, ids } from './ids';
import { referrals as referralsV7 } from './v7';
import { records as v6 } from './v6';

/**
 * Version 10 (no new rows since 8 but these): a case signposted elsewhere with the timeline
 * entry of that decision, so migration 011 has a case not taken on beside the open and the
 * closed one, whose retention it works out from the decision's day.
 */
const signposted = {
  ...referralsV7[0]!,
  id: ids.signpostedReferral,
  caseCode: 'RT-2026-0003',
  caseNumber: 3,
  initials: 'P.',
  summary: 'An die Schulsozialarbeit weitervermittelt.',
  status: 'signposted',
  outcome: null,
  closedOn: null,
  nextReviewOn: null,
  updatedAt: changed,
};

const signpostedDecision = {
  id: ids.signpostedEvent,
  referralId: ids.signpostedReferral,
  kind: 'status',
  on: '2026-03-04',
  by: 'Erika Beispiel (Stadt Musterstadt)',
  text: 'Weitervermittelt an die Schulsozialarbeit.',
  fromStatus: 'screening',
  toStatus: 'signposted',
  outcome: null,
  meetingId: null,
  agendaItemId: null,
  ownerPartnerId: null,
  dueDate: '',
  doneOn: null,
  reviewMonths: null,
  createdAt: changed,
  updatedAt: changed,
  deletedAt: null,
  revision: 1,
};

export const referrals = [...referralsV7, signposted];
export const referralEvents = [...v6.referralEvents, signpostedDecision];
