/**
 * "This week": how many records are due for deletion, linking to the due list. Counted by the
 * retention repository through indexes; read again after a write to any table it counts from.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { dueForDeletionTables, retention, useLiveList } from '../../storage';
import { WeekSection } from './WeekSection';

export function WeekRetention() {
  const { t } = useTranslation('retention');
  const language = useLanguage();
  const [today] = useState(() => localToday());
  const count = useLiveList(dueForDeletionTables, () => retention.dueCount(today), [today]);
  if (count === undefined) return null;
  return (
    <WeekSection title={t('due.title')} count={count} urgent={count > 0}>
      <div className="week-list">
        {count === 0 ? (
          <p className="muted week-empty">{t('due.empty')}</p>
        ) : (
          <Link className="week-all" to="/data-protection/due">
            {t('due.count', { count, formatted: formatNumber(count, language) })}
          </Link>
        )}
      </div>
    </WeekSection>
  );
}
