/**
 * The case's disclosure log (ICO data-sharing code): every time data about the person was
 * shared, logged here, and exportable as CSV for the data-protection officer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../domain/agreement';
import type { CoverageMatrix } from '../../domain/agreement-coverage';
import { localToday } from '../../domain/date-time';
import type { Disclosure, DisclosureData } from '../../domain/disclosure';
import type { Partner } from '../../domain/partner';
import type { Referral } from '../../domain/referral';
import { csvSeparators } from '../../export/csv';
import { disclosureColumns, disclosuresToCsv } from '../../export/disclosure-csv';
import { safeFileName } from '../../export/file-names';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../i18n/format';
import { platform } from '../../platform';
import { disclosures as disclosureRepo } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { DisclosureDialog } from './DisclosureDialog';
import './sharing.css';

interface DisclosureLogSectionProps {
  referral: Referral;
  log: readonly Disclosure[];
  partners: readonly Partner[];
  agreements: readonly Agreement[];
  matrix: CoverageMatrix;
}

export function DisclosureLogSection({ referral, log, partners, agreements, matrix }: DisclosureLogSectionProps) {
  const { t } = useTranslation('referrals');
  const { t: ta } = useTranslation('agreements');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [adding, setAdding] = useState(false);
  const name = (id: string) => partners.find((partner) => partner.id === id)?.name ?? '—';
  const agreementText = (entry: Pick<Disclosure, 'agreementId' | 'noAgreementReason'>) =>
    entry.agreementId
      ? (agreements.find((agreement) => agreement.id === entry.agreementId)?.title ?? '—')
      : t('disclosures.noAgreementText', { reason: entry.noAgreementReason });

  const save = async (values: DisclosureData): Promise<boolean> => {
    try {
      await disclosureRepo.add(referral.id, values);
      notify('success', t('disclosures.saved'));
      setAdding(false);
      return true;
    } catch (error) {
      notify('error', errorMessage(error));
      return false;
    }
  };

  const exportCsv = async () => {
    try {
      const csv = disclosuresToCsv(referral.caseCode, log, {
        header: Object.fromEntries(disclosureColumns.map((column) => [column, t(`disclosures.csv.${column}`)])) as Record<
          (typeof disclosureColumns)[number],
          string
        >,
        partnerName: name,
        agreement: agreementText,
        category: (code) => ta(`vocab.categories.${code}`),
        consent: (code) => t(`vocab.disclosureConsent.${code}`),
        date: (iso) => formatDate(iso, language),
        dateTime: (iso) => formatDateTime(iso, language),
        separator: csvSeparators[language],
      });
      const outcome = await platform.saveFile({
        suggestedName: safeFileName({ start: localToday(), middle: referral.caseCode, end: `– ${t('disclosures.fileName')}` }, 'csv'),
        data: new TextEncoder().encode(csv),
        mimeType: 'text/csv;charset=utf-8',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (outcome.status === 'saved') notify('success', t('disclosures.exported', { file: outcome.fileName }));
    } catch (error) {
      notify('error', errorMessage(error, 'export'));
    }
  };

  return (
    <Section title={t('disclosures.title')}>
      <p className="muted">{t('disclosures.intro')}</p>
      {log.length === 0 ? (
        <p className="muted">{t('disclosures.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table compact disclosure-table">
            <thead>
              <tr>
                <th scope="col">{t('disclosures.sharedOn')}</th>
                <th scope="col">{t('disclosures.fromTo')}</th>
                <th scope="col">{t('disclosures.what')}</th>
                <th scope="col">{t('disclosures.purpose')}</th>
                <th scope="col">{t('disclosures.consent')}</th>
                <th scope="col">{t('disclosures.agreement')}</th>
              </tr>
            </thead>
            <tbody>
              {log.map((entry) => (
                <tr key={entry.id}>
                  <td className="nowrap">{formatDate(entry.sharedOn, language)}</td>
                  <td>
                    {name(entry.fromPartnerId)} → {name(entry.toPartnerId)}
                  </td>
                  <td>
                    <div className="pre-line">{entry.description}</div>
                    <div className="muted">{entry.dataCategories.map((code) => ta(`vocab.categories.${code}`)).join(', ')}</div>
                  </td>
                  <td className="pre-line">{entry.purpose}</td>
                  <td>{t(`vocab.disclosureConsent.${entry.consent}`)}</td>
                  <td>
                    {entry.agreementId ? (
                      <Link to={`/agreements/${entry.agreementId}`}>{agreementText(entry)}</Link>
                    ) : (
                      <span className="no-agreement">{agreementText(entry)}</span>
                    )}
                    <div className="muted">{t('disclosures.recordedBy', { by: entry.recordedBy })}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('disclosures.add')}
        </button>
        <button type="button" className="button" disabled={log.length === 0} onClick={() => void exportCsv()}>
          {t('disclosures.export')}
        </button>
      </div>
      <DisclosureDialog
        isOpen={adding}
        referral={referral}
        partners={partners}
        agreements={agreements}
        matrix={matrix}
        onCancel={() => setAdding(false)}
        onSave={save}
      />
    </Section>
  );
}
