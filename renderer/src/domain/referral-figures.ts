/**
 * The network's case figures for a period, per calendar quarter: referrals received by
 * concern, by the referring partner's sector and by outcome; how long cases took to reach the
 * panel and to close; and how many post-closure reviews were done on time. Counts only, each
 * published through the small-number rule (1–4 shown as "<5"), so no person can be singled
 * out. Pure: storage gives the records (storage/repositories/referral-figures.ts).
 */
import { quarterKeyOf, quartersIn, type FiguresPeriod, type Quarter } from './figures-period';
import { daysBetween, publishMedian, publishPercent } from './figure-durations';
import { publishBreakdown } from './linked-suppression';
import { closingOutcomes, concernTypes, type ConcernType, type Referral, type ReferralEvent } from './referral';
import { isOpenCase } from './referral-workflow';
import type { PublishedCount } from './risk-picture';
import { sectorCodes, type SectorCode } from './sectors';
import { publishCount } from './small-numbers';

/** What the figures need of a case. */
export type FigureCase = Pick<Referral, 'id' | 'receivedOn' | 'concernTypes' | 'referringPartnerId' | 'status' | 'outcome' | 'closedOn'>;
/** What the figures need of a timeline entry. */
export type FigureEvent = Pick<ReferralEvent, 'referralId' | 'kind' | 'on' | 'toStatus' | 'dueDate' | 'doneOn'>;

/** The records behind the figures of a period, as storage reads them (live records only). */
export interface ReferralFigureRecords {
  /** The cases received in the period. */
  cases: FigureCase[];
  /** The timelines of those cases. */
  timelines: FigureEvent[];
  /** Post-closure reviews due in the period, of any case (a review falls due long after its case came in). */
  reviewsDue: FigureEvent[];
  /** The sector of each referring partner (archived partners included). */
  sectorOfPartner: ReadonlyMap<string, SectorCode>;
}

/**
 * Where a case stands: its closing outcome, still open, or ended without being taken on
 * (not appropriate, signposted elsewhere). "closed" only for a closed case without an
 * outcome, which the workflow does not allow but old data might hold.
 */
export const outcomeCategories = ['open', ...closingOutcomes, 'not_appropriate', 'signposted', 'closed'] as const;
export type OutcomeCategory = (typeof outcomeCategories)[number];
export const sectorCategories = [...sectorCodes, 'unknown'] as const;
export type SectorCategory = (typeof sectorCategories)[number];

/** One category's published count per quarter. */
export interface Breakdown<C extends string> {
  category: C;
  values: PublishedCount[];
}

/** A duration's median (days) per quarter of receipt, and how many cases it was measured on. */
export interface MedianDays {
  median: (number | null)[];
  measured: PublishedCount[];
}

export interface ReferralFigures {
  quarters: Quarter[];
  /** A case with two concerns counts under each. */
  byConcern: Breakdown<ConcernType>[];
  bySector: Breakdown<SectorCategory>[];
  byOutcome: Breakdown<OutcomeCategory>[];
  /** From receipt to the first panel discussion (or the step to the panel). */
  toPanel: MedianDays;
  toClosure: MedianDays;
  /** Per quarter of the due date: reviews due by today, those done by their due date, and that share in per cent. */
  reviews: { due: PublishedCount[]; onTime: PublishedCount[]; percentOnTime: (number | null)[] };
}

export function outcomeCategoryOf(referral: Pick<Referral, 'status' | 'outcome'>): OutcomeCategory {
  if (referral.status === 'closed') return referral.outcome ?? 'closed';
  if (referral.status === 'not_appropriate' || referral.status === 'signposted') return referral.status;
  return isOpenCase(referral.status) ? 'open' : 'closed';
}

/** The day a case first reached the panel: a panel discussion, or the step to the panel without a meeting linked. */
export function panelDayOf(timeline: readonly FigureEvent[]): string | null {
  const days = timeline.filter((event) => event.kind === 'panel' || (event.kind === 'status' && event.toStatus === 'panel')).map((event) => event.on);
  return days.length === 0 ? null : days.sort()[0]!;
}

/** A raw count per quarter and category, for categories in `order`. */
function countsBy<C extends string>(quarters: readonly Quarter[], order: readonly C[], entries: Iterable<[quarterKey: string, category: C]>): number[][] {
  const quarterIndex = new Map(quarters.map((quarter, index) => [quarter.key, index]));
  const categoryIndex = new Map(order.map((category, index) => [category, index]));
  const counts = order.map(() => quarters.map(() => 0));
  for (const [quarterKey, category] of entries) {
    const at = quarterIndex.get(quarterKey);
    const row = categoryIndex.get(category);
    if (at !== undefined && row !== undefined) counts[row]![at]! += 1;
  }
  return counts;
}

/**
 * The categories that occur, with their published values. `linked` publishes each quarter's
 * column as one breakdown whose total can be known (the cases split by sector or outcome), with
 * `groups` the further sums that are published; otherwise (concerns, where a case counts more
 * than once and no total follows) each value alone.
 */
function breakdowns<C extends string>(order: readonly C[], counts: number[][], linked: { groups: C[][] } | null): Breakdown<C>[] {
  const published = counts.map((row) => row.map(publishCount));
  if (linked) {
    const groups = linked.groups.map((group) => group.map((category) => order.indexOf(category)));
    for (let at = 0; at < (counts[0]?.length ?? 0); at += 1) {
      const column = publishBreakdown(
        counts.map((row) => row[at]!),
        groups,
      );
      column.forEach((value, row) => (published[row]![at] = value));
    }
  }
  return order.flatMap((category, row) => (counts[row]!.some((count) => count > 0) ? [{ category, values: published[row]! }] : []));
}

function medianDays(quarters: readonly Quarter[], measurements: Iterable<[quarterKey: string, days: number]>): MedianDays {
  const byQuarter = new Map(quarters.map((quarter) => [quarter.key, [] as number[]]));
  for (const [quarterKey, days] of measurements) byQuarter.get(quarterKey)?.push(days);
  const lists = quarters.map((quarter) => byQuarter.get(quarter.key)!);
  return { median: lists.map(publishMedian), measured: lists.map((list) => publishCount(list.length)) };
}

function reviewFigures(quarters: readonly Quarter[], reviews: readonly FigureEvent[], period: FiguresPeriod, today: string): ReferralFigures['reviews'] {
  const due = new Map(quarters.map((quarter) => [quarter.key, { due: 0, onTime: 0 }]));
  for (const review of reviews) {
    if (review.kind !== 'review' || !review.dueDate || review.dueDate < period.start || review.dueDate > period.end) continue;
    // A review not done whose day has not passed is not late yet: it is not counted until it is.
    if (review.doneOn === null && review.dueDate >= today) continue;
    const tally = due.get(quarterKeyOf(review.dueDate));
    if (!tally) continue;
    tally.due += 1;
    if (review.doneOn !== null && review.doneOn <= review.dueDate) tally.onTime += 1;
  }
  const tallies = quarters.map((quarter) => due.get(quarter.key)!);
  return {
    due: tallies.map((tally) => publishCount(tally.due)),
    onTime: tallies.map((tally) => publishCount(tally.onTime)),
    percentOnTime: tallies.map((tally) => publishPercent(tally.onTime, tally.due)),
  };
}

/** The figures of `period`, as of `today` (which reviews have fallen due). */
export function referralFigures(period: FiguresPeriod, records: ReferralFigureRecords, today: string): ReferralFigures {
  const quarters = quartersIn(period);
  const cases = records.cases.filter((referral) => referral.receivedOn >= period.start && referral.receivedOn <= period.end);
  const quarterOf = new Map(cases.map((referral) => [referral.id, quarterKeyOf(referral.receivedOn)]));
  const timelineOf = new Map<string, FigureEvent[]>();
  for (const event of records.timelines) timelineOf.set(event.referralId, [...(timelineOf.get(event.referralId) ?? []), event]);

  const concernCounts = countsBy(
    quarters,
    concernTypes,
    cases.flatMap((referral) => [...new Set(referral.concernTypes)].map((concern): [string, ConcernType] => [quarterOf.get(referral.id)!, concern])),
  );
  const sectorCounts = countsBy(
    quarters,
    sectorCategories,
    cases.map((referral): [string, SectorCategory] => [quarterOf.get(referral.id)!, records.sectorOfPartner.get(referral.referringPartnerId) ?? 'unknown']),
  );
  const outcomeCounts = countsBy(
    quarters,
    outcomeCategories,
    cases.map((referral): [string, OutcomeCategory] => [quarterOf.get(referral.id)!, outcomeCategoryOf(referral)]),
  );

  const toPanel: [string, number][] = [];
  const toClosure: [string, number][] = [];
  for (const referral of cases) {
    const quarterKey = quarterOf.get(referral.id)!;
    const panelDay = panelDayOf(timelineOf.get(referral.id) ?? []);
    // A day before the case came in is a slip of the keyboard, not a duration.
    if (panelDay !== null && daysBetween(referral.receivedOn, panelDay) >= 0) toPanel.push([quarterKey, daysBetween(referral.receivedOn, panelDay)]);
    if (referral.closedOn && daysBetween(referral.receivedOn, referral.closedOn) >= 0)
      toClosure.push([quarterKey, daysBetween(referral.receivedOn, referral.closedOn)]);
  }

  return {
    quarters,
    byConcern: breakdowns(concernTypes, concernCounts, null),
    bySector: breakdowns(sectorCategories, sectorCounts, { groups: [] }),
    // The closed cases' outcomes add up to the number measured to closure, which is published too.
    byOutcome: breakdowns(outcomeCategories, outcomeCounts, { groups: [[...closingOutcomes, 'closed']] }),
    toPanel: medianDays(quarters, toPanel),
    toClosure: medianDays(quarters, toClosure),
    reviews: reviewFigures(quarters, records.reviewsDue, period, today),
  };
}
