/** Suppression of breakdowns whose total can be known, and the published medians and shares. */
import { describe, expect, it } from 'vitest';
import { daysBetween, median, publishMedian, publishPercent } from '../../../renderer/src/domain/figure-durations';
import { publishBreakdown } from '../../../renderer/src/domain/linked-suppression';

describe('publishBreakdown', () => {
  it('publishes a breakdown without small numbers as it is', () => {
    expect(publishBreakdown([12, 0, 5, 7])).toEqual([12, 0, 5, 7]);
  });

  it('hides the smallest other value that is not 0 beside a lone "<5"', () => {
    expect(publishBreakdown([12, 0, 3, 7, 9])).toEqual([12, 0, null, null, 9]);
  });

  it('hides nothing more when two values are hidden already, or when the others are 0', () => {
    expect(publishBreakdown([12, 2, 3, 7])).toEqual([12, null, null, 7]);
    expect(publishBreakdown([0, 3, 0])).toEqual([0, null, 0]);
  });

  it('hides a second value inside a group whose sum is published, and again where that leaves one alone', () => {
    // Group [1, 2] sums to something published: 2 hidden alone there → 6 hidden with it;
    // then the whole has two hidden, and needs nothing more.
    expect(publishBreakdown([20, 6, 2, 30], [[1, 2]])).toEqual([20, null, null, 30]);
    // Group [0, 1]: 3 alone → 8 hidden; the whole then has 3 and 8 hidden, the rest shown.
    expect(publishBreakdown([3, 8, 6, 9], [[0, 1]])).toEqual([null, null, 6, 9]);
  });
});

describe('medians, shares and days', () => {
  it('counts whole calendar days, whatever the zone and its clock changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-11-02')).toBe(9);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
  });

  it('gives the median of odd and even counts, and publishes it only from 5 values', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(publishMedian([1, 2, 3, 4])).toBeNull();
    expect(publishMedian([1, 2, 3, 4, 50])).toBe(3);
  });

  it('publishes a share only of at least 5, to one decimal', () => {
    expect(publishPercent(2, 4)).toBeNull();
    expect(publishPercent(2, 3 + 3)).toBe(33.3);
    expect(publishPercent(0, 5)).toBe(0);
  });
});
