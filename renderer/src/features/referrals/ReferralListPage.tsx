import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { partners as partnerRepo, referrals as referralRepo, useLive } from '../../storage';
import { ActiveFilterNotice } from '../../ui/ActiveFilterNotice';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { usePageParam } from '../../ui/usePageParam';
import { useUrlQuery } from '../../ui/useUrlQuery';
import { paramsFromQuery, queryFromParams } from './list-query';
import { ReferralFilters } from './ReferralFilters';
import { ReferralTable } from './ReferralTable';
import { useReferralList } from './useReferralList';

/**
 * The case list: filters, order and page in the URL; 50 cases a page, read through indexes
 * (see useReferralList), so a city's ten years of cases open as fast as a dozen.
 */
export function ReferralListPage() {
  const { t } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [query, update] = useUrlQuery(queryFromParams, paramsFromQuery);
  const [requestedPage, setPage] = usePageParam();
  const today = localToday();
  const view = useReferralList(query, requestedPage, today);
  const hasAny = useLive(() => referralRepo.hasAny());
  const partners = useLive(() => partnerRepo.list());
  const partnerNames = useMemo(() => new Map((partners ?? []).map((partner) => [partner.id, partner.name])), [partners]);

  // Paging from the pager below the table goes on reading at the top of the next page.
  const table = useRef<HTMLDivElement>(null);
  const focusFirstCase = useRef(false);
  useEffect(() => {
    if (!focusFirstCase.current || !view) return;
    focusFirstCase.current = false;
    table.current?.querySelector('a')?.focus();
  }, [view]);

  const newLink = (
    <Link className="button primary" to="/referrals/new">
      {t('new')}
    </Link>
  );

  if (hasAny === undefined) return <p className="muted">{tc('loading')}</p>;
  if (!hasAny) {
    return (
      <>
        <PageHeading title={t('title')} intro={t('intro')} actions={newLink} />
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          {newLink}
        </section>
      </>
    );
  }
  const summary =
    view &&
    t('list.range', {
      from: formatNumber(view.first + 1, language),
      to: formatNumber(view.first + view.rows.length, language),
      total: formatNumber(view.total, language),
    });
  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} actions={newLink} />
      <ReferralFilters query={query} onChange={update} partnerNames={partnerNames} />
      {query.partner && (
        <ActiveFilterNotice clearLabel={t('list.partnerFilter.clear')} onClear={() => update({ partner: '' })}>
          {t('list.partnerFilter.text', { partner: partnerNames.get(query.partner) || t('list.partnerFilter.unknown') })}
        </ActiveFilterNotice>
      )}
      {!view ? (
        <p className="muted">{tc('loading')}</p>
      ) : view.total === 0 ? (
        <p className="card muted">{t('list.noMatches')}</p>
      ) : (
        <>
          {view.pageCount > 1 ? (
            <Pager label={t('list.pages')} summary={summary!} page={view.page} pageCount={view.pageCount} onPage={setPage} announce />
          ) : (
            <p className="muted" aria-live="polite">
              {t('list.count', { count: view.total, formatted: formatNumber(view.total, language) })}
            </p>
          )}
          <div ref={table}>
            <ReferralTable rows={view.rows} partnerNames={partnerNames} today={today} />
          </div>
          {view.pageCount > 1 && (
            <Pager
              label={t('list.pagesEnd')}
              summary={summary!}
              page={view.page}
              pageCount={view.pageCount}
              onPage={(next) => {
                focusFirstCase.current = true;
                setPage(next);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
