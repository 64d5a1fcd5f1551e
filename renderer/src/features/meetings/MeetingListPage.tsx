import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { meetingTypes, type Meeting, type MeetingSeries } from '../../domain/meeting';
import { matchesQuery } from '../../domain/text';
import { useLanguage } from '../../i18n';
import { formatMeetingTime } from '../../i18n/format';
import { meetings as meetingRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import { MeetingStatusBadge } from './MeetingStatusBadge';

export function MeetingListPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const all = useLive(() => meetingRepo.list());
  const series = useLive(() => meetingRepo.listSeries()) ?? [];
  const [search, setSearch] = useState('');
  const [seriesId, setSeriesId] = useState('all');
  const [type, setType] = useState('all');

  const { upcoming, past } = useMemo(() => {
    const now = new Date().toISOString();
    const visible = (all ?? []).filter(
      (meeting) =>
        (seriesId === 'all' || (seriesId === 'none' ? meeting.seriesId === null : meeting.seriesId === seriesId)) &&
        (type === 'all' || meeting.type === type) &&
        matchesQuery(search, meeting.title),
    );
    return {
      upcoming: visible.filter((meeting) => meeting.endsAt >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      past: visible.filter((meeting) => meeting.endsAt < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
    };
  }, [all, search, seriesId, type]);

  const newLink = (
    <Link className="button primary" to="/meetings/new">
      {t('new')}
    </Link>
  );
  if (all === undefined) return <p className="muted">{tc('loading')}</p>;
  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} actions={newLink} />
      {all.length === 0 ? (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          {newLink}
        </section>
      ) : (
        <>
          <div className="toolbar three" role="search">
            <TextField type="search" label={t('list.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
            <SelectField label={t('list.series')} value={seriesId} onChange={(event) => setSeriesId(event.target.value)}>
              <option value="all">{t('list.allSeries')}</option>
              <option value="none">{t('list.noSeries')}</option>
              {series.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('list.type')} value={type} onChange={(event) => setType(event.target.value)}>
              <option value="all">{t('list.allTypes')}</option>
              {meetingTypes.map((code) => (
                <option key={code} value={code}>
                  {t(`vocab.types.${code}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <Section title={t('list.upcoming')}>
            <MeetingTable meetings={upcoming} series={series} empty={t('list.noUpcoming')} />
          </Section>
          <Section title={t('list.past')}>
            <MeetingTable meetings={past} series={series} empty={t('list.noPast')} />
          </Section>
        </>
      )}
    </>
  );
}

function MeetingTable({ meetings, series, empty }: { meetings: Meeting[]; series: MeetingSeries[]; empty: string }) {
  const { t } = useTranslation('meetings');
  const language = useLanguage();
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
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
        {meetings.map((meeting) => (
          <tr key={meeting.id}>
            <td>
              <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
            </td>
            <td className="nowrap">{formatMeetingTime(meeting.startsAt, meeting.timeZone, language)}</td>
            <td>{t(`vocab.types.${meeting.type}`)}</td>
            <td>{series.find((entry) => entry.id === meeting.seriesId)?.name ?? ''}</td>
            <td>
              <MeetingStatusBadge status={meeting.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
