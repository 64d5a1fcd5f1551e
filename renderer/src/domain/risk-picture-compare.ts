/**
 * "What changed since last year": two editions of the risk picture compared. Threats are
 * matched by id (the next edition is started as a copy of the agreed one and its threats keep
 * their ids), so a threat whose concern or wording changed is still the same threat, changed,
 * not one removed and another added. Sources, factors and gaps are matched by id the same way.
 * Only content is compared, never bookkeeping (revision, status, agreement).
 */
import type { ProtectiveMarking, RiskEditionData, RiskFactor, RiskGap, RiskSection, RiskSource, Threat } from './risk-picture';
import { riskSections } from './risk-picture';
import { rateThreat, type ThreatRating } from './risk-rating';

export interface BeforeAfter<T> {
  before: T;
  after: T;
}

/** The parts of a threat shown as "before → after". */
export const comparedThreatFields = ['concern', 'title', 'description', 'areas', 'groups', 'trend', 'likelihood', 'impact'] as const;
export type ComparedThreatField = (typeof comparedThreatFields)[number];

export interface ThreatFieldChange {
  field: ComparedThreatField;
  before: string | number;
  after: string | number;
}

/** Ids linked in the newer edition but not the older (added), and the other way round (removed). */
export interface LinkChanges {
  added: string[];
  removed: string[];
}

export interface ThreatChange {
  id: string;
  before: Threat;
  after: Threat;
  /** The fields that changed, in the order of `comparedThreatFields`. */
  fields: ThreatFieldChange[];
  /** The rating both times; `changed` when the score or the level moved. */
  rating: BeforeAfter<ThreatRating> & { changed: boolean };
  links: { sources: LinkChanges; actions: LinkChanges; partners: LinkChanges };
}

/** The parts of a source other than its grading that can change. */
export const comparedSourceFields = ['kind', 'partnerId', 'title', 'date', 'note'] as const;
export type ComparedSourceField = (typeof comparedSourceFields)[number];

export interface SourceChange {
  id: string;
  before: RiskSource;
  after: RiskSource;
  /** Set when the Admiralty grading changed (reliability or credibility). */
  grading: BeforeAfter<{ reliability: RiskSource['reliability']; credibility: RiskSource['credibility'] }> | null;
  fields: ComparedSourceField[];
}

export interface ListChanges<T, C> {
  added: T[];
  removed: T[];
  changed: C[];
}

export interface EditionComparison {
  period: BeforeAfter<{ start: string; end: string }> & { changed: boolean };
  title: BeforeAfter<string> & { changed: boolean };
  summaryChanged: boolean;
  markings: { section: RiskSection; before: ProtectiveMarking; after: ProtectiveMarking }[];
  threats: ListChanges<Threat, ThreatChange> & { unchanged: number };
  sources: ListChanges<RiskSource, SourceChange>;
  vulnerabilities: ListChanges<RiskFactor, BeforeAfter<RiskFactor>>;
  protectiveFactors: ListChanges<RiskFactor, BeforeAfter<RiskFactor>>;
  gaps: ListChanges<RiskGap, BeforeAfter<RiskGap>>;
  /**
   * Whether the content changed: anything but the period and the title, which the next edition
   * moves on every time ("Lagebild 2025" → "Lagebild 2026").
   */
  contentChanged: boolean;
}

/** What two editions share by id, and what only one of them has; each list in its edition's order. */
function matchById<T extends { id: string }>(older: readonly T[], newer: readonly T[]) {
  const olderById = new Map(older.map((item) => [item.id, item]));
  const newerIds = new Set(newer.map((item) => item.id));
  return {
    added: newer.filter((item) => !olderById.has(item.id)),
    removed: older.filter((item) => !newerIds.has(item.id)),
    pairs: newer.flatMap((after) => {
      const before = olderById.get(after.id);
      return before ? [{ before, after }] : [];
    }),
  };
}

function linkChanges(before: readonly string[], after: readonly string[]): LinkChanges {
  const had = new Set(before);
  const has = new Set(after);
  return { added: after.filter((id) => !had.has(id)), removed: before.filter((id) => !has.has(id)) };
}

const hasLinkChanges = (links: LinkChanges) => links.added.length > 0 || links.removed.length > 0;

function compareThreat(before: Threat, after: Threat): ThreatChange {
  const fields = comparedThreatFields.flatMap((field) => (before[field] === after[field] ? [] : [{ field, before: before[field], after: after[field] }]));
  const ratingBefore = rateThreat(before.likelihood, before.impact);
  const ratingAfter = rateThreat(after.likelihood, after.impact);
  return {
    id: after.id,
    before,
    after,
    fields,
    rating: { before: ratingBefore, after: ratingAfter, changed: ratingBefore.score !== ratingAfter.score || ratingBefore.level !== ratingAfter.level },
    links: {
      sources: linkChanges(before.sourceIds, after.sourceIds),
      actions: linkChanges(before.actionIds, after.actionIds),
      partners: linkChanges(before.partnerIds, after.partnerIds),
    },
  };
}

function compareSource(before: RiskSource, after: RiskSource): SourceChange {
  const regraded = before.reliability !== after.reliability || before.credibility !== after.credibility;
  return {
    id: after.id,
    before,
    after,
    grading: regraded
      ? {
          before: { reliability: before.reliability, credibility: before.credibility },
          after: { reliability: after.reliability, credibility: after.credibility },
        }
      : null,
    fields: comparedSourceFields.filter((field) => before[field] !== after[field]),
  };
}

function compareList<T extends { id: string }>(older: readonly T[], newer: readonly T[], same: (a: T, b: T) => boolean): ListChanges<T, BeforeAfter<T>> {
  const { added, removed, pairs } = matchById(older, newer);
  return { added, removed, changed: pairs.filter(({ before, after }) => !same(before, after)) };
}

const sameFactor = (a: RiskFactor, b: RiskFactor) => a.text === b.text;
const sameGap = (a: RiskGap, b: RiskGap) => a.text === b.text && a.sector === b.sector;

const isEmpty = (changes: ListChanges<unknown, unknown>) => changes.added.length + changes.removed.length + changes.changed.length === 0;

/** What changed from `older` to `newer`. */
export function compareEditions(older: RiskEditionData, newer: RiskEditionData): EditionComparison {
  const threatMatch = matchById(older.threats, newer.threats);
  const threatChanges = threatMatch.pairs.map(({ before, after }) => compareThreat(before, after));
  const changedThreats = threatChanges.filter((change) => change.fields.length > 0 || Object.values(change.links).some(hasLinkChanges));
  const sourceMatch = matchById(older.sources, newer.sources);
  const changedSources = sourceMatch.pairs
    .map(({ before, after }) => compareSource(before, after))
    .filter((change) => change.grading || change.fields.length > 0);

  const comparison: Omit<EditionComparison, 'contentChanged'> = {
    period: {
      before: { start: older.periodStart, end: older.periodEnd },
      after: { start: newer.periodStart, end: newer.periodEnd },
      changed: older.periodStart !== newer.periodStart || older.periodEnd !== newer.periodEnd,
    },
    title: { before: older.title, after: newer.title, changed: older.title !== newer.title },
    summaryChanged: older.summary !== newer.summary,
    markings: riskSections
      .filter((section) => older.markings[section] !== newer.markings[section])
      .map((section) => ({ section, before: older.markings[section], after: newer.markings[section] })),
    threats: {
      added: threatMatch.added,
      removed: threatMatch.removed,
      changed: changedThreats,
      unchanged: threatChanges.length - changedThreats.length,
    },
    sources: { added: sourceMatch.added, removed: sourceMatch.removed, changed: changedSources },
    vulnerabilities: compareList(older.vulnerabilities, newer.vulnerabilities, sameFactor),
    protectiveFactors: compareList(older.protectiveFactors, newer.protectiveFactors, sameFactor),
    gaps: compareList(older.gaps, newer.gaps, sameGap),
  };
  const contentChanged =
    comparison.summaryChanged ||
    comparison.markings.length > 0 ||
    !isEmpty(comparison.threats) ||
    !isEmpty(comparison.sources) ||
    !isEmpty(comparison.vulnerabilities) ||
    !isEmpty(comparison.protectiveFactors) ||
    !isEmpty(comparison.gaps);
  return { ...comparison, contentChanged };
}
