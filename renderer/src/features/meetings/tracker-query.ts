/**
 * The action tracker's filters and sort live in the URL (the page too, see usePageParam),
 * so a reload or a link keeps them. A hand-edited value that is not one of the choices falls
 * back to the default; an owner id is checked against the owners once they are read.
 */
import { defaultTrackerQuery, dueWindows, trackerSorts, trackerStatusFilters, type TrackerQuery } from '../../domain/action-tracker';

/** The value if it is one of the allowed codes; anything else is ignored. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Record ids are UUIDs; anything else cannot name an owner. */
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function trackerQueryFromParams(params: URLSearchParams): TrackerQuery {
  const owner = params.get('owner') ?? '';
  return {
    owner: idPattern.test(owner) ? owner : defaultTrackerQuery.owner,
    status: oneOf(params.get('status'), trackerStatusFilters) ?? defaultTrackerQuery.status,
    due: oneOf(params.get('due'), dueWindows) ?? defaultTrackerQuery.due,
    sort: oneOf(params.get('sort'), trackerSorts) ?? defaultTrackerQuery.sort,
  };
}

/** Only what differs from the defaults; no page, so a changed filter starts on page 1. */
export function paramsFromTrackerQuery(query: TrackerQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.owner !== defaultTrackerQuery.owner) params.set('owner', query.owner);
  if (query.status !== defaultTrackerQuery.status) params.set('status', query.status);
  if (query.due !== defaultTrackerQuery.due) params.set('due', query.due);
  if (query.sort !== defaultTrackerQuery.sort) params.set('sort', query.sort);
  return params;
}
