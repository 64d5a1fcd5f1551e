/**
 * The network's own case figures for a risk picture's period: the referrals received, broken
 * down by concern, age band, area and outcome, each against the previous period of equal
 * length (period-comparison.ts). Counts only, and only as they may be published: a group of
 * 1–4 is suppressed ("<5", small-numbers.ts), and so is a second group where one suppressed
 * group could otherwise be worked out from the total (see `withSecondarySuppression`).
 *
 * Pure: the cases come in, the snapshot goes out. The snapshot holds codes and area
 * spellings, never a translated text, so an agreed edition reads the same in either language.
 */
import type { CaseFigureDimension, CaseFigureRow, CaseFiguresSnapshot, PublishedCount } from './risk-picture';
import { ageBands, closingOutcomes, concernTypes, type Referral } from './referral';
import { isOpenCase } from './referral-workflow';
import { previousPeriod, type DatePeriod } from './period-comparison';
import { publishCount, suppressionThreshold } from './small-numbers';

/** What a case contributes to the figures: nothing that names or describes the person beyond the breakdowns. */
export type CaseFacts = Pick<Referral, 'receivedOn' | 'concernTypes' | 'ageBand' | 'area' | 'status' | 'outcome'>;

/** The outcome key of a case still open. */
export const openOutcome = 'open';
/** The area key of cases with no area recorded: "as written" is empty. */
export const areaNotRecorded = '';
/**
 * The area key of the areas beyond `maxAreaRows`, counted together. It starts with a space,
 * which no area as written does (spellings are trimmed), so it cannot stand for a real area.
 */
export const otherAreas = ' other';
/** Areas shown one by one at most (the snapshot keeps up to 500 rows a breakdown). */
export const maxAreaRows = 400;

/**
 * The outcome groups in the order a reader follows a case: still open, the outcomes a closing
 * records, then the early exits (which record no outcome: their status is the outcome).
 */
export const outcomeKeys = [openOutcome, ...closingOutcomes, 'closed', 'not_appropriate', 'signposted'] as const;
export type OutcomeKey = (typeof outcomeKeys)[number];

/** A case's outcome as the figures count it. */
export function outcomeOf(facts: Pick<CaseFacts, 'status' | 'outcome'>): OutcomeKey {
  if (isOpenCase(facts.status)) return openOutcome;
  if (facts.status === 'closed') return facts.outcome ?? 'closed';
  return facts.status as OutcomeKey;
}

/**
 * How areas are grouped: whatever the case and the spaces, so "Nordstadt", " nordstadt",
 * "NORDSTADT" and "Nord Stadt" are one area, typed four ways. Nothing more is guessed
 * ("Nord-Stadt", "Nordst."): a wrong merge would put cases in a place they are not from.
 */
export function areaGroupOf(area: string): string {
  return area.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('de');
}

interface RawCounts {
  current: Map<string, number>;
  previous: Map<string, number>;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Secondary suppression. When a breakdown shows its total and exactly one group is
 * suppressed, the suppressed count is the total minus the groups shown (12 referrals: 6 aged
 * 16–17, 5 aged 18–24, "<5" under 12 — which can only be 1). So the smallest other
 * non-zero group is suppressed too: two unknowns that add up to what is left can no longer be
 * told apart. Two or more suppressed groups already hide each other. Applied to the concern
 * breakdown as well, although a case there may count twice (so the subtraction is not exact):
 * it still narrows the suppressed count down, and one rule for all four is easier to trust.
 * Ties go to the group listed first, so the same cases always give the same figures.
 */
export function withSecondarySuppression(raw: readonly number[], total: PublishedCount): PublishedCount[] {
  const published = raw.map(publishCount);
  const suppressed = published.filter((count) => count === null).length;
  if (total === null || suppressed !== 1) return published;
  let smallest = -1;
  raw.forEach((count, index) => {
    if (published[index] !== null && count > 0 && (smallest < 0 || count < raw[smallest]!)) smallest = index;
  });
  if (smallest >= 0) published[smallest] = null;
  return published;
}

/** Published counts sort before "<5", which sorts before 0; then the breakdown's own order. */
function publishedRank(count: PublishedCount): number {
  return count === null ? 0.5 : count === 0 ? 0 : count;
}

function rowsOf(keys: readonly string[], raw: RawCounts, totals: { current: PublishedCount; previous: PublishedCount }, byCount: boolean): CaseFigureRow[] {
  const present = keys.filter((key) => (raw.current.get(key) ?? 0) > 0 || (raw.previous.get(key) ?? 0) > 0);
  const current = withSecondarySuppression(
    present.map((key) => raw.current.get(key) ?? 0),
    totals.current,
  );
  const previous = withSecondarySuppression(
    present.map((key) => raw.previous.get(key) ?? 0),
    totals.previous,
  );
  const rows = present.map((key, index) => ({ key, count: current[index]!, previous: previous[index]! }));
  // Ordered by what is published, never by the raw counts: the order must not tell a 1 from a 4.
  if (byCount)
    return rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => publishedRank(b.row.count) - publishedRank(a.row.count) || a.index - b.index)
      .map(({ row }) => row);
  return rows;
}

/**
 * Each area group's key: its most frequent spelling, or `otherAreas` for the smallest groups
 * beyond `maxAreaRows` (a town with hundreds of spellings of streets, not districts).
 */
function areaSpellings(cases: readonly CaseFacts[]): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const { area } of cases) {
    const group = areaGroupOf(area);
    if (group === '') continue;
    const written = area.normalize('NFC').trim().replace(/\s+/g, ' ');
    const counts = spellings.get(group) ?? new Map<string, number>();
    increment(counts, written);
    spellings.set(group, counts);
  }
  const shown = new Map<string, string>();
  for (const [group, counts] of spellings) {
    // The most frequent spelling; a tie goes to the first in code-point order, so it never depends on the order cases were read in.
    const [best] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
    shown.set(group, best![0]);
  }
  if (shown.size <= maxAreaRows) return shown;
  const size = (group: string) => [...spellings.get(group)!.values()].reduce((sum, count) => sum + count, 0);
  const largest = [...shown.keys()].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)).slice(0, maxAreaRows);
  const kept = new Set(largest);
  for (const group of shown.keys()) if (!kept.has(group)) shown.set(group, otherAreas);
  return shown;
}

/** The figures of the cases received in `period`, against the previous period of equal length. `cases` may hold others: they are left out. */
export function caseFiguresOf(cases: readonly CaseFacts[], period: DatePeriod, at: Date): CaseFiguresSnapshot {
  const previous = previousPeriod(period);
  const inCurrent = (facts: CaseFacts) => facts.receivedOn >= period.start && facts.receivedOn <= period.end;
  const inPrevious = (facts: CaseFacts) => facts.receivedOn >= previous.start && facts.receivedOn <= previous.end;
  const counted = cases.filter((facts) => inCurrent(facts) || inPrevious(facts));
  const spellings = areaSpellings(counted);
  // An area is free text: named beside "<5", a small one ("Am Lindenpark 3") would say where
  // someone lives even without the count. So an area with fewer than 5 cases in both periods is
  // not named: its cases count under "other areas" (itself suppressed when it holds 1–4).
  const areaSizes = new Map<string, { current: number; previous: number }>();
  for (const facts of counted) {
    const group = areaGroupOf(facts.area);
    if (group === '') continue;
    const size = areaSizes.get(group) ?? { current: 0, previous: 0 };
    size[inCurrent(facts) ? 'current' : 'previous'] += 1;
    areaSizes.set(group, size);
  }
  const areaKey = (area: string) => {
    const group = areaGroupOf(area);
    const size = areaSizes.get(group);
    if (!size) return areaNotRecorded;
    if (size.current < suppressionThreshold && size.previous < suppressionThreshold) return otherAreas;
    return spellings.get(group) ?? areaNotRecorded;
  };

  const raw: Record<CaseFigureDimension, RawCounts> = {
    concern: { current: new Map(), previous: new Map() },
    ageBand: { current: new Map(), previous: new Map() },
    area: { current: new Map(), previous: new Map() },
    outcome: { current: new Map(), previous: new Map() },
  };
  let currentTotal = 0;
  let previousTotal = 0;
  for (const facts of counted) {
    const side = inCurrent(facts) ? 'current' : 'previous';
    if (side === 'current') currentTotal += 1;
    else previousTotal += 1;
    // A case with two concerns counts under each (it is one referral about both).
    for (const concern of new Set(facts.concernTypes)) increment(raw.concern[side], concern);
    increment(raw.ageBand[side], facts.ageBand);
    increment(raw.area[side], areaKey(facts.area));
    increment(raw.outcome[side], outcomeOf(facts));
  }
  const totals = { current: publishCount(currentTotal), previous: publishCount(previousTotal) };
  const areaKeys = [...new Set(spellings.values())].filter((key) => key !== otherAreas).sort((a, b) => a.localeCompare(b, 'de'));
  // Named areas by count; "other areas" and "not recorded" after them, whatever their counts.
  const areaRows = rowsOf([...areaKeys, otherAreas, areaNotRecorded], raw.area, totals, true);
  const isRest = (row: CaseFigureRow) => row.key === otherAreas || row.key === areaNotRecorded;
  return {
    periodStart: period.start,
    periodEnd: period.end,
    previousStart: previous.start,
    previousEnd: previous.end,
    total: totals.current,
    previousTotal: totals.previous,
    breakdowns: {
      concern: rowsOf(concernTypes, raw.concern, totals, true),
      ageBand: rowsOf(ageBands, raw.ageBand, totals, false),
      area: [...areaRows.filter((row) => !isRest(row)), ...areaRows.filter(isRest)],
      outcome: rowsOf(outcomeKeys, raw.outcome, totals, false),
    },
    countedAt: at.toISOString(),
  };
}

/** The change from the previous period, or null when either count is suppressed (a change would give it away). */
export function changeOf(row: Pick<CaseFigureRow, 'count' | 'previous'>): number | null {
  return row.count === null || row.previous === null ? null : row.count - row.previous;
}
