import { clampPage } from '../../domain/paging';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSeries } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { formatMeetingTime, formatNumber } from '../../i18n/format';
import { meetings as meetingRepo, useLive } from '../../storage';
import { Pager } from '../../ui/Pager';
import { MeetingStatusBadge } from './MeetingStatusBadge';

export const meetingPageSize = 50;

interface MeetingTableProps {
  /** Every matching meeting's id, in list order; only the page's meetings are read. */
  ids: readonly string[];
  series: readonly MeetingSeries[];
  empty: string;
  page: number;
  onPage: (page: number) => void;
  pagerLabel: string;
}

export function MeetingTable({ ids, series, empty, page: requested, onPage, pagerLabel }: MeetingTableProps) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  const { page, pageCount, first } = clampPage(requested, ids.length, meetingPageSize);
  const pageKey = ids.slice(first, first + meetingPageSize).join(' ');
  const rows = useLive(() => meetingRepo.getMany(pageKey ? pageKey.split(' ') : []), [pageKey]);
  const seriesNames = useMemo(() => new Map(series.map((entry) => [entry.id, entry.name])), [series]);

  if (ids.length === 0) return <p className="muted">{empty}</p>;
  const summary = t('list.range', {
    from: formatNumber(first + 1, language),
    to: formatNumber(Math.min(first + meetingPageSize, ids.length), language),
    total: formatNumber(ids.length, language),
  });
  return (
    <>
      {ids.length > meetingPageSize && <Pager label={pagerLabel} summary={summary} page={page} pageCount={pageCount} onPage={onPage} announce />}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('fields.title')}</th>
            <th scope="col">{t('detail.when')}</th>
            <th scope="col">{t('fields.type')}</th>
            <th scope="col">{t('fields.series')}</th>
            <th scope="col">{t('detail.status')}</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((meeting) => (
            <tr key={meeting.id}>
              <td>
                <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
              </td>
              <td className="nowrap">{formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}</td>
              <td>{t(`vocab.types.${meeting.type}`)}</td>
              <td>{(meeting.seriesId && seriesNames.get(meeting.seriesId)) ?? ''}</td>
              <td>
                <MeetingStatusBadge status={meeting.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
