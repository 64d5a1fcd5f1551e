import { useTranslation } from 'react-i18next';
import { StorageError } from '../storage';

/** The translated "something went wrong" page, with the reason for storage failures. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const storageProblem = error instanceof StorageError ? error.problem : null;
  return (
    <div className="card fatal" role="alert">
      <div className="stack">
        <h1>{storageProblem ? t('storage.title') : t('errorBoundary.title')}</h1>
        <p>{storageProblem ? t(`storage.${storageProblem}`) : t('errorBoundary.body')}</p>
        <details>
          <summary>{t('errorBoundary.details')}</summary>
          <pre className="muted">{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</pre>
        </details>
        <div>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </button>
        </div>
      </div>
    </div>
  );
}
