import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PartnerCreatePage, PartnerEditPage } from '../features/partners/PartnerFormPages';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage';
import { PartnerListPage } from '../features/partners/PartnerListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ActionTrackerPage } from '../features/meetings/ActionTrackerPage';
import { MeetingDetailPage } from '../features/meetings/MeetingDetailPage';
import { MeetingCreatePage, MeetingEditPage } from '../features/meetings/MeetingFormPages';
import { MeetingListPage } from '../features/meetings/MeetingListPage';
import { ReferralDetailPage } from '../features/referrals/ReferralDetailPage';
import { ReferralCreatePage, ReferralEditPage } from '../features/referrals/ReferralFormPages';
import { ReferralListPage } from '../features/referrals/ReferralListPage';
import { AgreementDetailPage } from '../features/agreements/AgreementDetailPage';
import { AgreementCreatePage, AgreementEditPage } from '../features/agreements/AgreementFormPages';
import { AgreementListPage } from '../features/agreements/AgreementListPage';
import { CoverageMatrixPage } from '../features/agreements/CoverageMatrixPage';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

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
          { path: 'partners', element: <PartnerListPage /> },
          { path: 'partners/new', element: <PartnerCreatePage /> },
          { path: 'partners/:id', element: <PartnerDetailPage /> },
          { path: 'partners/:id/edit', element: <PartnerEditPage /> },
          { path: 'meetings', element: <MeetingListPage /> },
          { path: 'meetings/new', element: <MeetingCreatePage /> },
          { path: 'meetings/:id', element: <MeetingDetailPage /> },
          { path: 'meetings/:id/edit', element: <MeetingEditPage /> },
          { path: 'actions', element: <ActionTrackerPage /> },
          { path: 'referrals', element: <ReferralListPage /> },
          { path: 'referrals/new', element: <ReferralCreatePage /> },
          { path: 'referrals/:id', element: <ReferralDetailPage /> },
          { path: 'referrals/:id/edit', element: <ReferralEditPage /> },
          { path: 'agreements', element: <AgreementListPage /> },
          { path: 'agreements/new', element: <AgreementCreatePage /> },
          { path: 'agreements/matrix', element: <CoverageMatrixPage /> },
          { path: 'agreements/:id', element: <AgreementDetailPage /> },
          { path: 'agreements/:id/edit', element: <AgreementEditPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
