import { useTranslation } from 'react-i18next';
import type { LocalUser } from '../../domain/audit';
import { LocalUserForm } from '../../ui/LocalUserForm';
import { Section } from '../../ui/Section';

/** Who works at this computer: named in every audit entry. */
export function LocalUserSection({ saved }: { saved: LocalUser | null }) {
  const { t } = useTranslation('settings');
  return (
    <Section title={t('localUser.title')}>
      <div className="stack">
        <p className="muted">{t('localUser.intro')}</p>
        {saved === null && (
          <p className="notice warn" role="status">
            {t('localUser.missing')}
          </p>
        )}
        <LocalUserForm saved={saved} />
      </div>
    </Section>
  );
}
