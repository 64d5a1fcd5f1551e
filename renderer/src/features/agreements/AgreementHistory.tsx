import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { audit, useLive } from '../../storage';
import { Section } from '../../ui/Section';
import { changeText, visibleChanges } from './history-text';

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
        <table className="table compact audit-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.what')}</th>
              <th scope="col">{t('history.changes')}</th>
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
                  <td>{t(`history.actions.${entry.action}`)}</td>
                  <td>
                    {changes.length > 0 && (
                      <ul className="audit-changes">
                        {changes.map((change) => <li key={change.field}>{changeText(change, t, language)}</li>)}
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
