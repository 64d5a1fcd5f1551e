import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { historyEntries } from '../../domain/audit';
import type { AuditEntry } from '../../domain/audit';
import type { Partner } from '../../domain/partner';
import { audit, referrals as referralRepo, useLive } from '../../storage';
import { AuditTable } from '../../ui/AuditTable';
import { fieldLabel, valueText, type AuditTextContext } from './audit-text';
import { Section } from '../../ui/Section';

/** The contacts an entry names (a referring contact changed), so only those are read. */
function contactIds(entries: readonly AuditEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.changes.filter((change) => change.field.endsWith('ContactId')).flatMap((change) => [change.old, change.new].filter((id) => typeof id === 'string')),
  );
}

/** What the audit trail holds for this case: who did what, when, old → new. */
export function AuditHistory({ referralId, partners }: { referralId: string; partners: Partner[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const data = useLive(async () => {
    const all = await audit.listFor(referralId);
    return { all, contacts: await referralRepo.contactsByIds(contactIds(all)) };
  }, [referralId]);
  const entries = historyEntries(data?.all ?? [], referralId);
  const context: AuditTextContext = { t, language, partners, contacts: data?.contacts ?? [] };
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
