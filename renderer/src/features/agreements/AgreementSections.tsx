import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categorySensitivity, dataCategories, type Agreement } from '../../domain/agreement';
import type { AgreementStanding } from '../../domain/agreement-status';
import type { Partner } from '../../domain/partner';
import { homeJurisdiction, orderLegalBases } from '../../domain/legal-basis-order';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Section } from '../../ui/Section';
import { ReviewFlag } from './AgreementStatusBadge';
import { partnerName } from './partner-names';

interface SectionsProps {
  agreement: Agreement;
  standing: AgreementStanding;
  partners: readonly Partner[];
}

/** What the agreement says, in the order of the ICO data-sharing code: who, why, what, how, how long, when, signed by whom. */
export function AgreementSections({ agreement, standing, partners }: SectionsProps) {
  const { t } = useTranslation('agreements');
  const language = useLanguage();
  const notSet = t('detail.notSet');
  const text = (value: string) => value || <span className="muted">{notSet}</span>;
  return (
    <>
      <Section title={t('sections.parties')}>
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('parties.columnPartner')}</th>
              <th scope="col">{t('parties.columnRole')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.parties.map((party) => (
              <tr key={party.partnerId}>
                <td>
                  <Link to={`/partners/${party.partnerId}`}>{partnerName(partners, party.partnerId)}</Link>
                </td>
                <td>{t(`vocab.roles.${party.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('sections.purpose')}>
        <dl className="definition">
          <dt>{t('fields.purpose')}</dt>
          <dd>{text(agreement.purpose)}</dd>
          <dt>{t('fields.legalBases')}</dt>
          <dd>
            {agreement.legalBases.length === 0 ? (
              <span className="muted">{t('detail.noLegalBases')}</span>
            ) : (
              <ul className="plain-list">
                {orderLegalBases(agreement.legalBases, homeJurisdiction(language)).map((basis) => (
                  <li key={basis}>{t(`vocab.legalBases.${basis}`)}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('fields.legalBasisOther')}</dt>
          <dd>{text(agreement.legalBasisOther)}</dd>
        </dl>
      </Section>
      <Section title={t('sections.data')}>
        <ul className="category-list">
          {dataCategories
            .filter((category) => agreement.dataCategories.includes(category))
            .map((category) => {
              const sensitivity = categorySensitivity[category];
              return (
                <li key={category}>
                  {t(`vocab.categories.${category}`)}
                  {sensitivity && <span className="badge sensitive">{t(`vocab.sensitivity.${sensitivity}`)}</span>}
                </li>
              );
            })}
        </ul>
      </Section>
      <div className="section-pair">
        <Section title={t('sections.sharing')}>
          <dl className="definition stacked">
            <dt>{t('fields.sharingMethod')}</dt>
            <dd>{text(agreement.sharingMethod)}</dd>
            <dt>{t('fields.security')}</dt>
            <dd>{text(agreement.security)}</dd>
          </dl>
        </Section>
        <Section title={t('sections.retention')}>
          <dl className="definition stacked">
            <dt>{t('fields.retentionPeriod')}</dt>
            <dd>{text(agreement.retentionPeriod)}</dd>
            <dt>{t('fields.retentionMonths')}</dt>
            <dd>
              {agreement.retentionMonths === null ? t('fields.noRetentionMonths') : t('fields.retentionMonthsValue', { count: agreement.retentionMonths })}
            </dd>
            <dt>{t('fields.deletionArrangements')}</dt>
            <dd>{text(agreement.deletionArrangements)}</dd>
          </dl>
        </Section>
      </div>
      <Section title={t('sections.dates')}>
        <dl className="definition">
          <dt>{t('fields.startDate')}</dt>
          <dd>
            {formatDate(agreement.startDate, language)}
            {standing.notYetStarted && (
              <>
                {' '}
                <span className="badge prospective">{t('flags.notYetStarted')}</span>
              </>
            )}
          </dd>
          <dt>{t('fields.reviewDate')}</dt>
          <dd>
            {formatDate(agreement.reviewDate, language)} <ReviewFlag standing={standing} />
          </dd>
          <dt>{t('fields.endDate')}</dt>
          <dd>{agreement.endDate ? formatDate(agreement.endDate, language) : <span className="muted">{t('detail.openEnded')}</span>}</dd>
        </dl>
        <p className={standing.inForce ? 'notice' : 'notice warn'}>{standing.inForce ? t('detail.inForce') : t('detail.notInForce')}</p>
      </Section>
      <Section title={t('sections.signatories')}>
        {agreement.signatories.length === 0 ? (
          <p className="muted">{t('detail.noSignatories')}</p>
        ) : (
          <table className="table compact">
            <thead>
              <tr>
                <th scope="col">{t('signatories.name')}</th>
                <th scope="col">{t('signatories.organisation')}</th>
                <th scope="col">{t('signatories.role')}</th>
                <th scope="col">{t('signatories.signedOn')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.signatories.map((signatory, index) => (
                <tr key={index}>
                  <td>{signatory.name}</td>
                  <td>{signatory.organisation}</td>
                  <td>{signatory.role}</td>
                  <td className="nowrap">{signatory.signedOn ? formatDate(signatory.signedOn, language) : <span className="muted">{notSet}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t('sections.document')}>
        <p className="document-reference">{text(agreement.documentReference)}</p>
      </Section>
    </>
  );
}
