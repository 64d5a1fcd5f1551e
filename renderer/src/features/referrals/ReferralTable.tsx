import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Referral } from '../../domain/referral';
import { isReviewDue } from '../../domain/referral-list';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import './referral-table.css';

interface ReferralTableProps {
  rows: readonly Referral[];
  partnerNames: ReadonlyMap<string, string>;
  today: string;
}

/** One page of cases. The review column shows the case's next review date, kept on the case: no timeline is read. */
export const ReferralTable = memo(function ReferralTable({ rows, partnerNames, today }: ReferralTableProps) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  // The case page's "Back" returns to this list as it is (filters, order, page).
  const list = `/referrals${useLocation().search}`;
  return (
    <div className="table-wrap">
      <table className="table referral-table">
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
          {rows.map((referral) => (
            <tr key={referral.id}>
              <td>
                <Link className="case-code" to={`/referrals/${referral.id}`} state={{ list }}>
                  {referral.caseCode}
                </Link>
              </td>
              <td className="nowrap">{formatDate(referral.receivedOn, language)}</td>
              <td>
                <ReferralStatusBadge status={referral.status} />
              </td>
              <td>{referral.leadPartnerId ? (partnerNames.get(referral.leadPartnerId) ?? '') : ''}</td>
              <td>{t(`vocab.risk.${referral.riskLevel}`)}</td>
              <td>{referral.concernTypes.map((code) => t(`vocab.concerns.${code}`)).join(', ')}</td>
              <td>
                {referral.nextReviewOn &&
                  // Due (or overdue) says so in words, not only in colour.
                  (isReviewDue(referral.nextReviewOn, today) ? (
                    <span className="badge missing">{t('list.reviewDue', { date: formatDate(referral.nextReviewOn, language) })}</span>
                  ) : (
                    <span className="badge former">{formatDate(referral.nextReviewOn, language)}</span>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
