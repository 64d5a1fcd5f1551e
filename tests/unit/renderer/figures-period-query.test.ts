import { describe, expect, it } from 'vitest';
import { paramsFromPeriod, periodFromParams, quickPeriod } from '../../../renderer/src/ui/period-query';

describe('the figures page’s period in the address', () => {
  it('is the last full year when the address names none', () => {
    expect(periodFromParams(new URLSearchParams(), '2026-12-01')).toEqual({ period: { start: '2025-01-01', end: '2025-12-31' }, invalid: false });
  });

  it('round-trips a period through the address', () => {
    const period = { start: '2025-04-01', end: '2025-06-30' };
    expect(periodFromParams(paramsFromPeriod(period), '2026-12-01')).toEqual({ period, invalid: false });
  });

  it.each([
    ['an end before the start', 'from=2025-06-30&to=2025-04-01'],
    ['a date that does not exist', 'from=2025-02-30&to=2025-06-30'],
    ['an implausible year', 'from=0002-01-01&to=2025-06-30'],
    ['only one end', 'from=2025-01-01'],
  ])('falls back to the last full year, and says so, for %s', (_, query) => {
    expect(periodFromParams(new URLSearchParams(query), '2026-12-01')).toEqual({ period: { start: '2025-01-01', end: '2025-12-31' }, invalid: true });
  });

  it('offers the last full year, this year to today, and the twelve months up to today', () => {
    expect(quickPeriod('lastFullYear', '2026-03-15')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(quickPeriod('thisYear', '2026-03-15')).toEqual({ start: '2026-01-01', end: '2026-03-15' });
    expect(quickPeriod('last12Months', '2026-03-15')).toEqual({ start: '2025-03-16', end: '2026-03-15' });
    expect(quickPeriod('last12Months', '2026-01-01')).toEqual({ start: '2025-01-02', end: '2026-01-01' });
  });
});
