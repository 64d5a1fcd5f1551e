import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settings, useLive } from '../storage';
import { LocalUserForm } from '../ui/LocalUserForm';
import { PageHeading } from '../ui/PageHeading';

/**
 * Nothing can be changed before Roundtable knows who works at this computer: every change
 * to a partner, meeting, case or agreement is audited with their name and organisation. The
 * first start asks once; Settings stays reachable (language) before it.
 */
export function LocalUserGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useLive(async () => (await settings.get('localUser')) ?? null);
  if (user === undefined) return null;
  if (user !== null) return <>{children}</>;
  return (
    <>
      <PageHeading title={t('whoFirst.title')} intro={t('whoFirst.intro')} />
      <div className="card">
        <LocalUserForm saved={null} submitLabel={t('whoFirst.continue')} />
      </div>
    </>
  );
}
