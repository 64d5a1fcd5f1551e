import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Agreement, AgreementData, AgreementInput } from '../../domain/agreement';
import { addDays, localToday } from '../../domain/date-time';
import { agreements as agreementRepo, RecordNotFoundError, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { AgreementForm } from './AgreementForm';

/** A new agreement: a draft from today, reviewed in a year, between two partners still to choose. */
function blank(): AgreementInput {
  const today = localToday();
  return {
    title: '',
    parties: [
      { partnerId: '', role: 'separate_controller' },
      { partnerId: '', role: 'separate_controller' },
    ],
    purpose: '',
    legalBases: [],
    legalBasisOther: '',
    dataCategories: [],
    sharingMethod: '',
    security: '',
    retentionPeriod: '',
    retentionMonths: '',
    deletionArrangements: '',
    startDate: today,
    reviewDate: addDays(today, 365),
    endDate: '',
    signatories: [],
    status: 'draft',
    documentReference: '',
  };
}

function toInput(agreement: Agreement): AgreementInput {
  const {
    title,
    parties,
    purpose,
    legalBases,
    legalBasisOther,
    dataCategories,
    sharingMethod,
    security,
    retentionPeriod,
    retentionMonths,
    deletionArrangements,
    startDate,
    reviewDate,
    endDate,
    signatories,
    status,
    documentReference,
  } = agreement;
  return {
    title,
    parties,
    purpose,
    legalBases,
    legalBasisOther,
    dataCategories,
    sharingMethod,
    security,
    retentionPeriod,
    // The form's number field holds text: empty when the agreement sets no period.
    retentionMonths: retentionMonths === null ? '' : String(retentionMonths),
    deletionArrangements,
    startDate,
    reviewDate,
    endDate,
    signatories,
    status,
    documentReference,
  };
}

/** Saves, tells the user, opens the agreement; a failure is said in words and the form stays. */
function useSave() {
  const { t } = useTranslation('agreements');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  return async (save: () => Promise<Agreement>, message: 'form.created' | 'form.updated', values: AgreementData, onRefused?: (error: unknown) => boolean) => {
    try {
      const agreement = await save();
      notify('success', t(message, { title: values.title }));
      navigate(`/agreements/${agreement.id}`, { replace: true });
    } catch (error) {
      // A party archived (or gone) since the form opened: the storage refuses it.
      if (onRefused?.(error)) return;
      notify('error', error instanceof RecordNotFoundError && error.refusal.entity === 'partner' ? t('form.partnerGone') : errorMessage(error));
    }
  };
}

export function AgreementCreatePage() {
  const { t } = useTranslation('agreements');
  const navigate = useNavigate();
  const save = useSave();
  return (
    <>
      <PageHeading title={t('form.createTitle')} />
      <AgreementForm
        initial={blank()}
        onCancel={() => navigate('/agreements')}
        onSubmit={(values) => save(() => agreementRepo.create(values), 'form.created', values)}
      />
    </>
  );
}

export function AgreementEditPage() {
  const { t } = useTranslation('agreements');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const agreement = useLive(async () => (await agreementRepo.get(id)) ?? null, [id]);
  if (agreement === undefined) return <p className="muted">{tc('loading')}</p>;
  if (agreement === null) {
    return (
      <>
        <PageHeading title={t('detail.notFound')} />
        <p>
          <Link to="/agreements">← {t('detail.back')}</Link>
        </p>
      </>
    );
  }
  return <AgreementEditor key={agreement.id} agreement={agreement} />;
}

function AgreementEditor({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('agreements');
  const navigate = useNavigate();
  const save = useSave();
  const session = useEditSession(agreement);
  return (
    <>
      <PageHeading title={t('form.editTitle', { title: agreement.title })} windowTitle={t('form.editWindowTitle')} />
      <StaleNotice session={session} />
      <AgreementForm
        key={session.formKey}
        initial={toInput(agreement)}
        onCancel={() => navigate(`/agreements/${agreement.id}`)}
        onSubmit={(values) => save(() => agreementRepo.update(agreement.id, session.base, values), 'form.updated', values, session.refused)}
      />
    </>
  );
}
