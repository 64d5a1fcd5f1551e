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
