import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from '../../domain/audit-chain';
import { audit } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useStorageErrorMessage } from '../../ui/useStorageErrorMessage';

/** Checks on request that no audit entry was changed, removed or put in afterwards. */
export function AuditCheckSection() {
  const { t } = useTranslation('settings');
  const notify = useNotify();
  const storageMessage = useStorageErrorMessage();
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);

  const check = async () => {
    setChecking(true);
    setVerdict(null);
    try {
      setVerdict(await audit.verify());
    } catch (error) {
      notify('error', storageMessage(error));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Section title={t('audit.title')}>
      <div className="stack">
        <p className="muted">{t('audit.intro')}</p>
        <div className="row">
          <button type="button" className="button" onClick={check} disabled={checking}>
            {checking ? t('audit.checking') : t('audit.check')}
          </button>
        </div>
      </div>
      {/* Always present, so screen readers announce the result when it appears. */}
      <div role="status" className="audit-result">
        {verdict?.ok === true && (
          <p className="notice">{verdict.count === 0 ? t('audit.empty') : t('audit.intact', { count: verdict.count })}</p>
        )}
        {verdict?.ok === false && (
          <div className="notice error">
            <p>
              <strong>{t('audit.broken', { seq: verdict.seq })}</strong> {t(`audit.reason.${verdict.reason}`)}
            </p>
            <p>{t('audit.brokenAdvice')}</p>
          </div>
        )}
      </div>
    </Section>
  );
}
