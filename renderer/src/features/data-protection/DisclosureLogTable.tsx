/** One page of the network's disclosure log: the columns of the export, the case linked. */
import { Link } from 'react-router';
import type { DisclosureLogRow } from '../../domain/disclosure-log';
import { legalBasisText } from '../../export/disclosure-log-table';
import type { DpoWords } from './dpo-words';

export function DisclosureLogTable({ rows, words }: { rows: readonly DisclosureLogRow[]; words: DpoWords }) {
  const { t } = words;
  return (
    <div className="table-wrap dpo-scroll">
      <table className="table" data-testid="dpo-log">
        <thead>
          <tr>
            <th scope="col">{t('log.columns.caseCode')}</th>
            <th scope="col">{t('log.columns.sharedOn')}</th>
            <th scope="col">{t('log.columns.from')}</th>
            <th scope="col">{t('log.columns.to')}</th>
            <th scope="col">{t('log.columns.categories')}</th>
            <th scope="col">{t('log.columns.purpose')}</th>
            <th scope="col">{t('log.columns.consent')}</th>
            <th scope="col">{t('log.columns.agreement')}</th>
            <th scope="col">{t('log.columns.legalBasis')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="dpo-log-row">
              <th scope="row">{row.caseCode ? <Link to={`/referrals/${row.referralId}`}>{row.caseCode}</Link> : '—'}</th>
              <td>{words.date(row.sharedOn)}</td>
              <td>{row.fromPartnerName}</td>
              <td>{row.toPartnerName}</td>
              <td>{row.dataCategories.map(words.category).join(', ')}</td>
              <td className="dpo-text">{row.purpose}</td>
              <td>{words.consent(row.consent)}</td>
              <td className="dpo-text">
                {row.agreementId ? (
                  <Link to={`/agreements/${row.agreementId}`}>{row.agreementTitle}</Link>
                ) : (
                  t('log.noAgreement', { reason: row.noAgreementReason })
                )}
              </td>
              <td>{legalBasisText(row, words)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
