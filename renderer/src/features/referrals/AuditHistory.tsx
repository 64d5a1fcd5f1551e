import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { Contact, Partner } from '../../domain/partner';
import { audit, useLive } from '../../storage';
import { fieldLabel, valueText, visibleChanges, type AuditTextContext } from './audit-text';
import { Section } from '../../ui/Section';

/** What the audit trail holds for this case: who did what, when, old → new. */
export function AuditHistory({ referralId, partners, contacts }: { referralId: string; partners: Partner[]; contacts: Contact[] }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const entries = useLive(() => audit.listFor(referralId), [referralId]) ?? [];
  const context: AuditTextContext = { t, language, partners, contacts };
  return (
      <Section title={t('audit.title')}>
        <p className="muted">{t('audit.intro')}</p>
        {entries.length === 0 ? (
          <p className="muted">{t('audit.empty')}</p>
        ) : (
          <table className="table compact audit-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((entry) => {
                const changes = visibleChanges(entry.changes);
                return (
                <tr key={entry.id}>
                  <td>{entry.seq}</td>
                  <td className="nowrap">{formatDateTime(entry.at, language)}</td>
                  <td>{entry.actorName} ({entry.actorOrganisation})</td>
                  <td>{t(`vocab.auditActions.${entry.action}`)}</td>
                  <td>
                    {changes.length > 0 && (
                      <ul className="audit-changes">
                        {changes.map((change, index) => (
                          <li key={index}>
                            {fieldLabel(change.field, context)}: {valueText(change.field, change.old, context)} → {valueText(change.field, change.new, context)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
