import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { meetingStatuses, meetingTypes } from '../../domain/meeting';
import { foldText } from '../../domain/text';
import { meetingList, meetings as meetingRepo, partners as partnerRepo, useLive } from '../../storage';
import { ActiveFilterNotice } from '../../ui/ActiveFilterNotice';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField, TextField } from '../../ui/fields';
import { Section } from '../../ui/Section';
import { useSearchText } from '../../ui/useSearchText';
import { paramsFromQuery, queryFromParams, type MeetingListQuery } from './list-query';
import { MeetingTable } from './MeetingTable';

/**
 * Upcoming and past meetings, 50 a page each. The filters select ids through indexes; only
 * the meetings on screen are read. Searching reads every title once (titles are not
 * indexed) and filters them in memory as the user types. The search text stays in memory,
 * never in the address (ui/useSearchText); filters and pages are in the address.
 */
export function MeetingListPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(params), [params]);
  const [searchText, setSearchText] = useSearchText('meetings');
  // Any change (a filter, or the search) starts both lists again at page 1, unless it names the pages.
  const update = (change: Partial<MeetingListQuery>) => setParams(paramsFromQuery({ ...query, upcomingPage: 1, pastPage: 1, ...change }), { replace: true });
  const changeSearch = (text: string) => {
    setSearchText(text);
    if (query.upcomingPage > 1 || query.pastPage > 1) update({});
  };
  const [now] = useState(() => new Date());

  const ids = useLive(
    () => meetingList.ids({ seriesId: query.seriesId, type: query.type, status: query.status, partnerId: query.partnerId }, now),
    [query.seriesId, query.type, query.status, query.partnerId, now],
  );
  const partnerName = useLive(async () => (query.partnerId ? ((await partnerRepo.get(query.partnerId))?.name ?? '') : ''), [query.partnerId]);
  const series = useLive(() => meetingRepo.listSeries());
  // Titles are read once the list is on screen and the browser is idle (or at once when the
  // user moves into the search field), so the first keystroke finds them ready.
  const [wantTitles, setWantTitles] = useState(searchText !== '');
  useEffect(() => {
    if (wantTitles || ids === undefined) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setWantTitles(true));
    return () => cancel(handle);
  }, [wantTitles, ids]);
  const titles = useLive(async () => (wantTitles || searchText ? meetingList.searchableTitles() : null), [wantTitles || searchText !== '']);
  const search = useDeferredValue(searchText);

  const matching = useMemo(() => {
    if (!ids) return undefined;
    const needle = foldText(search);
    if (!needle) return ids;
    if (!titles) return undefined;
    const matches = (id: string) => titles.get(id)?.includes(needle) ?? false;
    return { upcoming: ids.upcoming.filter(matches), past: ids.past.filter(matches) };
  }, [ids, titles, search]);

  const newLink = (
    <Link className="button primary" to="/meetings/new">
      {t('new')}
    </Link>
  );
  if (ids === undefined || series === undefined) return <p className="muted">{tc('loading')}</p>;
  const none = ids.upcoming.length + ids.past.length === 0 && query.seriesId === 'all' && query.type === 'all' && query.status === 'all' && !query.partnerId;
  return (
    <>
      <PageHeading
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            {series.length > 0 && (
              <Link className="button" to="/meetings/series">
                {t('series.link')}
              </Link>
            )}
            {newLink}
          </>
        }
      />
      {none ? (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          {newLink}
        </section>
      ) : (
        <>
          <div className="toolbar four" role="search">
            <TextField
              type="search"
              label={t('list.search')}
              value={searchText}
              onFocus={() => setWantTitles(true)}
              onChange={(event) => changeSearch(event.target.value)}
            />
            <SelectField label={t('list.series')} value={query.seriesId} onChange={(event) => update({ seriesId: event.target.value })}>
              <option value="all">{t('list.allSeries')}</option>
              <option value="none">{t('list.noSeries')}</option>
              {series.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('list.type')} value={query.type} onChange={(event) => update({ type: event.target.value as MeetingListQuery['type'] })}>
              <option value="all">{t('list.allTypes')}</option>
              {meetingTypes.map((code) => (
                <option key={code} value={code}>
                  {t(`vocab.types.${code}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('list.status')}
              value={query.status}
              onChange={(event) => update({ status: event.target.value as MeetingListQuery['status'] })}
            >
              <option value="all">{t('list.allStatuses')}</option>
              {meetingStatuses.map((code) => (
                <option key={code} value={code}>
                  {t(`list.statusFilter.${code}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {query.partnerId && (
            <ActiveFilterNotice clearLabel={t('list.partnerFilter.clear')} onClear={() => update({ partnerId: '' })}>
              {t('list.partnerFilter.text', { partner: partnerName || t('list.partnerFilter.unknown') })}
            </ActiveFilterNotice>
          )}
          {matching === undefined ? (
            <p className="muted">{tc('loading')}</p>
          ) : (
            <>
              <Section title={t('list.upcoming')}>
                <MeetingTable
                  ids={matching.upcoming}
                  series={series}
                  empty={t('list.noUpcoming')}
                  page={query.upcomingPage}
                  onPage={(upcomingPage) => update({ upcomingPage, pastPage: query.pastPage })}
                  pagerLabel={t('list.upcomingPages')}
                />
              </Section>
              <Section title={t('list.past')}>
                <MeetingTable
                  ids={matching.past}
                  series={series}
                  empty={t('list.noPast')}
                  page={query.pastPage}
                  onPage={(pastPage) => update({ upcomingPage: query.upcomingPage, pastPage })}
                  pagerLabel={t('list.pastPages')}
                />
              </Section>
            </>
          )}
        </>
      )}
    </>
  );
}
