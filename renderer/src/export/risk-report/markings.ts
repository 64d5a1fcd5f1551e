/**
 * Which sections a version holds, and the marking of the whole: the highest marking of what
 * it holds. The version for wider circulation leaves out every section marked confidential,
 * as the minutes' version for circulation leaves out confidential items.
 */
import type { MinutesVariant } from '../../domain/meeting';
import { protectiveMarkings, type ProtectiveMarking, type RiskSection, type SectionMarkings } from '../../domain/risk-picture';

export type ReportVariant = MinutesVariant;

const rank = (marking: ProtectiveMarking) => protectiveMarkings.indexOf(marking);

export function isIncluded(marking: ProtectiveMarking, variant: ReportVariant): boolean {
  return variant === 'full' || marking !== 'confidential';
}

/** The highest of the markings given; "public" when there are none. */
export function highestMarking(markings: Iterable<ProtectiveMarking>): ProtectiveMarking {
  let highest: ProtectiveMarking = 'public';
  for (const marking of markings) if (rank(marking) > rank(highest)) highest = marking;
  return highest;
}

/** The sections a version holds, in the order given, and those it leaves out. */
export function sectionsOf(
  markings: SectionMarkings,
  order: readonly RiskSection[],
  variant: ReportVariant,
): { included: RiskSection[]; omitted: RiskSection[] } {
  const included = order.filter((section) => isIncluded(markings[section], variant));
  return { included, omitted: order.filter((section) => !included.includes(section)) };
}
