import { lazy, Suspense, useState, type ComponentType } from 'react';
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
  partnerImport: () => import('../features/partners/PartnerImportPage'),
  meetingList: () => import('../features/meetings/MeetingListPage'),
  meetingForms: () => import('../features/meetings/MeetingFormPages'),
  meetingDetail: () => import('../features/meetings/MeetingDetailPage'),
  minutesTaking: () => import('../features/meetings/MinutesTakingPage'),
  meetingSeries: () => import('../features/meetings/SeriesPage'),
  actionTracker: () => import('../features/meetings/ActionTrackerPage'),
  referralList: () => import('../features/referrals/ReferralListPage'),
  referralForms: () => import('../features/referrals/ReferralFormPages'),
  referralDetail: () => import('../features/referrals/ReferralDetailPage'),
  agreementList: () => import('../features/agreements/AgreementListPage'),
  agreementForms: () => import('../features/agreements/AgreementFormPages'),
  agreementDetail: () => import('../features/agreements/AgreementDetailPage'),
  coverageMatrix: () => import('../features/agreements/CoverageMatrixPage'),
  riskPictureCompare: () => import('../features/risk-picture/compare/RiskPictureComparePage'),
  riskPictureList: () => import('../features/risk-picture/RiskPictureListPage'),
  riskPictureEditor: () => import('../features/risk-picture/RiskPictureEditorPages'),
  figures: () => import('../features/figures/FiguresPage'),
  settings: () => import('../features/settings/SettingsPage'),
  riskEdition: () => import('../features/risk-picture/RiskEditionPage'),
  dataProtection: () => import('../features/data-protection/DataProtectionPage'),
  dueForDeletion: () => import('../features/data-protection/due/DueListPage'),
};

/** Each lazily loaded page's loader that also remembers the component, for `preloadPages`. */
const rememberers: (() => Promise<unknown>)[] = [];

/**
 * A route whose page component `name` is loaded from `module` on first visit. Once loaded
 * (by a visit or by `preloadPages`), the page renders directly: a page that suspends, even for
 * a module already in memory, is revealed only after React's 300 ms Suspense throttle. And
 * not the router's own `lazy`: with that, every later navigation (a filter written to the
 * URL) waited a turn for the route, so a checkbox bound to the URL jumped back first.
 */
function lazyPage<M>(path: string, load: () => Promise<M>, name: keyof M & string): RouteObject {
  let Loaded: ComponentType | undefined;
  const remember = async () => (Loaded = (await load())[name] as ComponentType);
  rememberers.push(remember);
  const Lazy = lazy(async () => ({ default: await remember() }));
  function Page() {
    // Chosen once per visit: switching from the lazy path to the loaded one mid-visit would
    // remount the page and lose what it holds (a half-typed form).
    const [Ready] = useState(() => Loaded);
    return Ready ? (
      <Ready />
    ) : (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    );
  }
  return { path, Component: Page };
}

export function preloadPages(): void {
  for (const remember of rememberers) void remember().catch(() => undefined);
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
          lazyPage('partners/import', pageModules.partnerImport, 'PartnerImportPage'),
          lazyPage('partners/:id', pageModules.partnerDetail, 'PartnerDetailPage'),
          lazyPage('partners/:id/edit', pageModules.partnerForms, 'PartnerEditPage'),
          lazyPage('meetings', pageModules.meetingList, 'MeetingListPage'),
          lazyPage('meetings/new', pageModules.meetingForms, 'MeetingCreatePage'),
          lazyPage('meetings/series', pageModules.meetingSeries, 'SeriesPage'),
          lazyPage('meetings/:id', pageModules.meetingDetail, 'MeetingDetailPage'),
          lazyPage('meetings/:id/edit', pageModules.meetingForms, 'MeetingEditPage'),
          lazyPage('meetings/:id/minutes', pageModules.minutesTaking, 'MinutesTakingPage'),
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
          lazyPage('risk-picture/compare', pageModules.riskPictureCompare, 'RiskPictureComparePage'),
          lazyPage('risk-picture', pageModules.riskPictureList, 'RiskPictureListPage'),
          lazyPage('risk-picture/new', pageModules.riskPictureEditor, 'RiskPictureCreatePage'),
          lazyPage('risk-picture/:id/edit', pageModules.riskPictureEditor, 'RiskPictureEditPage'),
          lazyPage('figures', pageModules.figures, 'FiguresPage'),
          lazyPage('settings', pageModules.settings, 'SettingsPage'),
          lazyPage('data-protection', pageModules.dataProtection, 'DataProtectionPage'),
          lazyPage('risk-picture/:id', pageModules.riskEdition, 'RiskEditionPage'),
          lazyPage('data-protection/due', pageModules.dueForDeletion, 'DueListPage'),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
