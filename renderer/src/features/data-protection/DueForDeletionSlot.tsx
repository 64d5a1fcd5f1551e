/**
 * The records due for deletion, on the data-protection page: how many are due today, and the
 * way to the list (route `/data-protection/due`) where each is deleted or held.
 */
import { Link } from 'react-router';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { retention, useLive } from '../../storage';
import { Section } from '../../ui/Section';
import { dpoWords } from './dpo-words';

export const dueForDeletionPath = '/data-protection/due';

export function DueForDeletionSlot() {
  const language = useLanguage();
  const { t } = dpoWords(language);
  const count = useLive(() => retention.dueCount(localToday()));
  return (
    <Section title={t('due.title')} className="dpo-due">
      {count !== undefined && <p data-testid="dpo-due-count">{t('due.count', { count, shown: formatNumber(count, language) })}</p>}
      <p>
        <Link to={dueForDeletionPath} data-testid="dpo-due-link">
          {t('due.link')}
        </Link>
      </p>
    </Section>
  );
}
