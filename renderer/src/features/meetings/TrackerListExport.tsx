/** The action tracker's export: every action its current filters and sort list (not just the page), as CSV or Excel. */
import { useTranslation } from 'react-i18next';
import type { TrackerQuery } from '../../domain/action-tracker';
import { localToday } from '../../domain/date-time';
import { actionColumns, actionsTable } from '../../export/network-lists';
import { useLanguage } from '../../i18n';
import { collatorFor, formatMeetingTime } from '../../i18n/format';
import { actions as actionRepo } from '../../storage';
import { ListExportMenu } from '../../ui/ListExportMenu';

export function TrackerListExport({ query }: { query: TrackerQuery }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const label = t('tracker.listExport.list');
  return (
    <ListExportMenu
      testId="tracker-export"
      choices={[
        {
          label,
          build: async () =>
            actionsTable(await actionRepo.trackerAll({ query, today: localToday(), collator: collatorFor(language) }), {
              title: label,
              header: Object.fromEntries(actionColumns.map((column) => [column, t(`tracker.listExport.columns.${column}`)])) as Record<
                (typeof actionColumns)[number],
                string
              >,
              status: (code) => t(`vocab.actionStatuses.${code}`),
              // On the wall clock of the zone the meeting was planned in, the zone named where it is not this computer's.
              meetingTime: (meeting) => formatMeetingTime(meeting.startsAt, meeting.timeZone, language),
            }),
        },
      ]}
    />
  );
}
