import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { blankPartnerInput, partnerToInput } from '../../domain/partner';
import { partners as partnerRepo, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { useStorageErrorMessage } from '../../ui/useStorageErrorMessage';
import { PartnerForm } from './PartnerForm';

export function PartnerCreatePage() {
  const { t } = useTranslation('partners');
  const navigate = useNavigate();
  const notify = useNotify();
  const storageMessage = useStorageErrorMessage();
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
            notify('error', storageMessage(error));
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
  const navigate = useNavigate();
  const notify = useNotify();
  const storageMessage = useStorageErrorMessage();
  // null = looked up and not found; undefined = still loading.
  const partner = useLive(async () => (await partnerRepo.get(id)) ?? null, [id]);

  if (partner === undefined) return <p className="muted">{tc('loading')}</p>;
  if (partner === null) return <PageHeading title={t('detail.notFound')} />;
  return (
    <>
      <PageHeading title={t('form.editTitle', { name: partner.name })} />
      <PartnerForm
        // Remount when another partner is opened, so the form starts from its data.
        key={partner.id}
        initial={partnerToInput(partner)}
        editingId={partner.id}
        onCancel={() => navigate(`/partners/${partner.id}`)}
        onSubmit={async (values) => {
          try {
            const saved = await partnerRepo.update(partner.id, values);
            notify('success', t('form.updated', { name: saved.name }));
            navigate(`/partners/${partner.id}`, { replace: true });
          } catch (error) {
            notify('error', storageMessage(error));
          }
        }}
      />
    </>
  );
}
