import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RiskEditionData, RiskPictureEdition } from '../../domain/risk-picture';
import { riskPictures, useLive } from '../../storage';
import { useNotify } from '../../ui/notices';
import { PageHeading } from '../../ui/PageHeading';
import { StaleNotice, useEditSession } from '../../ui/useEditSession';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { blankEdition, editionInput } from './edition-form-values';
import { EditionForm } from './EditionForm';

/** Saves, tells the user, opens the edition's read view; a failure is said in words and the form stays. */
function useSave() {
  const { t } = useTranslation('riskPicture');
  const navigate = useNavigate();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  return async (save: () => Promise<RiskPictureEdition>, values: RiskEditionData, onRefused?: (error: unknown) => boolean) => {
    try {
      const edition = await save();
      notify('success', t('editor.saved', { title: values.title }));
      navigate(`/risk-picture/${edition.id}`, { replace: true });
    } catch (error) {
      if (onRefused?.(error)) return;
      notify('error', errorMessage(error));
    }
  };
}

/** A new first edition (the next one is started from an agreed edition instead). */
export function RiskPictureCreatePage() {
  const { t } = useTranslation('riskPicture');
  const navigate = useNavigate();
  const save = useSave();
  return (
    <>
      <PageHeading title={t('editor.createTitle')} intro={t('editor.createIntro')} />
      <EditionForm
        initial={blankEdition(t('editor.defaultTitle'))}
        onCancel={() => navigate('/risk-picture')}
        onSubmit={(values) => save(() => riskPictures.create(values), values)}
      />
    </>
  );
}

export function RiskPictureEditPage() {
  const { t } = useTranslation('riskPicture');
  const { t: tc } = useTranslation();
  const { id = '' } = useParams();
  const edition = useLive(async () => (await riskPictures.get(id)) ?? null, [id]);
  if (edition === undefined) return <p className="muted">{tc('loading')}</p>;
  if (edition === null) {
    return (
      <>
        <PageHeading title={t('editor.notFound')} />
        <p>
          <Link to="/risk-picture">← {t('editor.back')}</Link>
        </p>
      </>
    );
  }
  if (edition.status !== 'draft') {
    return (
      <>
        <PageHeading title={edition.title} windowTitle={t('editor.windowTitle')} />
        <div className="notice" role="status">
          <p>{t('editor.agreedNotice')}</p>
          <p className="row">
            <Link to={`/risk-picture/${edition.id}`}>{t('editor.openReadView')}</Link>
            <Link to="/risk-picture">{t('editor.back')}</Link>
          </p>
        </div>
      </>
    );
  }
  return <EditionEditor key={edition.id} edition={edition} />;
}

function EditionEditor({ edition }: { edition: RiskPictureEdition }) {
  const { t } = useTranslation('riskPicture');
  const navigate = useNavigate();
  const save = useSave();
  const session = useEditSession(edition);
  return (
    <>
      <PageHeading title={t('editor.editTitle', { title: edition.title })} windowTitle={t('editor.windowTitle')} />
      <StaleNotice session={session} />
      <EditionForm
        key={session.formKey}
        initial={editionInput(edition)}
        onCancel={() => navigate('/risk-picture')}
        onSubmit={(values) => save(() => riskPictures.save(edition.id, session.base, values), values, session.refused)}
      />
    </>
  );
}
