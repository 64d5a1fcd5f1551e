import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { blankPartnerInput, partnerToInput, type PartnerWithContacts } from '../../domain/partner';
import { partners as partnerRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { PartnerForm } from './PartnerForm';

export function PartnerCreatePage() {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  return (
    <>
      <PageHeading title={t('form.createTitle')} />
      <PartnerForm
        initial={blankPartnerInput()}
        onCancel={() => navigate('/partners')}
        onSubmit={async (values) => {
          try {
            const partner = await partnerRepo.create(values);
            notify('success', t('form.created', { name: partner.name }));
            navigate(`/partners/${partner.id}`, { replace: true });
          } catch (error) {
            notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}

export function PartnerEditPage() {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  // null = looked up and not found; undefined = still loading.
  const partner = useLive(async () => (await partnerRepo.get(id)) ?? null, [id]);
  if (partner === undefined) return <p className="muted">{tc('loading')}</p>;
  if (partner === null) return <PageHeading title={t('detail.notFound')} />;
  // Keyed, so another partner starts a new edit session from its own revision.
  return <PartnerEditor key={partner.id} partner={partner} />;
}

function PartnerEditor({ partner }: { partner: PartnerWithContacts }) {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const session = useEditSession(partner);
  return (
    <>
      <PageHeading title={t('form.editTitle', { name: partner.name })} windowTitle={t('form.editWindowTitle')} />
      <StaleNotice session={session} />
      <PartnerForm
        key={session.formKey}
        initial={partnerToInput(partner)}
        editingId={partner.id}
        onCancel={() => navigate(`/partners/${partner.id}`)}
        onSubmit={async (values) => {
          try {
            const saved = await partnerRepo.update(partner.id, session.base, values);
            notify('success', t('form.updated', { name: saved.name }));
            navigate(`/partners/${partner.id}`, { replace: true });
          } catch (error) {
            if (!session.refused(error)) notify('error', errorMessage(error));
          }
        }}
      />
    </>
  );
}
