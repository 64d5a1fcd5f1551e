/**
 * How a carried-over item names the other meeting: "“Title”, 05.03.2026", linked to it, read
 * by id for the items of one agenda (never the whole meetings table).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AgendaItem, Meeting } from '../../domain/meeting';
import type { TFunction } from 'i18next';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/language';
import { dateTimeFormat } from '../../i18n/format';
import { meetings as meetingRepo, useLive } from '../../storage';

export type MeetingsById = ReadonlyMap<string, Meeting>;
const none: MeetingsById = new Map();

/** The meetings the items' carry-over links point to, by id. */
export function useCarryOverMeetings(items: readonly AgendaItem[]): MeetingsById {
  const key = useMemo(
    () => [...new Set(items.flatMap((item) => [item.carriedOverFrom?.meetingId, item.carriedOverTo?.meetingId]).filter(Boolean))].sort().join(' '),
    [items],
  );
  const found = useLive(async () => (key ? new Map((await meetingRepo.getMany(key.split(' '))).map((meeting) => [meeting.id, meeting])) : none), [key]);
  return found ?? none;
}

/** "“Steering group”, 2 Apr 2026": the date on the wall clock of the meeting's own zone. */
export function meetingLabel(meeting: Meeting, language: Language, t: TFunction<'meetings'>): string {
  const date = dateTimeFormat(language, 'date', meeting.timeZone).format(new Date(meeting.startsAt));
  return t('carryOver.meeting', { title: meeting.title, date });
}

/** "Carried over from …" and "Carried over to …" under an item's heading, each a link. */
export function CarryOverNotes({ item, meetings }: { item: AgendaItem; meetings: MeetingsById }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const links = [
    { key: 'from' as const, link: item.carriedOverFrom },
    { key: 'to' as const, link: item.carriedOverTo },
  ].filter((entry) => entry.link);
  if (links.length === 0) return null;
  return (
    <p className="carry-over-notes">
      {links.map(({ key, link }) => {
        const meeting = meetings.get(link!.meetingId);
        const label = meeting ? meetingLabel(meeting, language, t) : t('carryOver.unknownMeeting');
        return (
          <span key={key} className="badge prospective">
            {t(`carryOver.${key}`, { meeting: '' })}
            {meeting ? <Link to={`/meetings/${meeting.id}`}>{label}</Link> : label}
          </span>
        );
      })}
    </p>
  );
}
