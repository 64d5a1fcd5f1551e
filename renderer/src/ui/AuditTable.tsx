/**
 * An audit trail as a table, newest first: number, when, who, what, and each visible change
 * in words. Cases and agreements pass their own words for actions and changes.
 */
import { useTranslation } from 'react-i18next';
import type { AuditAction, AuditChange, AuditEntry } from '../domain/audit';
import { visibleChanges } from '../domain/audit';
import { useLanguage } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  headers: { when: string; who: string; what: string; changes: string };
  actionLabel: (action: AuditAction) => string;
  changeText: (change: AuditChange) => string;
}

/**
 * An entry of a deleted record keeps its place, when and what kind of action; its values (and,
 * one period later, who made it) are erased, and the table says so instead of showing nothing.
 */
export function AuditTable({ entries, headers, actionLabel, changeText }: AuditTableProps) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  return (
    <table className="table compact audit-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{headers.when}</th>
          <th scope="col">{headers.who}</th>
          <th scope="col">{headers.what}</th>
          <th scope="col">{headers.changes}</th>
        </tr>
      </thead>
      <tbody>
        {[...entries].reverse().map((entry) => {
          const changes = visibleChanges(entry.changes);
          return (
            <tr key={entry.id}>
              <td>{entry.seq}</td>
              <td className="nowrap">{formatDateTime(entry.at, language)}</td>
              <td>{entry.erased?.actor ? <span className="muted">{t('auditErased.actor')}</span> : `${entry.actorName} (${entry.actorOrganisation})`}</td>
              <td>{actionLabel(entry.action)}</td>
              <td>
                {entry.erased?.values && (
                  <span className="muted">{t('auditErased.values', { date: formatDate(entry.erased.values.slice(0, 10), language) })}</span>
                )}
                {changes.length > 0 && (
                  <ul className="audit-changes">
                    {changes.map((change, index) => (
                      <li key={index}>{changeText(change)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
