import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { localToday } from '../../domain/date-time';
import type { Referral, ReferralInput } from '../../domain/referral';
import { CoverageGapError, referrals as referralRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useStorageErrorMessage } from '../../ui/useStorageErrorMessage';
import { LocalUserGate } from './LocalUserGate';
import { ReferralForm } from './ReferralForm';

const blank = (): ReferralInput => ({
  initials: '', ageBand: '16_17', gender: '', area: '', referringPartnerId: '', referringContactId: '', receivedOn: localToday(),
  leadPartnerId: '', involvedPartnerIds: [], concernTypes: [], vulnerabilities: [], summary: '', consent: 'not_asked',
  consentFrom: '', consentOn: '', consentJustification: '', riskLevel: 'medium', riskAssessedOn: '',
});

function toInput(referral: Referral): ReferralInput {
  const { initials, ageBand, gender, area, referringPartnerId, receivedOn, leadPartnerId, involvedPartnerIds, concernTypes, vulnerabilities, summary, consent, consentFrom, consentOn, consentJustification, riskLevel, riskAssessedOn } = referral;
  return { initials, ageBand, gender, area, referringPartnerId, referringContactId: referral.referringContactId ?? '', receivedOn, leadPartnerId, involvedPartnerIds, concernTypes, vulnerabilities, summary, consent, consentFrom, consentOn, consentJustification, riskLevel, riskAssessedOn };
}

export function ReferralCreatePage() {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const notify = useNotify();
  const storageMessage = useStorageErrorMessage();
  return (
    <LocalUserGate>
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
            notify('error', storageMessage(error));
          }
        }}
      />
    </LocalUserGate>
  );
}

export function ReferralEditPage() {
  const { t } = useTranslation('referrals');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const storageMessage = useStorageErrorMessage();
  const bundle = useLive(async () => (await referralRepo.get(id)) ?? null, [id]);
  if (bundle === undefined) return <p className="muted">{tc('loading')}</p>;
  if (bundle === null) return <PageHeading title={t('detail.notFound')} />;
  const { referral } = bundle;
  return (
    <LocalUserGate>
      <PageHeading title={t('form.editTitle', { code: referral.caseCode })} />
      <ReferralForm
        key={referral.id}
        initial={toInput(referral)}
        onCancel={() => navigate(`/referrals/${referral.id}`)}
        onSubmit={async (values, acknowledgement) => {
          try {
            await referralRepo.update(referral.id, values, { acknowledgement });
            notify('success', t('form.updated', { code: referral.caseCode }));
            navigate(`/referrals/${referral.id}`, { replace: true });
          } catch (error) {
            // The form shows the coverage warning itself.
            if (error instanceof CoverageGapError) throw error;
            notify('error', storageMessage(error));
          }
        }}
      />
    </LocalUserGate>
  );
}
