import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audit, type AuditCheck } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

/** Checks on request that no audit entry was changed, removed or put in afterwards. */
export function AuditCheckSection() {
  const { t } = useTranslation('settings');
  const { t: te } = useTranslation('errors');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [checking, setChecking] = useState(false);
  const [verdict, setVerdict] = useState<AuditCheck | null>(null);

  const check = async () => {
    setChecking(true);
    setVerdict(null);
    try {
      setVerdict(await audit.verify());
    } catch (error) {
      notify('error', errorMessage(error));
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
        {verdict?.chain.ok === true && (
          <p className="notice">{verdict.chain.count === 0 ? t('audit.empty') : t('audit.intact', { count: verdict.chain.count })}</p>
        )}
        {verdict?.chain.ok === false && (
          <div className="notice error">
            <p>
              <strong>{t('audit.broken', { seq: verdict.chain.seq })}</strong> {t(`audit.reason.${verdict.chain.reason}`)}
            </p>
            <p>{t('audit.brokenAdvice')}</p>
          </div>
        )}
        {verdict && verdict.unaudited.length > 0 && (
          <div className="notice error">
            <p>
              <strong>{t('audit.unaudited', { count: verdict.unaudited.reduce((sum, kind) => sum + kind.count, 0) })}</strong>{' '}
              {t('audit.unauditedKinds', { kinds: verdict.unaudited.map((kind) => `${te(`entities.${kind.entity}`)} (${kind.count})`).join(', ') })}
            </p>
            <p>{t('audit.brokenAdvice')}</p>
          </div>
        )}
      </div>
    </Section>
  );
}
