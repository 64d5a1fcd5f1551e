import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { Section } from '../../ui/Section';

export function AmendmentsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const entries = [
    ...meeting.amendments.map((amendment) => ({
      at: amendment.at,
      text: t('amendments.amendment', { date: formatDateTime(amendment.at, language), reason: amendment.reason }),
    })),
    ...meeting.circulations.map((circulation) => ({
      at: circulation.on,
      text: t('amendments.circulation', {
        date: formatDate(circulation.on, language),
        to: circulation.to,
        variant: t(`vocab.variants.${circulation.variant}`),
      }),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section title={t('amendments.title')}>
      {entries.length === 0 ? (
        <p className="muted">{t('amendments.none')}</p>
      ) : (
        <ul>
          {entries.map((entry, index) => (
            <li key={index}>{entry.text}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
