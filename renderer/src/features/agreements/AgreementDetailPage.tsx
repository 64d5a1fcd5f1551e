import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { agreementStanding } from '../../domain/agreement-status';
import { localToday } from '../../domain/date-time';
import { agreements as agreementRepo, partners as partnerRepo, useLive } from '../../storage';
import { PageHeading } from '../../ui/PageHeading';
import { AgreementHistory } from './AgreementHistory';
import { AgreementSections } from './AgreementSections';
import { StandingBadges } from './AgreementStatusBadge';
import { RecordReviewDialog } from './RecordReviewDialog';
import './agreements.css';

export function AgreementDetailPage() {
  return (
    <>
      <AgreementDetail />
    </>
  );
}

function AgreementDetail() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const data = useLive(async () => {
    const [agreement, partners] = await Promise.all([agreementRepo.get(id), partnerRepo.list()]);
    return agreement ? { agreement, partners } : null;
  }, [id]);

  const back = (
    <p>
      <Link to="/agreements">← {t('detail.back')}</Link>
    </p>
  );
  if (data === undefined) return <p className="muted">{tc('loading')}</p>;
  if (data === null) {
    return (
      <>
        {back}
        <PageHeading title={t('detail.notFound')} intro={t('detail.notFoundBody')} />
      </>
    );
  }
  const { agreement, partners } = data;
  const standing = agreementStanding(agreement, localToday());
  // Only an agreement that is (still) current can be reviewed; the storage refuses the rest.
  const reviewable = standing.status === 'active' || standing.status === 'under_review';
  return (
    <>
      {back}
      <PageHeading
        title={agreement.title}
        windowTitle={t('detail.windowTitle')}
        actions={
          <Link className="button" to={`/agreements/${agreement.id}/edit`}>
            {tc('actions.edit')}
          </Link>
        }
      />
      <div className="row lifecycle">
        <StandingBadges standing={standing} />
        {reviewable && <RecordReviewDialog agreement={agreement} />}
      </div>
      <AgreementSections agreement={agreement} standing={standing} partners={partners} />
      <AgreementHistory agreementId={agreement.id} />
    </>
  );
}
