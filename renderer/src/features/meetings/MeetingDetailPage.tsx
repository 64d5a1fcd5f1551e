import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isMinutesEditable } from '../../domain/meeting-lifecycle';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { PageHeading } from '../../ui/PageHeading';
import { AgendaSection } from './AgendaSection';
import { AmendmentsSection } from './AmendmentsSection';
import { AttendanceSection } from './AttendanceSection';
import { ExportDialog } from './ExportDialog';
import { LifecycleBar } from './LifecycleBar';
import { MeetingSummary } from './MeetingSummary';
import { useMeetingContext } from './useMeetingContext';

export function MeetingDetailPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const context = useMeetingContext(id);

  if (context === undefined) return <p className="muted">{tc('loading')}</p>;
  if (context === null) {
    return (
      <>
        <PageHeading title={t('detail.notFound')} />
        <Link to="/meetings">{t('detail.back')}</Link>
      </>
    );
  }
  const { meeting } = context;
  return (
    <>
      <p>
        <Link to="/meetings">← {t('detail.back')}</Link>
      </p>
      <PageHeading
        title={meeting.title}
        windowTitle={t('detail.windowTitle')}
        intro={`${t(`vocab.types.${meeting.type}`)} · ${formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}`}
        actions={
          <>
            {isMinutesEditable(meeting.status) && (
              <>
                <Link className="button primary" to={`/meetings/${meeting.id}/minutes`}>
                  {t('minutesView.open')}
                </Link>
                <Link className="button" to={`/meetings/${meeting.id}/edit`}>
                  {tc('actions.edit')}
                </Link>
              </>
            )}
            <ExportDialog context={context} />
          </>
        }
      />
      <LifecycleBar meeting={meeting} />
      <MeetingSummary meeting={meeting} series={context.series} />
      <AttendanceSection meeting={meeting} partners={context.partners} contacts={context.contacts} />
      <AgendaSection context={context} />
      <AmendmentsSection meeting={meeting} />
    </>
  );
}
