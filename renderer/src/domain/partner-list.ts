/** Filtering and sorting of the partner list: pure, so the rules are testable. */
import type { Partner } from './partner';
import type { PartnerStatus, SectorCode } from './sectors';
import { foldText, matchesQuery } from './text';

export const partnerSortKeys = ['name', 'sector', 'status', 'joinedOn', 'updatedAt'] as const;
export type PartnerSortKey = (typeof partnerSortKeys)[number];

export interface PartnerListQuery {
  search: string;
  sector: SectorCode | 'all';
  status: PartnerStatus | 'all';
  showArchived: boolean;
  sort: PartnerSortKey;
  direction: 'asc' | 'desc';
}

export const defaultPartnerListQuery: PartnerListQuery = {
  search: '',
  sector: 'all',
  status: 'all',
  showArchived: false,
  sort: 'name',
  direction: 'asc',
};

export function filterAndSortPartners(
  partners: readonly Partner[],
  query: PartnerListQuery,
  collator: Intl.Collator,
  /** Translated sector names, so "sector" sorts the way the user reads it. */
  sectorLabel: (sector: SectorCode) => string = (sector) => sector,
): Partner[] {
  const visible = partners.filter(
    (partner) =>
      (query.showArchived ? partner.deletedAt !== null : partner.deletedAt === null) &&
      (query.sector === 'all' || partner.sector === query.sector) &&
      (query.status === 'all' || partner.status === query.status) &&
      matchesQuery(query.search, partner.name, partner.shortName),
  );
  const byName = (a: Partner, b: Partner) => collator.compare(a.name, b.name);
  const compare: Record<PartnerSortKey, (a: Partner, b: Partner) => number> = {
    name: byName,
    sector: (a, b) => collator.compare(sectorLabel(a.sector), sectorLabel(b.sector)) || byName(a, b),
    status: (a, b) => statusRank(a.status) - statusRank(b.status) || byName(a, b),
    joinedOn: (a, b) => (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : byName(a, b)),
    updatedAt: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : byName(a, b)),
  };
  const sign = query.direction === 'asc' ? 1 : -1;
  return visible.sort((a, b) => {
    // Partners without a date joined go last whichever way the list is sorted.
    if (query.sort === 'joinedOn' && !a.joinedOn !== !b.joinedOn) return a.joinedOn ? -1 : 1;
    return sign * compare[query.sort](a, b);
  });
}

function statusRank(status: PartnerStatus): number {
  return status === 'active' ? 0 : status === 'prospective' ? 1 : 2;
}

/** Other live partners whose name folds to the same text: worth a warning, not a block. */
export function findDuplicateNames(name: string, partners: readonly Partner[], exceptId?: string): Partner[] {
  const folded = foldText(name);
  if (!folded) return [];
  return partners.filter(
    (partner) =>
      partner.id !== exceptId &&
      partner.deletedAt === null &&
      (foldText(partner.name) === folded || (partner.shortName !== '' && foldText(partner.shortName) === folded)),
  );
}
