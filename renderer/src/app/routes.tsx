import type { RouteObject } from 'react-router';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PartnerCreatePage, PartnerEditPage } from '../features/partners/PartnerFormPages';
import { PartnerDetailPage } from '../features/partners/PartnerDetailPage';
import { PartnerListPage } from '../features/partners/PartnerListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ComingSoon } from './ComingSoon';
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
          { path: 'meetings', element: <ComingSoon area="meetings" /> },
          { path: 'referrals', element: <ComingSoon area="referrals" /> },
          { path: 'agreements', element: <ComingSoon area="agreements" /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
