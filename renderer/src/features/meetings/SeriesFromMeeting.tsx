/** Makes a series' standing items from the agenda of one of its meetings (asks first when that replaces some). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSeries } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { meetingSeries as seriesRepo, useLive } from '../../storage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SelectField } from '../../ui/fields';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

export function SeriesFromMeeting({ series }: { series: MeetingSeries }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const meetings = useLive(() => seriesRepo.meetingsOf(series.id), [series.id]) ?? [];
  const [chosen, setChosen] = useState('');
  const [asking, setAsking] = useState(false);
  const meetingId = chosen || meetings[0]?.id || '';
  const standing = series.agendaTemplate?.length ?? 0;
  if (meetings.length === 0) return null;

  const take = async () => {
    setAsking(false);
    try {
      const saved = await seriesRepo.templateFromMeeting(series.id, series.revision, meetingId);
      notify('success', t('series.taken', { count: saved.agendaTemplate?.length ?? 0 }));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const title = meetings.find((meeting) => meeting.id === meetingId)?.title ?? '';

  return (
    <div className="row series-from-meeting">
      <SelectField label={t('series.fromMeeting')} value={meetingId} onChange={(event) => setChosen(event.target.value)}>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {t('series.meetingChoice', { title: meeting.title, date: formatMeetingTime(meeting.startsAt, meeting.timeZone, language) })}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button" onClick={() => (standing > 0 ? setAsking(true) : void take())}>
        {t('series.takeAgenda')}
      </button>
      <ConfirmDialog
        isOpen={asking}
        title={t('series.replaceTitle')}
        body={t('series.replaceBody', { count: standing, title })}
        confirmLabel={t('series.replaceConfirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => void take()}
      />
    </div>
  );
}
