import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../domain/meeting';
import { amendmentAfter, isCurrentTextCirculated } from '../../domain/meeting-lifecycle';
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
      outdatedBy: null,
    })),
    ...meeting.circulations.map((circulation) => {
      const amendment = amendmentAfter(meeting, circulation);
      return {
        // Placed by when it was recorded, where known: sent on a day, then amended that same day.
        at: circulation.recordedAt ?? circulation.on,
        text: t('amendments.circulation', {
          date: formatDate(circulation.on, language),
          to: circulation.to,
          variant: t(`vocab.variants.${circulation.variant}`),
        }),
        outdatedBy: amendment && formatDateTime(amendment.at, language),
      };
    }),
  ].sort((a, b) => a.at.localeCompare(b.at));
  // Some text went out that is no longer the text on record, and the amended one has not gone out yet.
  const circulateAgain = meeting.circulations.length > 0 && !isCurrentTextCirculated(meeting);
  return (
    <Section title={t('amendments.title')}>
      {entries.length === 0 ? (
        <p className="muted">{t('amendments.none')}</p>
      ) : (
        <ul>
          {entries.map((entry, index) => (
            <li key={index}>
              {entry.text}
              {entry.outdatedBy && (
                <>
                  {' '}
                  <span className="badge prospective">{t('amendments.outdated')}</span>{' '}
                  <span className="muted">{t('amendments.outdatedBecause', { date: entry.outdatedBy })}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {circulateAgain && (
        <p className="notice warn" role="note">
          {meeting.status === 'circulated' || meeting.status === 'approved' ? t('amendments.circulateAgainNow') : t('amendments.circulateAgainAfterApproval')}
        </p>
      )}
    </Section>
  );
}
