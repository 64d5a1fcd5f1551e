import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { audit, useLive } from '../../storage';
import { AuditTable } from '../../ui/AuditTable';
import { Section } from '../../ui/Section';
import { changeText } from './history-text';

/** What the audit trail holds for this agreement: who did what, when, old → new. */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const entries = useLive(() => audit.listFor(agreementId), [agreementId]) ?? [];
  return (
    <Section title={t('history.title')}>
      <p className="muted">{t('history.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <AuditTable
          entries={entries}
          headers={{ when: t('history.when'), who: t('history.who'), what: t('history.what'), changes: t('history.changes') }}
          actionLabel={(action) => t(`history.actions.${action}`)}
          changeText={(change) => changeText(change, t, language)}
        />
      )}
    </Section>
  );
}
