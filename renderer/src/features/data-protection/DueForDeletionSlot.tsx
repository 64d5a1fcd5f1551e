/**
 * Where the records due for deletion go on the data-protection page. The due list is built
 * elsewhere (route `/data-protection/due`); until it is embedded here, this links to it.
 * The lead replaces the body with the due list's component at merge time.
 */
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { Section } from '../../ui/Section';
import { dpoWords } from './dpo-words';

export const dueForDeletionPath = '/data-protection/due';

export function DueForDeletionSlot() {
  const { t } = dpoWords(useLanguage());
  return (
    <Section title={t('due.title')} className="dpo-due">
      <p>
        <Link to={dueForDeletionPath} data-testid="dpo-due-link">
          {t('due.link')}
        </Link>
      </p>
    </Section>
  );
}
