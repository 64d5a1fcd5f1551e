import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { settings, useLive } from '../../storage';

/**
 * Cases can only be recorded or opened once the local user has said who they are: their
 * name and organisation go into every audit entry.
 */
export function LocalUserGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('referrals');
  const user = useLive(async () => (await settings.get('localUser')) ?? null);
  if (user === undefined) return null;
  if (user === null) {
    return (
      <p className="notice warn" role="status">
        {t('whoFirst')} <Link to="/settings">{t('whoFirstLink')}</Link>
      </p>
    );
  }
  return <>{children}</>;
}
