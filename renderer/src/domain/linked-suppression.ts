/**
 * Small-number suppression for a breakdown whose totals can be worked out. When the cases of
 * a quarter are split by sector, the split adds up to the number received, which another
 * breakdown of the same cases (by outcome) may show in full; so with one value shown as "<5"
 * and the others shown, the hidden one is the total minus the others, and the "<5" protects
 * nobody. Statistical offices therefore hide a second value beside it (complementary, or
 * secondary, suppression): the smallest other value that is not 0, so the least is lost.
 */
import type { PublishedCount } from './risk-picture';
import { publishCount } from './small-numbers';

/**
 * Publishes `counts` (one breakdown, e.g. one quarter's cases by outcome), each through
 * `publishCount`, then, for every group of positions whose sum can be known (`groups`; the
 * whole breakdown always is one), hides a second value where a group would have exactly one
 * hidden. Repeated until no group has: hiding a value in one group may leave another group
 * with exactly one.
 */
export function publishBreakdown(counts: readonly number[], groups: readonly (readonly number[])[] = []): PublishedCount[] {
  const published = counts.map(publishCount);
  // The narrower groups first: a value hidden inside one often settles the whole as well.
  const everyGroup = [...groups, counts.map((_, position) => position)];
  for (let changed = true; changed;) {
    changed = false;
    for (const group of everyGroup) {
      const hidden = group.filter((position) => published[position] === null);
      if (hidden.length !== 1) continue;
      const complement = group.filter((position) => published[position] !== null && counts[position]! > 0).sort((a, b) => counts[a]! - counts[b]! || a - b)[0];
      if (complement === undefined) continue;
      published[complement] = null;
      changed = true;
    }
  }
  return published;
}
