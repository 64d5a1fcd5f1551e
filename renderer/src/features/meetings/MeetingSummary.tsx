import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingSeries } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { formatDateTime, formatMeetingSpan } from '../../i18n/format';
import { Section } from '../../ui/Section';
import { MeetingStatusBadge } from './MeetingStatusBadge';

export function MeetingSummary({ meeting, series }: { meeting: Meeting; series: MeetingSeries | null }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notSet = '—';
  return (
    <Section title={t('detail.overview')}>
      <dl className="definition">
        <dt>{t('detail.status')}</dt>
        <dd>
          <MeetingStatusBadge status={meeting.status} />
        </dd>
        <dt>{t('detail.when')}</dt>
        <dd>{formatMeetingSpan(meeting.startsAt, meeting.endsAt, meeting.timeZone, language)}</dd>
        <dt>{t('fields.type')}</dt>
        <dd>{t(`vocab.types.${meeting.type}`)}</dd>
        <dt>{t('detail.series')}</dt>
        <dd>{series?.name ?? notSet}</dd>
        <dt>{t('detail.where')}</dt>
        <dd>{meeting.location || notSet}</dd>
        <dt>{t('detail.online')}</dt>
        <dd>
          {meeting.onlineLink ? (
            <a href={meeting.onlineLink} target="_blank" rel="noopener noreferrer">
              {meeting.onlineLink}
            </a>
          ) : (
            notSet
          )}
        </dd>
        <dt>{t('detail.chair')}</dt>
        <dd>{meeting.chair || notSet}</dd>
        <dt>{t('detail.minuteTaker')}</dt>
        <dd>{meeting.minuteTaker || notSet}</dd>
        <dt>{t('detail.confidentiality')}</dt>
        <dd>{t(`vocab.confidentiality.${meeting.confidentiality}`)}</dd>
        {meeting.approvedAt && (
          <>
            <dt>{t('detail.approvedAt')}</dt>
            <dd>{formatDateTime(meeting.approvedAt, language)}</dd>
          </>
        )}
        {meeting.approvedAt && meeting.approvedBy && (
          <>
            <dt>{t('detail.approvedBy')}</dt>
            <dd>{t('detail.approvedByPerson', { name: meeting.approvedBy.name, organisation: meeting.approvedBy.organisation })}</dd>
          </>
        )}
      </dl>
    </Section>
  );
}
