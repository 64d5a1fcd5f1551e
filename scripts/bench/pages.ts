/**
 * The pages the benchmark measures: ONE map, one line (or a few) per page. Selectors are kept
 * robust for pages being reworked: the heading is the page's <h1> inside the app's shell (so
 * the lock screen's never counts), a list's first data row is `main table tbody tr`, and an
 * empty state counts as useful too (reported as such).
 */
import type { CityMeta } from './cache';
import type { RawRead, UsefulSpec } from './probes';

type Marks = CityMeta['marks'];

export interface PageSpec {
  /** Its name in the table and for --only. */
  name: string;
  /** The route (hash routing: the URL is `#${path}`). */
  path: (marks: Marks) => string;
  /** Its first data row (CSS; several alternatives separated by commas). */
  useful: string;
  /** Where the in-app navigation starts, and the link clicked there (CSS). */
  from: string;
  link: (marks: Marks) => string;
  /** A word typed into the list's search box, when it has one. */
  search?: string;
  /** What the page shows, read raw from IndexedDB: the baseline of the ratio. */
  raw?: (marks: Marks) => RawRead[];
}

const navLink = (path: string) => `nav a[href="#${path}"]`;
const listLink = (path: string) => `main a[href="#${path}"]`;

export const pages: PageSpec[] = [
  {
    name: 'overview',
    path: () => '/',
    // "This week" reads the most (through indexes); it is what the coordinator opens the page for.
    useful: 'main .this-week .week-grid',
    from: '/settings',
    link: () => navLink('/'),
    raw: () => [{ store: 'partners' }, { store: 'agreements' }],
  },
  {
    name: 'partners',
    path: () => '/partners',
    useful: 'main table tbody tr',
    from: '/',
    link: () => navLink('/partners'),
    search: 'Jugend',
    raw: () => [{ store: 'partners', count: 50 }],
  },
  {
    name: 'meetings',
    path: () => '/meetings',
    useful: 'main table tbody tr',
    from: '/',
    link: () => navLink('/meetings'),
    search: 'Netzwerk',
    raw: () => [{ store: 'meetings', index: 'startsAt', direction: 'prev', count: 50 }],
  },
  {
    name: 'actions',
    path: () => '/actions',
    useful: 'main table tbody tr',
    from: '/',
    link: () => navLink('/actions'),
    raw: () => [{ store: 'actions', index: 'dueDate', count: 50 }],
  },
  {
    name: 'referrals',
    path: () => '/referrals',
    useful: 'main table tbody tr',
    from: '/',
    link: () => navLink('/referrals'),
    raw: () => [{ store: 'referrals', index: 'receivedOn', direction: 'prev', count: 50 }],
  },
  {
    name: 'agreements',
    path: () => '/agreements',
    useful: 'main table tbody tr',
    from: '/',
    link: () => navLink('/agreements'),
    raw: () => [{ store: 'agreements', count: 50 }],
  },
  {
    name: 'coverage matrix',
    path: () => '/agreements/matrix',
    useful: 'main table tbody tr, main [role="grid"] [role="row"]',
    from: '/agreements',
    link: () => listLink('/agreements/matrix'),
    raw: () => [{ store: 'partners' }, { store: 'agreements' }],
  },
  { name: 'settings', path: () => '/settings', useful: 'main section', from: '/', link: () => navLink('/settings') },
  {
    // The records due for deletion: the cases through retentionFrom, the old minutes' case discussions, contacts, names.
    name: 'due for deletion',
    path: () => '/data-protection/due',
    useful: 'main .due-list tbody tr, main .due-list p',
    from: '/data-protection',
    link: () => listLink('/data-protection/due'),
  },
  {
    name: 'data protection',
    path: () => '/data-protection',
    useful: 'main [data-testid="dpo-due-count"]',
    from: '/',
    link: () => navLink('/data-protection'),
  },
  {
    name: 'partner page',
    path: (marks) => `/partners/${marks.partnerId}`,
    useful: 'main section dl, main section table tbody tr',
    from: '/partners',
    link: (marks) => listLink(`/partners/${marks.partnerId}`),
    raw: (marks) => [
      { store: 'partners', key: marks.partnerId },
      { store: 'contacts', index: 'partnerId', key: marks.partnerId },
    ],
  },
  {
    name: 'meeting page',
    path: (marks) => `/meetings/${marks.typicalMeetingId}`,
    useful: 'main .agenda-item',
    from: '/meetings',
    link: (marks) => listLink(`/meetings/${marks.typicalMeetingId}`),
    raw: (marks) => meetingReads(marks.typicalMeetingId),
  },
  {
    name: 'meeting 1,000 items',
    path: (marks) => `/meetings/${marks.largeMeetingId}`,
    useful: 'main .agenda-item',
    from: '/meetings',
    link: (marks) => listLink(`/meetings/${marks.largeMeetingId}`),
    raw: (marks) => meetingReads(marks.largeMeetingId),
  },
  {
    name: 'case page',
    path: (marks) => `/referrals/${marks.caseId}`,
    useful: 'main .timeline li, main section dl',
    from: '/referrals',
    link: (marks) => listLink(`/referrals/${marks.caseId}`),
    raw: (marks) => [
      { store: 'referrals', key: marks.caseId },
      { store: 'referralEvents', index: 'referralId', key: marks.caseId },
      { store: 'disclosures', index: 'referralId', key: marks.caseId },
      { store: 'audit', index: 'entityId', key: marks.caseId },
      { store: 'audit', index: 'parentId', key: marks.caseId },
    ],
  },
];

function meetingReads(meetingId: string): RawRead[] {
  return [
    { store: 'meetings', key: meetingId },
    { store: 'agendaItems', index: 'meetingId', key: meetingId },
    { store: 'actions', index: 'meetingId', key: meetingId },
  ];
}

export function usefulSpec(page: PageSpec): UsefulSpec {
  return { heading: '.shell main h1', useful: page.useful, empty: 'main .empty-state, main .card.muted' };
}
