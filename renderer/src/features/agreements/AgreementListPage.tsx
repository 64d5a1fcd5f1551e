import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { agreementStatuses, dataCategories } from '../../domain/agreement';
import { filterAgreements, noAgreementFilter, reviewHorizonDays, type AgreementFilter } from '../../domain/agreement-status';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { collatorFor, formatDate } from '../../i18n/format';
import { agreements as agreementRepo, partners as partnerRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { PageHeading } from '../../ui/PageHeading';
import { AgreementStatusBadge, ReviewFlag } from './AgreementStatusBadge';
import { filterFromParams, paramsFromFilter } from './list-query';
import { choosablePartners, partnerName } from './partner-names';
import './agreements.css';

/** The register: every agreement, filtered by status, party and review, what needs attention first. */
export function AgreementListPage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const data = useLive(async () => {
    const [agreements, partners] = await Promise.all([agreementRepo.list(), partnerRepo.list()]);
    return { agreements, partners };
  });
  const today = localToday();
  const visible = useMemo(() => (data ? filterAgreements(data.agreements, filter, today) : []), [data, filter, today]);
  const update = (change: Partial<AgreementFilter>) => setParams(paramsFromFilter({ ...filter, ...change }), { replace: true });

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
  const name = (id: string) => partnerName(data.partners, id);
  const named = [...new Set([...data.agreements.flatMap((agreement) => agreement.parties.map((party) => party.partnerId)), filter.partnerId].filter(Boolean))];
  const partyOptions = choosablePartners(data.partners, named, collatorFor(language).compare);
  const filtered = paramsFromFilter(filter).size > 0;

  return (
    <>
      <PageHeading title={t('title')} intro={t('count', { count: visible.length })} actions={actions} />
      {data.agreements.length === 0 ? (
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
              {partyOptions.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('list.review')}
              value={filter.review}
              onChange={(event) => update({ review: event.target.value as AgreementFilter['review'] })}
            >
              <option value="">{t('list.anyReview')}</option>
              <option value="due">{t('list.reviewDue', { days: reviewHorizonDays })}</option>
              <option value="overdue">{t('list.reviewOverdue')}</option>
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
          <div className="list-controls">
            <span />
            {filtered && (
              <button type="button" className="button quiet" onClick={() => setParams(paramsFromFilter(noAgreementFilter), { replace: true })}>
                {t('list.clearFilters')}
              </button>
            )}
          </div>
          {visible.length === 0 ? (
            <p className="card muted">{t('list.noMatches')}</p>
          ) : (
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
                  {visible.map(({ agreement, standing }) => (
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
                      <td className="nowrap">
                        {agreement.endDate ? formatDate(agreement.endDate, language) : <span className="muted">{t('list.openEnded')}</span>}
                      </td>
                      <td className="small-text">
                        {dataCategories
                          .filter((category) => agreement.dataCategories.includes(category))
                          .map((category) => t(`vocab.categories.${category}`))
                          .join(', ')}
                      </td>
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
