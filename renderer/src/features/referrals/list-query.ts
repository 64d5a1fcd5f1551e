/**
 * The case list's filters and order live in the URL (the page too, through usePageParam), so
 * a reload, the back button or a link returns to the same view. Defaults are left out.
 */
import { concernTypes, referralStatuses, riskLevels } from '../../domain/referral';
import { defaultReferralQuery, type ReferralListQuery } from '../../domain/referral-list';

/** The value if it is one of the allowed codes; anything else in a hand-edited URL is ignored. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Record ids are UUIDs; anything else cannot name a partner. */
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function queryFromParams(params: URLSearchParams): ReferralListQuery {
  const partner = params.get('partner') ?? '';
  return {
    status: oneOf(params.get('status'), ['all', ...referralStatuses] as const) ?? defaultReferralQuery.status,
    lead: params.get('lead') || 'all',
    concern: oneOf(params.get('concern'), concernTypes) ?? 'all',
    risk: oneOf(params.get('risk'), riskLevels) ?? 'all',
    reviewsDue: params.get('due') === '1',
    order: params.get('order') === 'oldest' ? 'oldest' : 'newest',
    ...(idPattern.test(partner) ? { partner } : {}),
  };
}

/** The query as URL parameters; the page is left out, so changing a filter starts at page 1. */
export function paramsFromQuery(query: ReferralListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== defaultReferralQuery.status) params.set('status', query.status);
  if (query.lead !== 'all') params.set('lead', query.lead);
  if (query.concern !== 'all') params.set('concern', query.concern);
  if (query.risk !== 'all') params.set('risk', query.risk);
  if (query.reviewsDue) params.set('due', '1');
  if (query.order !== 'newest') params.set('order', query.order);
  if (query.partner) params.set('partner', query.partner);
  return params;
}
