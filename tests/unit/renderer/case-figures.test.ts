import { describe, expect, it } from 'vitest';
import { caseFiguresOf, changeOf, maxAreaRows, otherAreas, withSecondarySuppression, type CaseFacts } from '../../../renderer/src/domain/case-figures';
import { followingPeriod, previousPeriod } from '../../../renderer/src/domain/period-comparison';
import { caseFiguresSnapshotSchema } from '../../../renderer/src/domain/risk-picture';

const at = new Date('2027-01-15T10:00:00.000Z');
const year2026 = { start: '2026-01-01', end: '2026-12-31' };

function facts(receivedOn: string, overrides: Partial<CaseFacts> = {}): CaseFacts {
  return { receivedOn, concernTypes: ['right_wing'], ageBand: '16_17', area: 'Nordstadt', status: 'received', outcome: null, ...overrides };
}
const times = (count: number, make: (index: number) => CaseFacts) => Array.from({ length: count }, (_, index) => make(index));

describe('the previous period', () => {
  it('of a year is the year before, also when one of them is a leap year', () => {
    expect(previousPeriod({ start: '2025-01-01', end: '2025-12-31' })).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(previousPeriod({ start: '2024-01-01', end: '2024-12-31' })).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('of a quarter is the quarter before, however many days each has', () => {
    expect(previousPeriod({ start: '2026-04-01', end: '2026-06-30' })).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(previousPeriod({ start: '2026-01-01', end: '2026-03-31' })).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(previousPeriod({ start: '2024-03-01', end: '2024-05-31' })).toEqual({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('of a year not starting in January is the twelve months before', () => {
    expect(previousPeriod({ start: '2024-03-01', end: '2025-02-28' })).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });

  it('of any other period is the same number of days, ending the day before', () => {
    expect(previousPeriod({ start: '2024-03-15', end: '2024-03-21' })).toEqual({ start: '2024-03-08', end: '2024-03-14' });
    // 29 Feb counted as a day: 1–10 March 2024 (10 days) follows 20–29 February.
    expect(previousPeriod({ start: '2024-03-01', end: '2024-03-10' })).toEqual({ start: '2024-02-20', end: '2024-02-29' });
    expect(previousPeriod({ start: '2026-06-17', end: '2026-06-17' })).toEqual({ start: '2026-06-16', end: '2026-06-16' });
  });

  it('the following period mirrors it (a leap year is followed by a whole year)', () => {
    expect(followingPeriod({ start: '2024-01-01', end: '2024-12-31' })).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(followingPeriod({ start: '2026-01-01', end: '2026-03-31' })).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(followingPeriod({ start: '2024-03-08', end: '2024-03-14' })).toEqual({ start: '2024-03-15', end: '2024-03-21' });
  });
});

describe('secondary suppression', () => {
  it('suppresses the smallest other group when exactly one is suppressed and the total is shown', () => {
    // 6 + 5 + 1 = 12: the 1 is "<5", and 12 − 6 − 5 would give it away.
    expect(withSecondarySuppression([6, 5, 1], 12)).toEqual([6, null, null]);
  });

  it('leaves the counts alone when two groups are suppressed already, or none, or the total is not shown', () => {
    expect(withSecondarySuppression([9, 2, 3], 14)).toEqual([9, null, null]);
    expect(withSecondarySuppression([9, 6, 0], 15)).toEqual([9, 6, 0]);
    expect(withSecondarySuppression([3], null)).toEqual([null]);
  });

  it('never picks a zero group (nobody to hide there) and breaks ties by the order given', () => {
    expect(withSecondarySuppression([0, 7, 2, 7], 16)).toEqual([0, null, null, 7]);
  });
});

describe('case figures of a period', () => {
  const cases: CaseFacts[] = [
    // 2026: 8 right-wing (one also Islamist, one also racism) and 3 Islamist only: 11 cases.
    ...times(8, (index) =>
      facts(`2026-0${index + 1}-10`, {
        concernTypes: index === 0 ? ['right_wing', 'islamist'] : index === 1 ? ['racism', 'right_wing'] : ['right_wing'],
        ageBand: index < 6 ? '16_17' : '18_24',
        area: ['Nordstadt', ' nordstadt', 'NORDSTADT', 'Nord  Stadt', 'Nordstadt', 'Südstadt', 'Südstadt', ''][index]!,
        status: index < 5 ? 'closed' : 'support',
        outcome: index < 5 ? 'support_completed' : null,
      }),
    ),
    ...times(3, () => facts('2026-12-31', { concernTypes: ['islamist'], ageBand: '18_24', area: 'Südstadt', status: 'not_appropriate' })),
    // 2025: 6 right-wing, closed; 1 racism, open: 7 cases.
    ...times(6, () => facts('2025-01-01', { status: 'closed', outcome: 'no_further_action' })),
    facts('2025-12-31', { concernTypes: ['racism'], area: 'nordstadt' }),
    // Outside both periods: left out.
    facts('2024-12-31', { concernTypes: ['drugs'] }),
    facts('2027-01-01', { concernTypes: ['drugs'] }),
  ];
  const snapshot = caseFiguresOf(cases, year2026, at);

  it('counts the cases received in the period and the year before, with the bounds used', () => {
    expect(snapshot).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      previousStart: '2025-01-01',
      previousEnd: '2025-12-31',
      total: 11,
      previousTotal: 7,
      countedAt: '2027-01-15T10:00:00.000Z',
    });
    expect(caseFiguresSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('counts a case with two concerns under each, and shows a group under 5 as suppressed', () => {
    // 2026: right-wing 8, Islamist 4, racism 1 (two suppressed hide each other). 2025: right-wing
    // 6, racism 1, of 7: the "<5" would be 7 − 6, so right-wing is suppressed with it.
    expect(snapshot.breakdowns.concern).toEqual([
      { key: 'right_wing', count: 8, previous: null },
      { key: 'islamist', count: null, previous: 0 },
      { key: 'racism', count: null, previous: null },
    ]);
  });

  it('by age band, in the bands’ own order', () => {
    expect(snapshot.breakdowns.ageBand).toEqual([
      { key: '16_17', count: 6, previous: 7 },
      { key: '18_24', count: 5, previous: 0 },
    ]);
  });

  it('by area as written, grouped whatever the case and spaces, in the most frequent spelling, unrecorded last', () => {
    // "Nordstadt" ×2, " nordstadt", "NORDSTADT", "Nord  Stadt": one area of 5 (and 7 in 2025);
    // Südstadt 2 + 3 = 5; one case without an area (<5). With 11 shown, 11 − 5 − 5 would give
    // that one away: the smaller other group (a tie, so the first listed) is suppressed too.
    expect(snapshot.breakdowns.area).toEqual([
      { key: 'Südstadt', count: 5, previous: 0 },
      { key: 'Nordstadt', count: null, previous: 7 },
      { key: '', count: null, previous: 0 },
    ]);
  });

  it('by outcome: closed cases by their outcome, early exits by their status, the rest open', () => {
    // 2025: 1 open (<5) of 7 shown, so "no further action" (6) is suppressed with it.
    expect(snapshot.breakdowns.outcome).toEqual([
      { key: 'open', count: null, previous: null },
      { key: 'support_completed', count: 5, previous: 0 },
      { key: 'no_further_action', count: 0, previous: null },
      { key: 'not_appropriate', count: null, previous: 0 },
    ]);
  });

  it('shows a change only when both counts are published', () => {
    expect(changeOf({ count: 5, previous: 7 })).toBe(-2);
    expect(changeOf({ count: 8, previous: null })).toBeNull();
    expect(changeOf({ count: null, previous: 0 })).toBeNull();
    expect(changeOf({ count: 0, previous: 0 })).toBe(0);
  });

  it('compares a quarter with the quarter before', () => {
    const quarter = caseFiguresOf(
      [...times(5, () => facts('2026-04-01')), ...times(6, () => facts('2026-03-31')), ...times(2, () => facts('2025-12-31'))],
      { start: '2026-04-01', end: '2026-06-30' },
      at,
    );
    expect(quarter).toMatchObject({ previousStart: '2026-01-01', previousEnd: '2026-03-31', total: 5, previousTotal: 6 });
  });

  it('gives nothing for a period without cases, and the same figures in any time zone', () => {
    const empty = caseFiguresOf([], year2026, at);
    expect(empty).toMatchObject({ total: 0, previousTotal: 0, breakdowns: { concern: [], ageBand: [], area: [], outcome: [] } });
    // Dates are compared as written, never through the computer's clock: a case received on the
    // last day counts in Berlin and in New York alike.
    expect(
      caseFiguresOf(
        times(5, () => facts('2026-12-31')),
        year2026,
        at,
      ).total,
    ).toBe(5);
    expect(
      caseFiguresOf(
        times(5, () => facts('2026-01-01')),
        year2026,
        at,
      ).previousTotal,
    ).toBe(0);
  });

  it('never names an area with fewer than 5 cases in both periods: they count together as other areas', () => {
    const rows = caseFiguresOf(
      [
        ...times(3, () => facts('2026-05-05', { area: 'Am Lindenpark 3' })),
        ...times(2, () => facts('2026-06-06', { area: 'Hafenweg' })),
        ...times(6, () => facts('2026-07-07', { area: 'Nordstadt' })),
        ...times(5, () => facts('2025-07-07', { area: 'Weststadt' })),
      ],
      year2026,
      at,
    ).breakdowns.area;
    // Weststadt had 5 the year before: named, with its 0 this year.
    expect(rows).toEqual([
      { key: 'Nordstadt', count: 6, previous: 0 },
      { key: 'Weststadt', count: 0, previous: 5 },
      { key: otherAreas, count: 5, previous: 0 },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/Lindenpark|Hafenweg/);
  });

  it('counts the smallest areas together beyond the rows a snapshot keeps', () => {
    const many = Array.from({ length: maxAreaRows + 20 }, (_, index) => times(5, () => facts('2026-05-05', { area: `Straße ${index}` }))).flat();
    const rows = caseFiguresOf([...many, ...times(5, () => facts('2026-05-05', { area: 'Straße 7' }))], year2026, at).breakdowns.area;
    expect(rows).toHaveLength(maxAreaRows + 1);
    expect(rows[0]).toEqual({ key: 'Straße 7', count: 10, previous: 0 });
    expect(rows.at(-1)).toEqual({ key: otherAreas, count: 100, previous: 0 });
  });
});
