import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { matchesTrackerQuery, trackerPageSize, type TrackerQuery } from '../../domain/action-tracker';
import { localToday } from '../../domain/date-time';
import type { ActionItem, ActionStatus } from '../../domain/meeting';
import { useLanguage } from '../../i18n';
import { collatorFor, formatNumber } from '../../i18n/format';
import { actions as actionRepo, useLive, useLiveList, type TrackerOwner } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { usePageParam } from '../../ui/usePageParam';
import { OpenActionsCalendarButton } from './OpenActionsCalendarButton';
import { TrackerFilters } from './TrackerFilters';
import { TrackerListExport } from './TrackerListExport';
import { TrackerTable, type RowFocus } from './TrackerTable';
import { paramsFromTrackerQuery, trackerQueryFromParams } from './tracker-query';

const trackerTables = ['actions', 'meetings', 'partners', 'contacts'] as const;
const noOwners: TrackerOwner[] = [];

/**
 * Every action across meetings, 50 a page. Filters, sort and page are in the URL; the page
 * reads only its rows through indexes (actions.trackerPage), and the owner filter's choices
 * from the owner index, both live, so a change anywhere shows at once.
 */
export function ActionTrackerPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const [requestedPage, setPage] = usePageParam();
  const [focus, setFocus] = useState<RowFocus | null>(null);
  const today = localToday();

  const requested = useMemo(() => trackerQueryFromParams(params), [params]);
  // Live: a write to actions, or to the meetings and owners the rows name, reads the page again.
  const data = useLiveList(trackerTables, () => actionRepo.trackerPage({ query: requested, page: requestedPage, today, collator: collatorFor(language) }), [
    requested,
    requestedPage,
    today,
    language,
  ]);
  // An owner without live actions (a stale link, a hand-edited id) lists every owner instead.
  const query = useMemo(() => (data?.unknownOwner === requested.owner ? { ...requested, owner: 'all' } : requested), [data, requested]);
  // The owner filter's choices are read once the rows are on screen: they never delay them.
  const listed = data !== undefined;
  const owners = useLive(() => (listed ? actionRepo.trackerOwners() : Promise.resolve(undefined)), [listed]);

  // Two quick changes (sort, then due) must both stick: each builds on the one before, not
  // on the filters of the last render, which may not have caught up with the address yet.
  const latestParams = useRef(params);
  useEffect(() => {
    latestParams.current = params;
  }, [params]);
  const update = (change: Partial<TrackerQuery>) => {
    const base = trackerQueryFromParams(latestParams.current);
    const next = paramsFromTrackerQuery({ ...base, ...(data?.unknownOwner === base.owner ? { owner: 'all' } : {}), ...change });
    latestParams.current = next;
    setParams(next, { replace: true });
  };
  const changeStatus = async (action: ActionItem, next: ActionStatus, index: number) => {
    try {
      const saved = await actionRepo.setStatus(action.id, action.revision, next);
      const values = { text: action.text, status: t(`vocab.actionStatuses.${next}`) };
      // Under a filter it no longer matches, the row leaves the list: say so.
      notify('success', t(matchesTrackerQuery(saved, query, today) ? 'tracker.statusChanged' : 'tracker.statusChangedLeft', values));
      setFocus({ kind: 'changed', id: saved.id, revision: saved.revision, index });
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const focused = useCallback(() => setFocus(null), []);

  const heading = (
    <PageHeading
      title={t('tracker.title')}
      intro={t('tracker.intro')}
      actions={
        <>
          {data && data.total > 0 && <TrackerListExport query={query} />}
          <OpenActionsCalendarButton />
        </>
      }
    />
  );
  // The rows do not wait for the owner filter's choices; only an empty list waits to tell
  // "no actions yet" from "none match".
  if (!data || (data.total === 0 && !owners)) {
    return (
      <>
        {heading}
        <p className="muted">{tc('loading')}</p>
      </>
    );
  }
  if (owners?.length === 0) {
    return (
      <>
        {heading}
        <p className="card muted">{t('tracker.empty')}</p>
      </>
    );
  }

  const first = (data.page - 1) * trackerPageSize + 1;
  const summary = t('tracker.range', {
    from: formatNumber(Math.min(first, data.total), language),
    to: formatNumber(first + data.actions.length - 1, language),
    total: formatNumber(data.total, language),
  });
  const paged = data.pageCount > 1;
  return (
    <>
      {heading}
      <TrackerFilters query={query} owners={owners ?? noOwners} onChange={update} />
      {data.total === 0 ? (
        <p className="card muted">{t('tracker.none')}</p>
      ) : (
        <>
          {paged ? (
            <Pager label={t('tracker.pages')} summary={summary} page={data.page} pageCount={data.pageCount} onPage={setPage} announce />
          ) : (
            <p className="pager-summary" aria-live="polite">
              {t('tracker.count', { count: data.total, formatted: formatNumber(data.total, language) })}
            </p>
          )}
          <TrackerTable data={data} today={today} onStatus={changeStatus} focus={focus} onFocused={focused} />
          {paged && (
            <Pager
              label={t('tracker.pagesEnd')}
              summary={summary}
              page={data.page}
              pageCount={data.pageCount}
              onPage={(next) => {
                // At the foot of a page, paging on starts reading at the top of the next one.
                setFocus({ kind: 'first', page: next });
                setPage(next);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
