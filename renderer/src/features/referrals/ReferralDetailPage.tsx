import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { buildCoverageMatrix } from '../../domain/agreement-coverage';
import { localToday } from '../../domain/date-time';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import {
  agreements as agreementRepo,
  audit,
  disclosures as disclosureRepo,
  partners as partnerRepo,
  referrals as referralRepo,
  settings,
  useLive,
} from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { Section } from '../../ui/Section';
import { AuditHistory } from './AuditHistory';
import { CaseSummary } from './CaseSummary';
import { CorrectionsSection } from './CorrectionsSection';
import { DisclosureLogSection } from './DisclosureLogSection';
import { SharingSection } from './SharingSection';
import { SubjectAccessDialog } from './SubjectAccessDialog';
import { ReviewsSection } from './ReviewsSection';
import { TimelineSection } from './TimelineSection';

export function ReferralDetailPage() {
  return (
    <>
      <ReferralDetail />
    </>
  );
}

function ReferralDetail() {
  const { t } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  // Back to the list as it was left (filters, order, page), when the case was opened from it.
  const listState = useLocation().state as { list?: unknown } | null;
  const back = typeof listState?.list === 'string' && listState.list.startsWith('/referrals') ? listState.list : '/referrals';
  const data = useLive(async () => {
    const [bundle, partners, user, agreements, log, acknowledgements] = await Promise.all([
      referralRepo.get(id),
      partnerRepo.list(),
      settings.get('localUser'),
      agreementRepo.list(),
      disclosureRepo.listFor(id),
      disclosureRepo.acknowledgementsFor(id),
    ]);
    // Built here, once per data change, for both the sharing section and the disclosure dialog.
    const matrix = buildCoverageMatrix(agreements, localToday());
    if (!bundle) return null;
    const [referringContact] = await referralRepo.contactsByIds([bundle.referral.referringContactId]);
    const partnerNames = new Map(partners.map((partner) => [partner.id, partner.name]));
    return { ...bundle, partners, partnerNames, referringContact, user, agreements, matrix, log, acknowledgements };
  }, [id]);
  const exists = Boolean(data);

  // Opening a case is itself recorded: who looked at it, when.
  useEffect(() => {
    if (exists) void audit.recordView(id).catch(() => undefined);
  }, [exists, id]);

  if (data === undefined) return <p className="muted">{tc('loading')}</p>;
  if (data === null) {
    return (
      <>
        <PageHeading title={t('detail.notFound')} />
        <Link to={back}>{t('detail.back')}</Link>
      </>
    );
  }
  const { referral, partners, referringContact } = data;
  const partnerName = (partnerId: string) => data.partnerNames.get(partnerId) ?? '—';
  const notSet = '—';
  return (
    <>
      <p>
        <Link to={back}>← {t('detail.back')}</Link>
      </p>
      <PageHeading
        title={referral.caseCode}
        // The case code is the tool's pseudonym for the case, not text about the person.
        windowTitle={referral.caseCode}
        intro={`${t('list.received')} ${formatDate(referral.receivedOn, language)}`}
        actions={
          <>
            <Link className="button" to={`/referrals/${referral.id}/edit`}>
              {tc('actions.edit')}
            </Link>
            <SubjectAccessDialog referralId={referral.id} />
          </>
        }
      />
      <CaseSummary referral={referral} events={data.events} partnerName={partnerName} decidedByDefault={data.user?.name ?? ''} />
      <CorrectionsSection corrections={referral.corrections} />
      <Section title={t('detail.person')}>
        <dl className="definition">
          <dt>{t('fields.initials')}</dt>
          <dd>{referral.initials || notSet}</dd>
          <dt>{t('fields.ageBand')}</dt>
          <dd>{t(`vocab.ageBands.${referral.ageBand}`)}</dd>
          <dt>{t('fields.gender')}</dt>
          <dd>{t(`vocab.genders.${referral.gender}`)}</dd>
          <dt>{t('fields.area')}</dt>
          <dd>{referral.area || notSet}</dd>
        </dl>
      </Section>
      <Section title={t('detail.summary')}>
        <dl className="definition">
          <dt>{t('fields.concernTypes')}</dt>
          <dd>{referral.concernTypes.map((code) => t(`vocab.concerns.${code}`)).join(', ')}</dd>
          <dt>{t('fields.vulnerabilities')}</dt>
          <dd>{referral.vulnerabilities.map((code) => t(`vocab.vulnerabilities.${code}`)).join(', ') || notSet}</dd>
          <dt>{t('fields.summary')}</dt>
          <dd>{referral.summary || notSet}</dd>
          {referral.outcome && (
            <>
              <dt>{t('detail.outcome')}</dt>
              <dd>{t(`vocab.outcomes.${referral.outcome}`)}</dd>
            </>
          )}
        </dl>
      </Section>
      <Section title={t('detail.partners')}>
        <dl className="definition">
          <dt>{t('fields.referringPartner')}</dt>
          <dd>
            {partnerName(referral.referringPartnerId)}
            {referringContact ? ` – ${referringContact.name}` : ''}
          </dd>
          <dt>{t('fields.leadPartner')}</dt>
          <dd>{referral.leadPartnerId ? partnerName(referral.leadPartnerId) : t('fields.noLead')}</dd>
          <dt>{t('fields.involved')}</dt>
          <dd>{referral.involvedPartnerIds.map(partnerName).join(', ') || notSet}</dd>
        </dl>
      </Section>
      <SharingSection referral={referral} partners={partners} agreements={data.agreements} matrix={data.matrix} acknowledgements={data.acknowledgements} />
      <Section title={t('detail.consentRisk')}>
        <dl className="definition">
          <dt>{t('fields.consentState')}</dt>
          <dd>{t(`vocab.consent.${referral.consent}`)}</dd>
          {referral.consent === 'obtained' && (
            <>
              <dt>{t('fields.consentFrom')}</dt>
              <dd>
                {referral.consentFrom} · {referral.consentOn && formatDate(referral.consentOn, language)}
              </dd>
            </>
          )}
          {referral.consent === 'not_obtained' && (
            <>
              <dt>{t('fields.consentJustification')}</dt>
              <dd>{referral.consentJustification}</dd>
            </>
          )}
          <dt>{t('fields.riskLevel')}</dt>
          <dd>
            {t(`vocab.risk.${referral.riskLevel}`)}
            {referral.riskAssessedOn && ` · ${formatDate(referral.riskAssessedOn, language)}`}
          </dd>
        </dl>
      </Section>
      <ReviewsSection events={data.events} />
      <TimelineSection referralId={referral.id} events={data.events} partners={partners} />
      <DisclosureLogSection referral={referral} log={data.log} partners={partners} agreements={data.agreements} matrix={data.matrix} />
      <AuditHistory referralId={referral.id} partners={partners} />
    </>
  );
}
