import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { historyEntries } from '../../domain/audit';
import type { Contact, Partner } from '../../domain/partner';
import { audit, useLive } from '../../storage';
import { AuditTable } from '../../ui/AuditTable';
import { fieldLabel, valueText, type AuditTextContext } from './audit-text';
import { Section } from '../../ui/Section';

/** What the audit trail holds for this case: who did what, when, old → new. */
export function AuditHistory({ referralId, partners, contacts }: { referralId: string; partners: Partner[]; contacts: Contact[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const entries = historyEntries(useLive(() => audit.listFor(referralId), [referralId]) ?? [], referralId);
  const context: AuditTextContext = { t, language, partners, contacts };
  return (
    <Section title={t('audit.title')}>
      <p className="muted">{t('audit.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <AuditTable
          entries={entries}
          headers={{ when: t('audit.when'), who: t('audit.who'), what: t('audit.what'), changes: t('audit.changes') }}
          actionLabel={(action) => t(`vocab.auditActions.${action}`)}
          changeText={(change) =>
            `${fieldLabel(change.field, context)}: ${valueText(change.field, change.old, context)} → ${valueText(change.field, change.new, context)}`
          }
        />
      )}
    </Section>
  );
}
