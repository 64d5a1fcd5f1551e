/** The coverage matrix's filter lives in the URL, so a reload or a link keeps what is shown. */
import type { MatrixFilter } from '../../domain/coverage-matrix-view';
import { sectorCodes } from '../../domain/sectors';

export function matrixFilterFromParams(params: URLSearchParams): MatrixFilter {
  const sector = params.get('sector');
  return {
    // A sector code not in the vocabulary (a hand-edited URL) is ignored.
    sector: sectorCodes.find((code) => code === sector) ?? '',
    name: params.get('q') ?? '',
    scope: params.get('all') === '1' ? 'all' : 'in_force',
    partnerId: params.get('partner') ?? '',
  };
}

/** The filter as URL parameters; the page of the partner list is left out (a new filter starts at page 1). */
export function paramsFromMatrixFilter(filter: MatrixFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.sector) params.set('sector', filter.sector);
  if (filter.name) params.set('q', filter.name);
  if (filter.scope === 'all') params.set('all', '1');
  if (filter.partnerId) params.set('partner', filter.partnerId);
  return params;
}

/** The matrix listing one partner's pairs, the other filters kept. */
export function partnerPairsLink(filter: MatrixFilter, partnerId: string): string {
  return `/agreements/matrix?${paramsFromMatrixFilter({ ...filter, partnerId }).toString()}`;
}
