import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settings, useLive } from '../storage';
import { LocalUserForm } from '../ui/LocalUserForm';
import { PageHeading } from '../ui/PageHeading';
import { Section } from '../ui/Section';

/**
 * Nothing can be changed before Roundtable knows who works at this computer: every change
 * to a partner, meeting, case or agreement is audited with their name and organisation. The
 * first start asks once; Settings stays reachable (language) before it.
 */
export function LocalUserGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('settings');
  const user = useLive(async () => (await settings.get('localUser')) ?? null);
  if (user === undefined) return null;
  if (user !== null) return <>{children}</>;
  return (
    <>
      <PageHeading title={t('whoFirst.title')} intro={t('whoFirst.intro')} />
      <Section title={ts('localUser.title')}>
        <LocalUserForm saved={null} submitLabel={t('whoFirst.continue')} />
      </Section>
    </>
  );
}
