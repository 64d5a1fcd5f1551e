/**
 * The meeting list's filters and pages live in the URL, so a reload or a link keeps them. The
 * title search does not: it is text a person typed, and the browser keeps every address on
 * disk (see ui/useSearchText). A `q` left in an old link is ignored.
 */
import { meetingStatuses, meetingTypes, type MeetingStatus, type MeetingType } from '../../domain/meeting';

export interface MeetingListQuery {
  /** A series id, 'none' or 'all'. */
  seriesId: string;
  type: MeetingType | 'all';
  /** E.g. 'held': minutes still in draft; 'approved': approved, not yet circulated. */
  status: MeetingStatus | 'all';
  upcomingPage: number;
  pastPage: number;
  /** Only the meetings this partner was invited to (absent or '' for all), from a partner's page. */
  partnerId?: string;
}

/** Record ids are UUIDs; anything else cannot name a partner. */
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function queryFromParams(params: URLSearchParams): MeetingListQuery {
  const type = params.get('type');
  const partner = params.get('partner') ?? '';
  return {
    seriesId: params.get('series') || 'all',
    type: meetingTypes.find((code) => code === type) ?? 'all',
    status: meetingStatuses.find((code) => code === params.get('status')) ?? 'all',
    upcomingPage: pageOf(params.get('upcoming')),
    pastPage: pageOf(params.get('page')),
    ...(idPattern.test(partner) ? { partnerId: partner } : {}),
  };
}

export function paramsFromQuery(query: MeetingListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.seriesId !== 'all') params.set('series', query.seriesId);
  if (query.type !== 'all') params.set('type', query.type);
  if (query.status !== 'all') params.set('status', query.status);
  if (query.upcomingPage > 1) params.set('upcoming', String(query.upcomingPage));
  if (query.pastPage > 1) params.set('page', String(query.pastPage));
  if (query.partnerId) params.set('partner', query.partnerId);
  return params;
}
