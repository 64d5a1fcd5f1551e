import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LocalUserGate } from './LocalUserGate';
import { OutdatedBanner } from './OutdatedBanner';
import { SearchLauncher } from './search/SearchLauncher';
import { LockButton } from './session/LockButton';

const sections = [
  { to: '/', key: 'overview', end: true },
  { to: '/partners', key: 'partners', end: false },
  { to: '/meetings', key: 'meetings', end: false },
  { to: '/actions', key: 'actions', end: false },
  { to: '/referrals', key: 'referrals', end: false },
  { to: '/agreements', key: 'agreements', end: false },
  { to: '/risk-picture', key: 'riskPicture', end: false },
  { to: '/figures', key: 'figures', end: false },
  { to: '/data-protection', key: 'dataProtection', end: false },
  { to: '/settings', key: 'settings', end: false },
] as const;

export function Shell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <strong>{t('appName')}</strong>
          <span>{t('tagline')}</span>
        </div>
        <SearchLauncher />
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            {sections.map((section) => (
              <li key={section.key}>
                <NavLink to={section.to} end={section.end}>
                  {t(`nav.${section.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <LockButton />
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <OutdatedBanner />
        {pathname.startsWith('/settings') ? (
          <Outlet />
        ) : (
          <LocalUserGate>
            <Outlet />
          </LocalUserGate>
        )}
      </main>
    </div>
  );
}
