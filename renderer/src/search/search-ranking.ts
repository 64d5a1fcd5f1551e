/**
 * How the one search ranks: which typos a typed word forgives, how two candidates compare
 * (score, then newer first), and keeping the few best per group while the postings are walked.
 */

const hasDigit = /\p{N}/u;

/** Typos forgiven in a typed word: none in short words and in codes, one from 4 letters, two from 8. */
export function typosForgiven(term: string): number {
  if (hasDigit.test(term) || term.length < 4) return 0;
  return term.length >= 8 ? 2 : 1;
}

/** A result candidate while ranking. */
export interface Ranked {
  slot: number;
  score: number;
  /** Its time (see `timeOf`), newer first among equal scores. */
  when: number;
  /** The slot of the meeting it stands for (a meeting, an agenda item), or -1. */
  meeting: number;
}

export const better = (a: Ranked, b: Ranked) => b.score - a.score || (a.when < b.when ? 1 : a.when > b.when ? -1 : 0);

/**
 * A document's `when` as a number for ranking (none: before all): comparing the ISO strings of
 * tens of thousands of equally scored candidates took most of a common word's time. Within a
 * group the strings have one form (meetings' instants, actions' dates), ordered alike.
 */
export function timeOf(when: string | null): number {
  const time = when === null ? Number.NaN : Date.parse(when);
  return Number.isNaN(time) ? -Infinity : time;
}

/**
 * Offers `candidate` to `top` (the `count` best so far, best first). Results that stand for
 * the same meeting (its title, its items) keep only the best of them.
 */
export function offer(top: Ranked[], candidate: Ranked, count: number): void {
  if (candidate.meeting >= 0) {
    const same = top.findIndex((ranked) => ranked.meeting === candidate.meeting);
    if (same >= 0) {
      if (better(candidate, top[same]!) >= 0) return;
      top.splice(same, 1);
    }
  }
  if (top.length === count && better(candidate, top[count - 1]!) >= 0) return;
  let at = top.length;
  while (at > 0 && better(candidate, top[at - 1]!) < 0) at -= 1;
  top.splice(at, 0, candidate);
  if (top.length > count) top.pop();
}
