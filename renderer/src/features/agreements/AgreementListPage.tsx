import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { agreementStatuses, dataCategories, type Agreement } from '../../domain/agreement';
import { agreementStanding, noAgreementFilter, reviewHorizonDays, type AgreementFilter } from '../../domain/agreement-status';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatDate, formatNumber } from '../../i18n/format';
import { agreements as agreementRepo, partners as partnerRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { usePageParam } from '../../ui/usePageParam';
import { AgreementStatusBadge, ReviewFlag } from './AgreementStatusBadge';
import { filterFromParams, paramsFromFilter } from './list-query';
import { PartnerOptions, usePartnerChoices } from '../../ui/PartnerOptions';
import './agreements.css';

/** The register shows this many agreements a page. */
const registerPageSize = 50;

/** The register: agreements filtered by status, party and review, what needs attention first, a page at a time. */
export function AgreementListPage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const [requestedPage, setPage] = usePageParam();
  // One page of agreements through the indexes; every partner once, for names and the party filter.
  const data = useLive(async () => {
    const [register, partners] = await Promise.all([agreementRepo.register({ filter, page: requestedPage, pageSize: registerPageSize }), partnerRepo.list()]);
    return { register, partners };
  }, [filter, requestedPage]);
  const names = useMemo(() => new Map(data?.partners.map((partner) => [partner.id, partner.name])), [data?.partners]);
  // A filter over existing agreements: partners that left the network still find theirs (marked former).
  const partyChoices = usePartnerChoices(data?.partners, { includeFormer: true });
  // Changing a filter starts again at the first page (the page parameter is left out).
  const update = (change: Partial<AgreementFilter>) => setParams(paramsFromFilter({ ...filter, ...change }), { replace: true });
  const name = (id: string) => names.get(id) ?? id;

  const newLink = (
    <Link className="button primary" to="/agreements/new">
      {t('new')}
    </Link>
  );
  const actions = (
    <>
      <Link className="button" to="/agreements/matrix">
        {t('matrixLink')}
      </Link>
      {newLink}
    </>
  );
  if (!data) {
    return (
      <>
        <PageHeading title={t('title')} actions={actions} />
        <p className="muted">{tc('loading')}</p>
      </>
    );
  }
  const { register } = data;
  const filtered = paramsFromFilter(filter).size > 0;
  const summary = t('list.range', {
    from: formatNumber(register.first + 1, language),
    to: formatNumber(register.first + register.agreements.length, language),
    total: formatNumber(register.matching, language),
  });
  const pager = (label: string, announce: boolean) =>
    register.pageCount > 1 && (
      <Pager label={label} summary={summary} page={register.page} pageCount={register.pageCount} onPage={setPage} announce={announce} />
    );

  return (
    <>
      <PageHeading title={t('title')} intro={t('count', { count: register.matching, number: formatNumber(register.matching, language) })} actions={actions} />
      {register.total === 0 ? (
        <section className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          {newLink}
        </section>
      ) : (
        <>
          <div className="toolbar three-even" role="search">
            <SelectField
              label={t('list.status')}
              value={filter.status}
              onChange={(event) => update({ status: event.target.value as AgreementFilter['status'] })}
            >
              <option value="">{t('list.allStatuses')}</option>
              {agreementStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`vocab.statuses.${status}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('list.party')} value={filter.partnerId} onChange={(event) => update({ partnerId: event.target.value })}>
              <option value="">{t('list.allParties')}</option>
              <PartnerOptions choices={partyChoices} />
            </SelectField>
            <SelectField
              label={t('list.review')}
              value={filter.review}
              onChange={(event) => update({ review: event.target.value as AgreementFilter['review'] })}
            >
              <option value="">{t('list.anyReview')}</option>
              <option value="due">{t('list.reviewDue', { days: reviewHorizonDays })}</option>
              <option value="overdue">{t('list.reviewOverdue')}</option>
              <option value="lapsed">{t('list.reviewLapsed')}</option>
            </SelectField>
          </div>
          {filter.otherPartnerId && (
            <div className="notice pair-filter" role="status">
              <strong>
                {filter.partnerId
                  ? t('list.between', { first: name(filter.partnerId), second: name(filter.otherPartnerId) })
                  : t('list.involving', { name: name(filter.otherPartnerId) })}
              </strong>
              <button type="button" className="button" onClick={() => update({ otherPartnerId: '' })}>
                {t('list.removePair')}
              </button>
            </div>
          )}
          {filtered && (
            <div className="list-controls">
              <span />
              <button type="button" className="button quiet" onClick={() => setParams(paramsFromFilter(noAgreementFilter), { replace: true })}>
                {t('list.clearFilters')}
              </button>
            </div>
          )}
          {register.matching === 0 ? (
            <p className="card muted">{t('list.noMatches')}</p>
          ) : (
            <>
              {pager(t('list.pages'), true)}
              <RegisterTable agreements={register.agreements} name={name} />
              {pager(t('list.pagesEnd'), false)}
            </>
          )}
        </>
      )}
    </>
  );
}

/** One page of the register. Labels are translated once per render, party names come from a map. */
function RegisterTable({ agreements, name }: { agreements: Agreement[]; name: (id: string) => string }) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const today = localToday();
  const categoryLabels = new Map(dataCategories.map((category) => [category, t(`vocab.categories.${category}`)]));
  const openEnded = t('list.openEnded');
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('list.columns.title')}</th>
            <th scope="col">{t('list.columns.parties')}</th>
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col">{t('list.columns.review')}</th>
            <th scope="col">{t('list.columns.end')}</th>
            <th scope="col">{t('list.columns.categories')}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => {
            const standing = agreementStanding(agreement, today);
            return (
              <tr key={agreement.id}>
                <td>
                  <Link to={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                </td>
                <td>
                  <ul className="plain-list">
                    {agreement.parties.map((party) => (
                      <li key={party.partnerId}>{name(party.partnerId)}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <AgreementStatusBadge status={standing.status} />
                </td>
                <td>
                  <span className="nowrap">{formatDate(agreement.reviewDate, language)}</span>
                  <div>
                    <ReviewFlag standing={standing} />
                  </div>
                </td>
                <td className="nowrap">{agreement.endDate ? formatDate(agreement.endDate, language) : <span className="muted">{openEnded}</span>}</td>
                <td className="small-text">
                  {dataCategories
                    .filter((category) => agreement.dataCategories.includes(category))
                    .map((category) => categoryLabels.get(category))
                    .join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
