import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { localToday } from '../../domain/date-time';
import type { Referral, ReferralInput } from '../../domain/referral';
import { CoverageGapError, referrals as referralRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ReferralForm } from './ReferralForm';

const blank = (): ReferralInput => ({
  initials: '',
  ageBand: '16_17',
  gender: '',
  area: '',
  referringPartnerId: '',
  referringContactId: '',
  receivedOn: localToday(),
  leadPartnerId: '',
  involvedPartnerIds: [],
  concernTypes: [],
  vulnerabilities: [],
  summary: '',
  consent: 'not_asked',
  consentFrom: '',
  consentOn: '',
  consentJustification: '',
  riskLevel: 'medium',
  riskAssessedOn: '',
});

function toInput(referral: Referral): ReferralInput {
  const {
    initials,
    ageBand,
    gender,
    area,
    referringPartnerId,
    receivedOn,
    leadPartnerId,
    involvedPartnerIds,
    concernTypes,
    vulnerabilities,
    summary,
    consent,
    consentFrom,
    consentOn,
    consentJustification,
    riskLevel,
    riskAssessedOn,
  } = referral;
  return {
    initials,
    ageBand,
    gender,
    area,
    referringPartnerId,
    referringContactId: referral.referringContactId ?? '',
    receivedOn,
    leadPartnerId,
    involvedPartnerIds,
    concernTypes,
    vulnerabilities,
    summary,
    consent,
    consentFrom,
    consentOn,
    consentJustification,
    riskLevel,
    riskAssessedOn,
  };
}

export function ReferralCreatePage() {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  return (
    <>
      <PageHeading title={t('form.createTitle')} />
      <ReferralForm
        initial={blank()}
        onCancel={() => navigate('/referrals')}
        onSubmit={async (values, acknowledgement) => {
          try {
            const referral = await referralRepo.create(values, { acknowledgement });
            notify('success', t('form.created', { code: referral.caseCode }));
            navigate(`/referrals/${referral.id}`, { replace: true });
          } catch (error) {
            // The form shows the coverage warning itself.
            if (error instanceof CoverageGapError) throw error;
            notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}

export function ReferralEditPage() {
  const { t } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const bundle = useLive(async () => (await referralRepo.get(id)) ?? null, [id]);
  if (bundle === undefined) return <p className="muted">{tc('loading')}</p>;
  if (bundle === null) return <PageHeading title={t('detail.notFound')} />;
  return <ReferralEditor key={bundle.referral.id} referral={bundle.referral} />;
}

function ReferralEditor({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const session = useEditSession(referral);
  return (
    <>
      {/* The case code is the tool's pseudonym for the case, not text about the person. */}
      <PageHeading title={t('form.editTitle', { code: referral.caseCode })} windowTitle={t('form.editTitle', { code: referral.caseCode })} />
      <StaleNotice session={session} />
      <ReferralForm
        key={session.formKey}
        initial={toInput(referral)}
        correctable
        onCancel={() => navigate(`/referrals/${referral.id}`)}
        onSubmit={async (values, acknowledgement, correction) => {
          try {
            await referralRepo.update(referral.id, session.base, values, { acknowledgement, correction });
            notify('success', t(correction ? 'form.corrected' : 'form.updated', { code: referral.caseCode }));
            navigate(`/referrals/${referral.id}`, { replace: true });
          } catch (error) {
            // The form shows the coverage warning itself.
            if (error instanceof CoverageGapError) throw error;
            if (!session.refused(error)) notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}
