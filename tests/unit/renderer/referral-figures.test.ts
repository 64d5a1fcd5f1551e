/**
 * The case figures of the figures page: counts per quarter by concern, sector and outcome,
 * the median days to the panel and to closure, and reviews done on time, each published only
 * when it cannot single out a person (1–4 → null, "<5"; a second value hidden where the first
 * could be worked out from a total).
 */
import { describe, expect, it } from 'vitest';
import type { ConcernType, ReferralStatus } from '../../../renderer/src/domain/referral';
import { referralFigures, type FigureCase, type FigureEvent, type ReferralFigureRecords } from '../../../renderer/src/domain/referral-figures';
import type { SectorCode } from '../../../renderer/src/domain/sectors';

const year = { start: '2026-01-01', end: '2026-12-31' };
const today = '2026-12-01';
let serial = 0;

function caseOf(receivedOn: string, fields: Partial<FigureCase> = {}): FigureCase {
  serial += 1;
  return {
    id: `case-${serial}`,
    receivedOn,
    concernTypes: ['right_wing'],
    referringPartnerId: 'police',
    status: 'received',
    outcome: null,
    closedOn: null,
    ...fields,
  };
}

const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

function event(referralId: string, kind: FigureEvent['kind'], on: string, fields: Partial<FigureEvent> = {}): FigureEvent {
  return { referralId, kind, on, toStatus: null, dueDate: '', doneOn: null, ...fields };
}

const sectors = new Map<string, SectorCode>([
  ['police', 'police'],
  ['school', 'school'],
  ['youth', 'youth'],
]);

function records(cases: FigureCase[], timelines: FigureEvent[] = [], reviewsDue: FigureEvent[] = []): ReferralFigureRecords {
  return { cases, timelines, reviewsDue, sectorOfPartner: sectors };
}

const valuesOf = <C extends string>(breakdown: { category: C; values: (number | null)[] }[], category: C) =>
  breakdown.find((entry) => entry.category === category)?.values;

describe('referrals received per quarter', () => {
  it('labels the quarters of the period and counts a case under each of its concerns', () => {
    const cases = [
      ...times(5, () => caseOf('2026-02-10')),
      caseOf('2026-03-31', { concernTypes: ['right_wing', 'islamist'] }),
      ...times(6, () => caseOf('2026-04-01', { concernTypes: ['islamist'] })),
    ];
    const figures = referralFigures(year, records(cases), today);
    expect(figures.quarters.map((quarter) => quarter.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(valuesOf(figures.byConcern, 'right_wing')).toEqual([6, 0, 0, 0]);
    // The one Islamist case of Q1 is shown as "<5", the six of Q2 as 6.
    expect(valuesOf(figures.byConcern, 'islamist')).toEqual([null, 6, 0, 0]);
  });

  it('lists only the concerns, sectors and outcomes that occur, in the order of their vocabulary', () => {
    const figures = referralFigures(year, records([caseOf('2026-05-01', { concernTypes: ['drugs', 'left_wing'], referringPartnerId: 'school' })]), today);
    expect(figures.byConcern.map((entry) => entry.category)).toEqual(['left_wing', 'drugs']);
    expect(figures.bySector.map((entry) => entry.category)).toEqual(['school']);
    expect(figures.byOutcome.map((entry) => entry.category)).toEqual(['open']);
  });

  it('leaves out cases received outside the period', () => {
    const figures = referralFigures(year, records([...times(5, () => caseOf('2025-12-31')), ...times(5, () => caseOf('2027-01-01'))]), today);
    expect(figures.byConcern).toEqual([]);
  });

  it('counts by the referring partner’s sector, and hides a second sector where one is "<5"', () => {
    const cases = [
      // Q1: police 6, school 3 → without a second hidden value, school = total − 6.
      ...times(6, () => caseOf('2026-01-15')),
      ...times(3, () => caseOf('2026-01-15', { referringPartnerId: 'school' })),
      // Q2: police 9, school 5, youth 2 → youth and the smaller of the rest (school) hidden.
      ...times(9, () => caseOf('2026-05-15')),
      ...times(5, () => caseOf('2026-05-15', { referringPartnerId: 'school' })),
      ...times(2, () => caseOf('2026-05-15', { referringPartnerId: 'youth' })),
      // Q3: police 7 only; Q4: an unknown partner's 5 cases.
      ...times(7, () => caseOf('2026-08-01')),
      ...times(5, () => caseOf('2026-11-01', { referringPartnerId: 'gone' })),
    ];
    const figures = referralFigures(year, records(cases), today);
    expect(valuesOf(figures.bySector, 'police')).toEqual([null, 9, 7, 0]);
    expect(valuesOf(figures.bySector, 'school')).toEqual([null, null, 0, 0]);
    expect(valuesOf(figures.bySector, 'youth')).toEqual([0, null, 0, 0]);
    expect(valuesOf(figures.bySector, 'unknown')).toEqual([0, 0, 0, 5]);
  });

  it('counts by where a case stands: open, its closing outcome, or not taken on', () => {
    const closed = (outcome: 'support_completed' | 'moved_away', closedOn: string) => caseOf('2026-01-10', { status: 'closed', outcome, closedOn });
    const cases = [
      ...times(6, () => caseOf('2026-01-10', { status: 'support' })),
      ...times(5, () => caseOf('2026-01-10', { status: 'not_appropriate' })),
      ...times(7, () => closed('support_completed', '2026-03-01')),
      ...times(2, () => closed('moved_away', '2026-03-01')),
      ...times(5, () => caseOf('2026-04-10', { status: 'signposted' })),
    ];
    const figures = referralFigures(year, records(cases), today);
    // Moved away (2) is hidden; the closed outcomes add up to the cases measured to closure,
    // which is published, so the other closed outcome is hidden too, and the open and
    // not-appropriate counts stay.
    expect(figures.toClosure.measured[0]).toBe(9);
    expect(valuesOf(figures.byOutcome, 'open')).toEqual([6, 0, 0, 0]);
    expect(valuesOf(figures.byOutcome, 'not_appropriate')).toEqual([5, 0, 0, 0]);
    expect(valuesOf(figures.byOutcome, 'support_completed')).toEqual([null, 0, 0, 0]);
    expect(valuesOf(figures.byOutcome, 'moved_away')).toEqual([null, 0, 0, 0]);
    expect(valuesOf(figures.byOutcome, 'signposted')).toEqual([0, 5, 0, 0]);
  });
});

describe('time to the panel and to closure', () => {
  it('is the median of the quarter’s cases in days, from the first panel discussion or step to the panel', () => {
    const q1 = times(5, () => caseOf('2026-02-01'));
    const timelines = [
      event(q1[0]!.id, 'panel', '2026-02-11'),
      event(q1[0]!.id, 'panel', '2026-04-01'),
      event(q1[1]!.id, 'status', '2026-02-21', { toStatus: 'panel' }),
      event(q1[2]!.id, 'panel', '2026-03-03'),
      event(q1[3]!.id, 'panel', '2026-03-13'),
      event(q1[4]!.id, 'panel', '2026-03-23'),
      // Not a panel: another status step, a note.
      event(q1[4]!.id, 'status', '2026-02-02', { toStatus: 'screening' }),
      event(q1[4]!.id, 'note', '2026-02-03'),
    ];
    const figures = referralFigures(year, records(q1, timelines), today);
    expect(figures.toPanel.median).toEqual([30, null, null, null]);
    expect(figures.toPanel.measured).toEqual([5, 0, 0, 0]);
  });

  it('takes the mean of the middle two for an even number, over the clock change (Berlin 29 March, New York 8 March)', () => {
    const cases = times(6, (index) =>
      caseOf('2026-03-01', { status: 'closed', outcome: 'no_further_action', closedOn: `2026-04-${String(index + 1).padStart(2, '0')}` }),
    );
    const figures = referralFigures(year, records(cases), today);
    // 31 … 36 days: the median is (33 + 34) / 2.
    expect(figures.toClosure.median[0]).toBe(33.5);
    expect(figures.toClosure.measured[0]).toBe(6);
  });

  it('publishes no median of fewer than 5 cases, and does not measure a panel dated before the case came in', () => {
    const cases = times(5, () => caseOf('2026-07-01'));
    const timelines = cases.map((referral, index) => event(referral.id, 'panel', index === 0 ? '2026-06-30' : '2026-07-11'));
    const figures = referralFigures(year, records(cases, timelines), today);
    expect(figures.toPanel.median[2]).toBeNull();
    expect(figures.toPanel.measured[2]).toBeNull();
  });
});

describe('reviews done on time', () => {
  const review = (dueDate: string, doneOn: string | null) => event('old-case', 'review', dueDate, { dueDate, doneOn });

  it('counts the reviews due in each quarter, on time when done by their due date', () => {
    const reviewsDue = [
      review('2026-01-10', '2026-01-10'),
      review('2026-01-20', '2026-01-05'),
      review('2026-02-01', '2026-02-02'),
      review('2026-02-15', null),
      review('2026-03-30', '2026-03-01'),
      review('2026-04-01', '2026-04-01'),
    ];
    const figures = referralFigures(year, records([], [], reviewsDue), today);
    expect(figures.reviews.due).toEqual([5, null, 0, 0]);
    expect(figures.reviews.onTime).toEqual([null, null, 0, 0]);
    expect(figures.reviews.percentOnTime).toEqual([60, null, null, null]);
  });

  it('does not count a review not yet done whose day has not passed, nor one due outside the period', () => {
    const reviewsDue = [
      ...times(5, () => review('2026-11-02', '2026-11-01')),
      review('2026-12-01', null),
      review('2026-12-20', null),
      review('2025-12-31', null),
      // Done early, though its day is still to come: it counts, on time.
      review('2026-12-15', '2026-11-30'),
    ];
    const figures = referralFigures(year, records([], [], reviewsDue), today);
    expect(figures.reviews.due).toEqual([0, 0, 0, 6]);
    expect(figures.reviews.percentOnTime).toEqual([null, null, null, 100]);
  });

  it('ignores other timeline entries that have a due date (support actions)', () => {
    const reviewsDue = times(5, () => event('old-case', 'support', '2026-01-10', { dueDate: '2026-01-10' }));
    expect(referralFigures(year, records([], [], reviewsDue), today).reviews.due).toEqual([0, 0, 0, 0]);
  });
});

describe('a period that is not whole quarters', () => {
  it('counts only the cases of its days, in the quarters it touches', () => {
    const cases = [...times(5, () => caseOf('2026-02-14')), ...times(5, () => caseOf('2026-02-16')), ...times(5, () => caseOf('2026-04-01'))];
    const figures = referralFigures({ start: '2026-02-15', end: '2026-04-30' }, records(cases), today);
    expect(figures.quarters.map((quarter) => quarter.key)).toEqual(['2026-Q1', '2026-Q2']);
    expect(valuesOf(figures.byConcern, 'right_wing' as ConcernType)).toEqual([5, 5]);
  });

  it('works for statuses of every kind', () => {
    const statuses: ReferralStatus[] = ['received', 'screening', 'information_gathering', 'panel', 'support', 'review'];
    const figures = referralFigures(year, records(statuses.map((status) => caseOf('2026-06-01', { status }))), today);
    expect(valuesOf(figures.byOutcome, 'open')).toEqual([0, 6, 0, 0]);
  });
});
