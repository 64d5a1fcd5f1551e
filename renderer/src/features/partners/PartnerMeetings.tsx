import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../domain/meeting';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatDate, formatMeetingTime, formatNumber } from '../../i18n/format';
import { attendanceMonths, partnerSummary, useLive, type AttendanceRate } from '../../storage';
import { SummaryCard, SummaryList } from './SummaryCard';

/** The meetings the partner was invited to, soonest and latest, and how often it came. */
export function PartnerMeetings({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation('partners');
  const summary = useLive(() => partnerSummary.meetings(partnerId, localToday()), [partnerId]);
  if (!summary) return null;
  return (
    <SummaryCard
      title={t('summary.meetings.title', { count: summary.total })}
      allLink={
        summary.total > 0 ? { to: `/meetings?partner=${encodeURIComponent(partnerId)}`, label: t('summary.meetings.all', { count: summary.total }) } : undefined
      }
    >
      <Attendance rate={summary.attendance} />
      <h3 className="partner-summary-subtitle">{t('summary.meetings.upcoming')}</h3>
      <SummaryList empty={t('summary.meetings.noneUpcoming')}>
        {summary.upcoming.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} />
        ))}
      </SummaryList>
      <h3 className="partner-summary-subtitle">{t('summary.meetings.recent')}</h3>
      <SummaryList empty={t('summary.meetings.noneRecent')}>
        {summary.recent.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} />
        ))}
      </SummaryList>
    </SummaryCard>
  );
}

function Attendance({ rate }: { rate: AttendanceRate }) {
  const { t } = useTranslation('partners');
  const language = useLanguage();
  const since = formatDate(rate.since, language);
  if (rate.invited === 0) return <p className="muted">{t('summary.meetings.noHeld', { months: attendanceMonths, since })}</p>;
  const percent = formatNumber(Math.round((rate.attended / rate.invited) * 100), language);
  return (
    <p className="partner-summary-rate">
      {t('summary.meetings.attendance', { attended: rate.attended, invited: rate.invited, percent, months: attendanceMonths, since })}
    </p>
  );
}

function MeetingRow({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  return (
    <li>
      <span className="partner-summary-when">{formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}</span>{' '}
      <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link> <span className="muted">({t(`vocab.statuses.${meeting.status}`)})</span>
    </li>
  );
}
