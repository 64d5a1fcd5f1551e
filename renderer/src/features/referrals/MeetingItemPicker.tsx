import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { meetingList, meetings as meetingRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';

interface MeetingItemPickerProps {
  meetingId: string;
  agendaItemId: string;
  onChange: (meetingId: string, agendaItemId: string) => void;
}

/** How far back the picker offers meetings: a case step is recorded soon after the panel. */
const pickerMonths = 12;

/**
 * Where a case was discussed: a meeting (newest first, with its time, since meetings of a
 * series often share a title) and, optionally, its agenda item. It offers the planned
 * meetings and those of the last year (ten years of meetings would make the list useless),
 * and says so; a meeting already chosen stays offered however old.
 */
export function MeetingItemPicker({ meetingId, agendaItemId, onChange }: MeetingItemPickerProps) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const [since] = useState(() => {
    const date = new Date();
    date.setMonth(date.getMonth() - pickerMonths);
    return date.toISOString();
  });
  const meetings = useLive(() => meetingList.startingSince(since, meetingId), [since, meetingId]) ?? [];
  const items = useLive(async () => (meetingId ? ((await meetingRepo.get(meetingId))?.items ?? []) : []), [meetingId]) ?? [];
  return (
    <>
      <SelectField
        label={t('transition.meeting')}
        hint={t('transition.meetingHint', { count: pickerMonths })}
        value={meetingId}
        onChange={(event) => onChange(event.target.value, '')}
      >
        <option value="">{t('transition.noMeeting')}</option>
        {meetings.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {meeting.title} · {formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('transition.item')} value={agendaItemId} disabled={!meetingId} onChange={(event) => onChange(meetingId, event.target.value)}>
        <option value="">{t('transition.noItem')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.title}
          </option>
        ))}
      </SelectField>
    </>
  );
}
