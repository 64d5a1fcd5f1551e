/**
 * The building blocks of "This week": a section with its count in the heading, and lists of
 * lines that each link to a record, with "nothing due" when empty and "show all N" linking
 * to the filtered list when there are more than the lines shown.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';

export function WeekSection({ title, count, urgent, children }: { title: string; count?: number; urgent?: boolean; children: ReactNode }) {
  const id = useId();
  const language = useLanguage();
  return (
    <section className={urgent ? 'week-section urgent' : 'week-section'} aria-labelledby={id}>
      <h3 id={id} className="week-title">
        <span>{title}</span>
        {count !== undefined && (
          <span className={count > 0 ? (urgent ? 'badge missing' : 'badge prospective') : 'badge covered'}>{formatNumber(count, language)}</span>
        )}
      </h3>
      {children}
    </section>
  );
}

export interface WeekLine {
  key: string;
  to: string;
  /** The link's text (a title, a case code, a partner). */
  label: string;
  /** What is due and when, after the link. */
  detail?: ReactNode;
  overdue?: boolean;
}

/**
 * One list of a section: an optional label, its lines, "nothing due" when there are none, and
 * a link to the whole filtered list (always, so the count can be checked there).
 */
export function WeekList({
  label,
  lines,
  count,
  allTo,
  allText,
}: {
  label?: string;
  lines: readonly WeekLine[];
  count: number;
  allTo: string;
  allText?: string;
}) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  return (
    <div className="week-list">
      {label && <h4 className="week-label">{label}</h4>}
      {count === 0 ? (
        <p className="muted week-empty">{t('week.nothingDue')}</p>
      ) : (
        <>
          <ul>
            {lines.map((line) => (
              <li key={line.key} className={line.overdue ? 'overdue' : undefined}>
                <Link to={line.to}>{line.label}</Link>
                {line.detail && (
                  <>
                    {' '}
                    <span className="week-detail">· {line.detail}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
          <Link className="week-all" to={allTo}>
            {allText ?? t('week.showAll', { count, formatted: formatNumber(count, language) })}
          </Link>
        </>
      )}
    </div>
  );
}
