import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localToday } from '../../domain/date-time';
import { concernTypes, referralStatuses, riskLevels, type ReferralEvent } from '../../domain/referral';
import { defaultReferralQuery, dueReviews, filterReferrals, nextReview, type ReferralListQuery } from '../../domain/referral-list';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { partners as partnerRepo, referrals as referralRepo, useLive } from '../../storage';
import { SelectField } from '../../ui/fields';
import { PageHeading } from '../../ui/PageHeading';
import { ReferralStatusBadge } from './ReferralStatusBadge';

export function ReferralListPage() {
  const { t } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const [query, setQuery] = useState<ReferralListQuery>(defaultReferralQuery);
  const data = useLive(async () => {
    const [referrals, events, partners] = await Promise.all([referralRepo.list(), referralRepo.listEvents(), partnerRepo.list()]);
    return { referrals, events, partners };
  });
  const today = localToday();
  const visible = useMemo(() => (data ? filterReferrals(data.referrals, data.events, query, today) : []), [data, query, today]);
  // Each case's next review, found once per data change rather than per row and render.
  const reviews = useMemo(() => {
    const byCase = new Map<string, ReferralEvent[]>();
    for (const event of data?.events ?? []) byCase.set(event.referralId, [...(byCase.get(event.referralId) ?? []), event]);
    return new Map([...byCase].map(([referralId, events]) => [referralId, nextReview(events)]));
  }, [data]);
  const update = (change: Partial<ReferralListQuery>) => setQuery((current) => ({ ...current, ...change }));
  const newLink = (
    <Link className="button primary" to="/referrals/new">
      {t('new')}
    </Link>
  );
  if (!data) return <p className="muted">{tc('loading')}</p>;
  const partnerName = (id: string) => data.partners.find((partner) => partner.id === id)?.name ?? '';
  const leads = [...new Set(data.referrals.map((referral) => referral.leadPartnerId).filter(Boolean))];
  const due = new Set(dueReviews(data.events, today).map((event) => event.referralId));

  return (
    <>
      <PageHeading title={t('title')} intro={t('intro')} actions={newLink} />
      <>
        {data.referrals.length === 0 ? (
          <section className="card empty-state">
            <h2>{t('empty.title')}</h2>
            <p>{t('empty.body')}</p>
            {newLink}
          </section>
        ) : (
          <>
            <div className="toolbar five">
              <SelectField
                label={t('list.status')}
                value={query.status}
                onChange={(event) => update({ status: event.target.value as ReferralListQuery['status'] })}
              >
                <option value="open">{t('list.openCases')}</option>
                <option value="all">{t('list.allStatuses')}</option>
                {referralStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`vocab.statuses.${status}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t('list.lead')} value={query.lead} onChange={(event) => update({ lead: event.target.value })}>
                <option value="all">{t('list.allLeads')}</option>
                {leads.map((id) => (
                  <option key={id} value={id}>
                    {partnerName(id)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t('list.concern')}
                value={query.concern}
                onChange={(event) => update({ concern: event.target.value as ReferralListQuery['concern'] })}
              >
                <option value="all">{t('list.allConcerns')}</option>
                {concernTypes.map((code) => (
                  <option key={code} value={code}>
                    {t(`vocab.concerns.${code}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t('list.risk')} value={query.risk} onChange={(event) => update({ risk: event.target.value as ReferralListQuery['risk'] })}>
                <option value="all">{t('list.allRisks')}</option>
                {riskLevels.map((level) => (
                  <option key={level} value={level}>
                    {t(`vocab.risk.${level}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t('list.sort')} value={query.order} onChange={(event) => update({ order: event.target.value as ReferralListQuery['order'] })}>
                <option value="newest">{t('list.newest')}</option>
                <option value="oldest">{t('list.oldest')}</option>
              </SelectField>
            </div>
            <div className="list-controls">
              <label className="checkbox">
                <input type="checkbox" checked={query.reviewsDue} onChange={(event) => update({ reviewsDue: event.target.checked })} />
                {t('list.reviewsDue')}
              </label>
            </div>
            {visible.length === 0 ? (
              <p className="card muted">{t('list.noMatches')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('list.case')}</th>
                      <th scope="col">{t('list.received')}</th>
                      <th scope="col">{t('list.status')}</th>
                      <th scope="col">{t('list.lead')}</th>
                      <th scope="col">{t('list.risk')}</th>
                      <th scope="col">{t('list.concerns')}</th>
                      <th scope="col">{t('list.review')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {visible.map((referral) => {
                      const review = reviews.get(referral.id);
                      return (
                        <tr key={referral.id}>
                          <td>
                            <Link className="case-code" to={`/referrals/${referral.id}`}>
                              {referral.caseCode}
                            </Link>
                          </td>
                          <td className="nowrap">{formatDate(referral.receivedOn, language)}</td>
                          <td>
                            <ReferralStatusBadge status={referral.status} />
                          </td>
                          <td>{partnerName(referral.leadPartnerId)}</td>
                          <td>{t(`vocab.risk.${referral.riskLevel}`)}</td>
                          <td>{referral.concernTypes.map((code) => t(`vocab.concerns.${code}`)).join(', ')}</td>
                          <td>
                            {review && (
                              <span className={due.has(referral.id) ? 'badge missing' : 'badge former'}>
                                {t('list.reviewDue', { date: formatDate(review.dueDate, language) })}
                              </span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </>
    </>
  );
}
