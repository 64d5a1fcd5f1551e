/**
 * Which two editions the compare page shows, from its address
 * (`/risk-picture/compare?from=<id>&to=<id>`): `to` defaults to the newest edition, `from` to
 * the edition `to` was started from, so "what changed since last year" is one link away.
 */
export interface EditionRef {
  id: string;
  previousEditionId: string | null;
}

export interface ComparePair {
  fromId: string;
  toId: string;
}

/** `editions` newest first, as the repository lists them. */
export function resolveComparePair(params: URLSearchParams, editions: readonly EditionRef[]): ComparePair {
  const toId = params.get('to') || editions[0]?.id || '';
  const fromId = params.get('from') || editions.find((edition) => edition.id === toId)?.previousEditionId || '';
  return { fromId, toId };
}

/** The address of the pair, after one of the two was chosen. */
export function compareParams(pair: ComparePair): URLSearchParams {
  const params = new URLSearchParams();
  if (pair.fromId) params.set('from', pair.fromId);
  if (pair.toId) params.set('to', pair.toId);
  return params;
}
