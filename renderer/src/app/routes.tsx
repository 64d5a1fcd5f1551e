import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/**
 * Every page but the overview is its own chunk, loaded when first visited, so the first
 * screen loads only what it needs (the Word export alone is larger than the rest of the
 * app). `preloadPages` fetches them all once the first screen is up, so later navigation
 * never waits for the disk.
 */
const pageModules = {
  partnerList: () => import('../features/partners/PartnerListPage'),
  partnerForms: () => import('../features/partners/PartnerFormPages'),
  partnerDetail: () => import('../features/partners/PartnerDetailPage'),
  meetingList: () => import('../features/meetings/MeetingListPage'),
  meetingForms: () => import('../features/meetings/MeetingFormPages'),
  meetingDetail: () => import('../features/meetings/MeetingDetailPage'),
  actionTracker: () => import('../features/meetings/ActionTrackerPage'),
  referralList: () => import('../features/referrals/ReferralListPage'),
  referralForms: () => import('../features/referrals/ReferralFormPages'),
  referralDetail: () => import('../features/referrals/ReferralDetailPage'),
  agreementList: () => import('../features/agreements/AgreementListPage'),
  agreementForms: () => import('../features/agreements/AgreementFormPages'),
  agreementDetail: () => import('../features/agreements/AgreementDetailPage'),
  coverageMatrix: () => import('../features/agreements/CoverageMatrixPage'),
  settings: () => import('../features/settings/SettingsPage'),
};

/**
 * A route whose page component `name` is loaded from `module` on first visit. React.lazy, not
 * the router's own `lazy`: with that, every later navigation (a filter written to the URL)
 * waited a turn for the route, so a checkbox or text field bound to the URL jumped back
 * before it took the new value.
 */
function lazyPage<M>(path: string, load: () => Promise<M>, name: keyof M & string): RouteObject {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return {
    path,
    element: (
      <Suspense fallback={null}>
        <Page />
      </Suspense>
    ),
  };
}

export function preloadPages(): void {
  for (const load of Object.values(pageModules)) void load().catch(() => undefined);
}

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewPage /> },
          lazyPage('partners', pageModules.partnerList, 'PartnerListPage'),
          lazyPage('partners/new', pageModules.partnerForms, 'PartnerCreatePage'),
          lazyPage('partners/:id', pageModules.partnerDetail, 'PartnerDetailPage'),
          lazyPage('partners/:id/edit', pageModules.partnerForms, 'PartnerEditPage'),
          lazyPage('meetings', pageModules.meetingList, 'MeetingListPage'),
          lazyPage('meetings/new', pageModules.meetingForms, 'MeetingCreatePage'),
          lazyPage('meetings/:id', pageModules.meetingDetail, 'MeetingDetailPage'),
          lazyPage('meetings/:id/edit', pageModules.meetingForms, 'MeetingEditPage'),
          lazyPage('actions', pageModules.actionTracker, 'ActionTrackerPage'),
          lazyPage('referrals', pageModules.referralList, 'ReferralListPage'),
          lazyPage('referrals/new', pageModules.referralForms, 'ReferralCreatePage'),
          lazyPage('referrals/:id', pageModules.referralDetail, 'ReferralDetailPage'),
          lazyPage('referrals/:id/edit', pageModules.referralForms, 'ReferralEditPage'),
          lazyPage('agreements', pageModules.agreementList, 'AgreementListPage'),
          lazyPage('agreements/new', pageModules.agreementForms, 'AgreementCreatePage'),
          lazyPage('agreements/matrix', pageModules.coverageMatrix, 'CoverageMatrixPage'),
          lazyPage('agreements/:id', pageModules.agreementDetail, 'AgreementDetailPage'),
          lazyPage('agreements/:id/edit', pageModules.agreementForms, 'AgreementEditPage'),
          lazyPage('settings', pageModules.settings, 'SettingsPage'),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
