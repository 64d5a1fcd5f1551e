/**
 * Durations and medians for the network's figures: days between two ISO dates, and a median
 * that is published only when it describes enough cases. A median of 1 to 4 cases describes
 * one or a few people ("the one case of that quarter took 212 days to close").
 */
import { suppressionThreshold } from './small-numbers';

/** Whole days from one ISO date to another (negative when `to` is earlier); the same in every time zone. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [year, month, date] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, date) / 86_400_000;
  };
  return day(to) - day(from);
}

/** The median of `values` (the mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median as it may be published: null when fewer than 5 values (or none) stand behind it. */
export function publishMedian(values: readonly number[]): number | null {
  return values.length < suppressionThreshold ? null : median(values);
}

/** A share in per cent, to one decimal, published only when at least 5 stand behind it. */
export function publishPercent(part: number, whole: number): number | null {
  if (whole < suppressionThreshold) return null;
  return Math.round((part / whole) * 1000) / 10;
}
