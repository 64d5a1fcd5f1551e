/**
 * The coverage matrix's filter lives in the URL, so a reload or a link keeps what is shown.
 * The name search does not: it is text a person typed, and the browser keeps every address on
 * disk (see ui/useSearchText). A `q` left in an old link is ignored.
 */
import type { MatrixFilter } from '../../domain/coverage-matrix-view';
import { sectorCodes } from '../../domain/sectors';

/** The part of the filter that the URL holds: everything but the name search. */
export type MatrixUrlFilter = Omit<MatrixFilter, 'name'>;

export function matrixFilterFromParams(params: URLSearchParams): MatrixUrlFilter {
  const sector = params.get('sector');
  return {
    // A sector code not in the vocabulary (a hand-edited URL) is ignored.
    sector: sectorCodes.find((code) => code === sector) ?? '',
    scope: params.get('all') === '1' ? 'all' : 'in_force',
    partnerId: params.get('partner') ?? '',
  };
}

/**
 * The filter as URL parameters; the page of the partner list is left out (a new filter starts
 * at page 1), and so is a name search passed along.
 */
export function paramsFromMatrixFilter(filter: MatrixUrlFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.sector) params.set('sector', filter.sector);
  if (filter.scope === 'all') params.set('all', '1');
  if (filter.partnerId) params.set('partner', filter.partnerId);
  return params;
}

/** The matrix listing one partner's pairs, the other filters kept. */
export function partnerPairsLink(filter: MatrixUrlFilter, partnerId: string): string {
  return `/agreements/matrix?${paramsFromMatrixFilter({ ...filter, partnerId }).toString()}`;
}
