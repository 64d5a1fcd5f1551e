/**
 * Small-number suppression: a count of people from 1 to 4 is not published, so nobody can be
 * singled out from a figure ("the one case of left-wing extremism in Nordstadt"). It is shown
 * as "<5". 0 is published: it singles out nobody. The threshold is the one German and UK
 * statistical offices use for small-area figures about people.
 */
import type { PublishedCount } from './risk-picture';

export const suppressionThreshold = 5;

/** A count as it may be published: itself from 5 up (and 0), null ("<5") for 1–4. */
export function publishCount(count: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count is a whole number ≥ 0, not ${count}`);
  return count > 0 && count < suppressionThreshold ? null : count;
}

/** Whether a published count was suppressed. */
export function isSuppressed(count: PublishedCount): count is null {
  return count === null;
}
