import { clampPage } from '../../domain/paging';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { defaultPartnerListQuery, filterAndSortPartners, partnerSortKeys, type PartnerListQuery } from '../../domain/partner-list';
import { partnerStatuses } from '../../domain/sectors';
import { useLanguage } from '../../i18n';
import { collatorFor, formatDate, formatNumber } from '../../i18n/format';
import { partners as partnerRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { usePageParam } from '../../ui/usePageParam';
import { useSearchText } from '../../ui/useSearchText';
import { SelectField, TextField } from '../../ui/fields';
import { paramsFromQuery, queryFromParams } from './list-query';
import { SectorOptions } from './SectorOptions';
import { StatusBadge } from './StatusBadge';
import { PartnerListExport } from './PartnerListExport';

/** Partners a page: a large city's network is a few hundred, read at once and filtered in memory. */
const partnerPageSize = 50;

export function PartnerListPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  // The search text is kept in memory only, never in the address (see ui/useSearchText).
  const [search, setSearch] = useSearchText('partners');
  const urlQuery = useMemo(() => queryFromParams(params), [params]);
  const query = useMemo<PartnerListQuery>(() => ({ ...urlQuery, search }), [urlQuery, search]);
  const all = useLive(() => partnerRepo.list());
  const counts = useLive(() => partnerRepo.contactCounts());

  // A changed filter or search starts again at page 1 (the query's params leave the page out).
  const update = (change: Partial<PartnerListQuery>) => {
    if (change.search !== undefined) setSearch(change.search);
    setParams(paramsFromQuery({ ...urlQuery, ...change }), { replace: true });
  };
  const clearFilters = () => {
    setSearch('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const [requestedPage, setPage] = usePageParam();

  const visible = useMemo(
    () => filterAndSortPartners(all ?? [], query, collatorFor(language), (sector) => tc(`sectors.${sector}`)),
    [all, query, language, tc],
  );

  const { page, pageCount, first } = clampPage(requestedPage, visible.length, partnerPageSize);
  const shown = visible.slice(first, first + partnerPageSize);

  const filtered = search !== '' || paramsFromQuery({ ...urlQuery, sort: defaultPartnerListQuery.sort, direction: 'asc' }).size > 0;
  const hasAny = (all ?? []).length > 0;

  return (
    <>
      <PageHeading
        title={t('title')}
        intro={all ? t('count', { count: visible.length }) : tc('loading')}
        actions={
          <>
            {hasAny && <PartnerListExport visible={visible} />}
            <Link className="button" to="/partners/import">
              {t('import.open')}
            </Link>
            <Link className="button primary" to="/partners/new">
              {t('new')}
            </Link>
          </>
        }
      />
      {all && !hasAny ? (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <div className="row">
            <Link className="button primary" to="/partners/new">
              {t('new')}
            </Link>
            <Link className="button" to="/partners/import">
              {t('import.title')}
            </Link>
          </div>
        </section>
      ) : (
        <>
          <div className="toolbar" role="search">
            <TextField type="search" label={t('list.search')} value={query.search} onChange={(event) => update({ search: event.target.value })} />
            <SelectField
              label={t('list.sector')}
              value={query.sector}
              onChange={(event) => update({ sector: event.target.value as PartnerListQuery['sector'] })}
            >
              <option value="all">{t('list.allSectors')}</option>
              <SectorOptions />
            </SelectField>
            <SelectField
              label={t('list.status')}
              value={query.status}
              onChange={(event) => update({ status: event.target.value as PartnerListQuery['status'] })}
            >
              <option value="all">{t('list.allStatuses')}</option>
              {partnerStatuses.map((status) => (
                <option key={status} value={status}>
                  {tc(`partnerStatus.${status}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('list.sort')} value={query.sort} onChange={(event) => update({ sort: event.target.value as PartnerListQuery['sort'] })}>
              {partnerSortKeys.map((key) => (
                <option key={key} value={key}>
                  {t(`list.sortKeys.${key}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('list.sortDirection')}
              value={query.direction}
              onChange={(event) => update({ direction: event.target.value as PartnerListQuery['direction'] })}
            >
              <option value="asc">{t('list.ascending')}</option>
              <option value="desc">{t('list.descending')}</option>
            </SelectField>
          </div>
          <div className="list-controls">
            <label className="checkbox">
              <input autoComplete="off" type="checkbox" checked={query.showArchived} onChange={(event) => update({ showArchived: event.target.checked })} />
              {t('list.showArchived')}
            </label>
            {filtered && (
              <button type="button" className="button quiet" onClick={clearFilters}>
                {t('list.clearFilters')}
              </button>
            )}
          </div>
          {visible.length === 0 ? (
            all && <p className="card muted">{t('list.noMatches')}</p>
          ) : (
            <div className="table-wrap">
              {visible.length > partnerPageSize && (
                <Pager
                  label={t('list.pages')}
                  summary={t('list.range', {
                    from: formatNumber(first + 1, language),
                    to: formatNumber(first + shown.length, language),
                    total: formatNumber(visible.length, language),
                  })}
                  page={page}
                  pageCount={pageCount}
                  onPage={setPage}
                  announce
                />
              )}
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('list.columns.name')}</th>
                    <th scope="col">{t('list.columns.sector')}</th>
                    <th scope="col">{t('list.columns.status')}</th>
                    <th scope="col">{t('list.columns.joinedOn')}</th>
                    <th scope="col">{t('list.columns.contacts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((partner) => (
                    <tr key={partner.id}>
                      <td>
                        <Link to={`/partners/${partner.id}`}>{partner.name}</Link>
                        {partner.shortName && <div className="short">{partner.shortName}</div>}
                      </td>
                      <td>{tc(`sectors.${partner.sector}`)}</td>
                      <td>{partner.deletedAt ? <span className="badge archived">{t('list.archivedBadge')}</span> : <StatusBadge status={partner.status} />}</td>
                      <td className="nowrap">{partner.joinedOn ? formatDate(partner.joinedOn, language) : ''}</td>
                      <td>{counts?.get(partner.id) ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
