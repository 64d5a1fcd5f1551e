import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOutdated, onUpgradedElsewhere } from '../storage';

/**
 * Shown once another window opened a newer version of the database: this window has
 * stopped writing (storage refuses every save with a message) and asks to be reloaded.
 * The page below stays, so unsaved text can still be copied.
 */
export function OutdatedBanner() {
  const { t } = useTranslation('errors');
  const [outdated, setOutdated] = useState(isOutdated);
  useEffect(() => onUpgradedElsewhere(() => setOutdated(true)), []);
  if (!outdated) return null;
  return (
    <div className="notice error outdated-banner" role="alert">
      <p>
        <strong>{t('outdated.title')}.</strong> {t('outdated.body')}
      </p>
      <div className="row">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('outdated.reload')}
        </button>
      </div>
    </div>
  );
}
