import { useTranslation } from 'react-i18next';
import { isOpenAction } from '../../domain/matters-arising';
import type { ActionItem, Meeting } from '../../domain/meeting';
import { ownerLabel } from '../../domain/minutes-document';
import type { Contact, Partner } from '../../domain/partner';
import { localToday } from '../../domain/date-time';
import { actionsToIcs } from '../../export';
import { useLanguage } from '../../i18n';
import { platform } from '../../platform';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

interface Data {
  actions: ActionItem[];
  partners: Partner[];
  contacts: Contact[];
  meetings: Meeting[];
}

/** Saves the open actions' due dates as an iCalendar file, in the UI language. */
export function OpenActionsCalendarButton({ data }: { data: Data }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const open = data.actions.filter((action) => isOpenAction(action) && action.dueDate !== '');
  const save = async () => {
    try {
      const ics = actionsToIcs(
        open.map((action) => ({
          id: action.id,
          text: action.text,
          owner: ownerLabel(action.ownerPartnerId, action.ownerContactId, data.partners, data.contacts),
          dueDate: action.dueDate,
          meetingTitle: data.meetings.find((meeting) => meeting.id === action.meetingId)?.title ?? '',
        })),
        language,
        { now: new Date() },
      );
      const outcome = await platform.saveFile({
        suggestedName: `${localToday()} ${t('tracker.title')}.ics`,
        data: new TextEncoder().encode(ics),
        mimeType: 'text/calendar;charset=utf-8',
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      });
      if (outcome.status === 'saved') notify('success', t('export.done', { file: outcome.fileName }));
    } catch (error) {
      notify('error', errorMessage(error, 'export'));
    }
  };
  return (
    <button type="button" className="button" disabled={open.length === 0} onClick={save}>
      {t('tracker.exportIcs')}
    </button>
  );
}
