/** The records of processing: kinds of data held, purposes and legal bases from the agreements in force, recipients, retention. */
import { Link } from 'react-router';
import { localToday } from '../../domain/date-time';
import type { RecordsOfProcessing } from '../../domain/records-of-processing';
import { useLanguage } from '../../i18n';
import { collatorFor, formatNumber } from '../../i18n/format';
import { dataProtection, useLive } from '../../storage';
import { Section } from '../../ui/Section';
import { dpoWords, type DpoWords } from './dpo-words';

export function RecordsOfProcessingSection() {
  const language = useLanguage();
  const words = dpoWords(language);
  const { t } = words;
  // Live: a new agreement, a disclosure or a changed schedule shows at once.
  const records = useLive(() => dataProtection.recordsOfProcessing(localToday(), collatorFor(language)), [language]);
  return (
    <Section title={t('records.title')} className="dpo-records">
      <p className="muted">{t('records.intro')}</p>
      {records ? <RecordsTables records={records} words={words} /> : <p className="muted">{t('loading')}</p>}
    </Section>
  );
}

function RecordsTables({ records, words }: { records: RecordsOfProcessing & { partnerNames: Map<string, string> }; words: DpoWords }) {
  const { t } = words;
  const name = (partnerId: string) => records.partnerNames.get(partnerId) || t('records.unknownPartner');
  return (
    <div className="stack">
      <h3>{t('records.kindsTitle')}</h3>
      <div className="table-wrap dpo-scroll">
        <table className="table" data-testid="dpo-kinds">
          <thead>
            <tr>
              <th scope="col">{t('records.kind')}</th>
              <th scope="col">{t('records.held')}</th>
              <th scope="col">{t('records.categories')}</th>
              <th scope="col">{t('records.retention')}</th>
            </tr>
          </thead>
          <tbody>
            {records.kinds.map((entry) => (
              <tr key={entry.kind}>
                <th scope="row">{t(`records.kinds.${entry.kind}`)}</th>
                <td>{t(`records.heldText.${entry.kind}`)}</td>
                <td>{entry.dataCategories.length > 0 ? entry.dataCategories.map(words.category).join(', ') : t('records.noCategories')}</td>
                <td>{words.retention(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('records.purposesTitle')}</h3>
      {records.purposes.length === 0 ? (
        <p className="muted">{t('records.purposesEmpty')}</p>
      ) : (
        <>
          <div className="table-wrap dpo-scroll">
            <table className="table" data-testid="dpo-purposes">
              <thead>
                <tr>
                  <th scope="col">{t('records.agreement')}</th>
                  <th scope="col">{t('records.purpose')}</th>
                  <th scope="col">{t('records.legalBases')}</th>
                  <th scope="col">{t('records.categories')}</th>
                  <th scope="col">{t('records.parties')}</th>
                  <th scope="col">{t('records.agreementRetention')}</th>
                </tr>
              </thead>
              <tbody>
                {records.purposes.map((purpose) => (
                  <tr key={purpose.agreementId}>
                    <th scope="row">
                      <Link to={`/agreements/${purpose.agreementId}`}>{purpose.title}</Link>
                    </th>
                    <td className="dpo-text">{purpose.purpose}</td>
                    <td>
                      <ul className="dpo-list">
                        {purpose.legalBases.map((basis) => (
                          <li key={basis}>{words.legalBasis(basis)}</li>
                        ))}
                        {purpose.legalBasisOther && <li>{purpose.legalBasisOther}</li>}
                      </ul>
                    </td>
                    <td>{purpose.dataCategories.map(words.category).join(', ')}</td>
                    <td>{purpose.partyIds.map(name).join(', ')}</td>
                    <td>{purpose.retentionPeriod || t('records.noCategories')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('records.allLegalBases', { bases: records.legalBases.map(words.legalBasis).join('; ') })}</p>
        </>
      )}

      <h3>{t('records.recipientsTitle')}</h3>
      {records.recipients.length === 0 ? (
        <p className="muted">{t('records.recipientsEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="dpo-recipients">
            <thead>
              <tr>
                <th scope="col">{t('records.recipient')}</th>
                <th scope="col">{t('records.received')}</th>
              </tr>
            </thead>
            <tbody>
              {records.recipients.map((recipient) => (
                <tr key={recipient.partnerId}>
                  <th scope="row">
                    <Link to={`/partners/${recipient.partnerId}`}>{recipient.name || t('records.unknownPartner')}</Link>
                  </th>
                  <td>{formatNumber(recipient.count, words.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
