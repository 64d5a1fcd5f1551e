/** The register's filters live in the URL, so links (e.g. from the coverage matrix) can set them. */
import { agreementStatuses } from '../../domain/agreement';
import { reviewFilters, type AgreementFilter } from '../../domain/agreement-status';

/** The value if it is one of the allowed codes; anything else in a hand-edited URL is ignored. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export function filterFromParams(params: URLSearchParams): AgreementFilter {
  return {
    status: oneOf(params.get('status'), agreementStatuses) ?? '',
    partnerId: params.get('partner') ?? '',
    otherPartnerId: params.get('with') ?? '',
    review: oneOf(params.get('review'), reviewFilters) ?? '',
  };
}

export function paramsFromFilter(filter: AgreementFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.partnerId) params.set('partner', filter.partnerId);
  if (filter.otherPartnerId) params.set('with', filter.otherPartnerId);
  if (filter.review) params.set('review', filter.review);
  return params;
}

/** The register's query for the agreements between two partners. */
export function pairQuery(partnerId: string, otherPartnerId: string): string {
  return paramsFromFilter({ status: '', partnerId, otherPartnerId, review: '' }).toString();
}

/** The register showing the agreements between two partners (a coverage-matrix cell). */
export function pairLink(partnerId: string, otherPartnerId: string): string {
  return `/agreements?${pairQuery(partnerId, otherPartnerId)}`;
}
