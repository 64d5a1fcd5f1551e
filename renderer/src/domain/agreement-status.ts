/**
 * What an agreement's dates say about it today. The stored status is what the coordinator
 * decided; dates can overrule it: an agreement past its end date is expired whatever it
 * says, and one past its review date is flagged. Nothing here writes: the register shows
 * the standing and the coordinator acts on it.
 */
import type { Agreement, AgreementStatus } from './agreement';
import { addDays } from './date-time';

/** How far ahead "due for review" looks. */
export const reviewHorizonDays = 30;

export interface AgreementStanding {
  /** The status to show: the stored one, or "expired" once the end date has passed. */
  status: AgreementStatus;
  /** Data may flow under it today: active or under review, started, not ended. */
  inForce: boolean;
  /** Active or under review, but starting later. */
  notYetStarted: boolean;
  /** In force (or about to be) and its review date has passed. */
  reviewOverdue: boolean;
  /** In force (or about to be) and its review date falls within the next 30 days. */
  reviewDueSoon: boolean;
}

type Dated = Pick<Agreement, 'status' | 'startDate' | 'reviewDate' | 'endDate'>;

export function agreementStanding(agreement: Dated, today: string): AgreementStanding {
  const current = agreement.status === 'active' || agreement.status === 'under_review';
  const ended = agreement.endDate !== '' && agreement.endDate < today;
  const status: AgreementStatus = current && ended ? 'expired' : agreement.status;
  // An agreement being reviewed stays in force until it is terminated or ends.
  const live = current && !ended;
  const started = agreement.startDate <= today;
  return {
    status,
    inForce: live && started,
    notYetStarted: live && !started,
    reviewOverdue: live && agreement.reviewDate !== '' && agreement.reviewDate < today,
    reviewDueSoon: live && agreement.reviewDate >= today && agreement.reviewDate <= addDays(today, reviewHorizonDays),
  };
}

export const reviewFilters = ['', 'due', 'overdue', 'lapsed'] as const;
export type ReviewFilter = (typeof reviewFilters)[number];

export interface AgreementFilter {
  status: AgreementStatus | '';
  /** Agreements this partner is party to. */
  partnerId: string;
  /** A second partner: agreements binding both (a coverage-matrix cell). */
  otherPartnerId: string;
  /**
   * "due": overdue or due within 30 days; "overdue": past the review date; "lapsed": past its
   * end date while still marked active or under review (it needs renewing or closing).
   */
  review: ReviewFilter;
}

export const noAgreementFilter: AgreementFilter = { status: '', partnerId: '', otherPartnerId: '', review: '' };
