/** The partner list's filters live in the URL, so links (e.g. from coverage) can set them. */
import { defaultPartnerListQuery, partnerSortKeys, type PartnerListQuery } from '../../domain/partner-list';
import { partnerStatuses, sectorCodes } from '../../domain/sectors';

/** The value if it is one of the allowed codes; anything else in a hand-edited URL is ignored. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function queryFromParams(params: URLSearchParams): PartnerListQuery {
  return {
    search: params.get('q') ?? '',
    sector: oneOf(params.get('sector'), sectorCodes) ?? 'all',
    status: oneOf(params.get('status'), partnerStatuses) ?? 'all',
    showArchived: params.get('archived') === '1',
    sort: oneOf(params.get('sort'), partnerSortKeys) ?? defaultPartnerListQuery.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

export function paramsFromQuery(query: PartnerListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.sector !== 'all') params.set('sector', query.sector);
  if (query.status !== 'all') params.set('status', query.status);
  if (query.showArchived) params.set('archived', '1');
  if (query.sort !== defaultPartnerListQuery.sort) params.set('sort', query.sort);
  if (query.direction !== 'asc') params.set('dir', query.direction);
  return params;
}
