/** Partner names as the agreement screens show them. */
import type { Partner } from '../../domain/partner';

/** The full name of a partner by id; the id itself if the partner is unknown. */
export function partnerName(partners: readonly Partner[], id: string): string {
  return partners.find((partner) => partner.id === id)?.name ?? id;
}

/** The short name where one is set (for tight spaces like the matrix), else the full name. */
export function shortLabel(partner: Pick<Partner, 'name' | 'shortName'>): string {
  return partner.shortName || partner.name;
}

/** Partners that can be chosen in lists: not archived, plus any already named (old agreements keep archived ones). */
export function choosablePartners(partners: readonly Partner[], named: readonly string[], compare: (a: string, b: string) => number): Partner[] {
  return partners.filter((partner) => partner.deletedAt === null || named.includes(partner.id)).sort((a, b) => compare(a.name, b.name));
}
