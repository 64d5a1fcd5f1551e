import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../domain/date-time';
import { ownerDirectory, ownerLabelFrom } from '../../domain/minutes-document';
import { actionsToIcs } from '../../export';
import { useLanguage } from '../../i18n';
import { platform } from '../../platform';
import { actions as actionRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

/**
 * Saves the open actions' due dates as an iCalendar file, in the UI language. It reads them
 * when pressed (through the status index), not while the tracker opens.
 */
export function OpenActionsCalendarButton() {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const open = await actionRepo.openForCalendar();
      if (open.actions.length === 0) {
        notify('success', t('tracker.exportNone'));
        return;
      }
      const owners = ownerDirectory(open.partners, open.contacts);
      const titles = new Map(open.meetings.map((meeting) => [meeting.id, meeting.title]));
      const ics = actionsToIcs(
        open.actions.map((action) => ({
          id: action.id,
          text: action.text,
          owner: ownerLabelFrom(owners, action.ownerPartnerId, action.ownerContactId),
          dueDate: action.dueDate,
          meetingTitle: titles.get(action.meetingId) ?? '',
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
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && void save()}>
      {t('tracker.exportIcs')}
    </button>
  );
}
