/**
 * The partner list's filters and sort live in the URL, so links (e.g. from coverage) can set
 * them. The name search does not: it is text a person typed, and the browser keeps every
 * address on disk (see ui/useSearchText). A `q` left in an old link is ignored.
 */
import { defaultPartnerListQuery, partnerSortKeys, type PartnerListQuery } from '../../domain/partner-list';
import { partnerStatuses, sectorCodes } from '../../domain/sectors';

/** The part of the list's query that the URL holds: everything but the search text. */
export type PartnerUrlQuery = Omit<PartnerListQuery, 'search'>;

/** The value if it is one of the allowed codes; anything else in a hand-edited URL is ignored. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function queryFromParams(params: URLSearchParams): PartnerUrlQuery {
  return {
    sector: oneOf(params.get('sector'), sectorCodes) ?? 'all',
    status: oneOf(params.get('status'), partnerStatuses) ?? 'all',
    showArchived: params.get('archived') === '1',
    sort: oneOf(params.get('sort'), partnerSortKeys) ?? defaultPartnerListQuery.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The filters as URL parameters; a search text passed along is left out. */
export function paramsFromQuery(query: PartnerUrlQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.sector !== 'all') params.set('sector', query.sector);
  if (query.status !== 'all') params.set('status', query.status);
  if (query.showArchived) params.set('archived', '1');
  if (query.sort !== defaultPartnerListQuery.sort) params.set('sort', query.sort);
  if (query.direction !== 'asc') params.set('dir', query.direction);
  return params;
}
