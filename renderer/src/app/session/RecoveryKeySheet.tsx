import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { localToday } from '../../domain/date-time';
import { SessionScreen } from './SessionScreen';

/**
 * The recovery key, shown once after the first start: large, in a typewriter face, with
 * Print (a sheet of its own, see session.css) and Copy, and a confirmation that it is stored
 * before the app opens. It is never stored by the app; after this screen it is gone.
 */
export function RecoveryKeySheet({ recoveryKey, onStored }: { recoveryKey: string; onStored: () => void }) {
  const { t } = useTranslation('session');
  const language = useLanguage();
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const groups = recoveryKey.split('-');
  const lines = [groups.slice(0, 7).join('-'), groups.slice(7).join('-')];

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return setMissing(true);
    onStored();
  };

  const keyBlock = (
    <p className="recovery-key" translate="no" aria-label={t('recovery.keyLabel')}>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </p>
  );

  return (
    <>
      <SessionScreen title={t('recovery.title')} wide>
        <div className="stack session-explain">
          <p>{t('recovery.intro')}</p>
          <p>
            <strong>{t('recovery.once')}</strong>
          </p>
        </div>
        {keyBlock}
        <div className="row">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('recovery.print')}
          </button>
          <button type="button" className="button" onClick={copyKey}>
            {t('recovery.copy')}
          </button>
        </div>
        {copy && (
          <p className={copy === 'copied' ? 'muted' : 'notice error'} role="status">
            {t(copy === 'copied' ? 'recovery.copied' : 'recovery.copyFailed')}
          </p>
        )}
        <p className="muted">{t('recovery.whereToKeep')}</p>
        <form className="stack" onSubmit={submit} autoComplete="off" noValidate>
          <div className="field">
            <label className="checkbox" htmlFor={confirmId}>
              <input
                id={confirmId}
                type="checkbox"
                autoComplete="off"
                checked={confirmed}
                aria-invalid={missing || undefined}
                aria-describedby={missing ? `${confirmId}-error` : undefined}
                onChange={(event) => {
                  setConfirmed(event.target.checked);
                  setMissing(false);
                }}
              />
              <span>{t('recovery.confirm')}</span>
            </label>
            {missing && (
              <span id={`${confirmId}-error`} className="error" role="alert">
                {t('recovery.confirmMissing')}
              </span>
            )}
          </div>
          <div className="session-actions">
            <button type="submit" className="button primary">
              {t('recovery.continue')}
            </button>
          </div>
        </form>
      </SessionScreen>
      {/* Only printed: the key with what it is for, on a sheet to file away. */}
      <section className="recovery-print" aria-hidden="true">
        <h1>{t('recovery.printTitle')}</h1>
        <p>{t('recovery.printMade', { date: formatDate(localToday(), language) })}</p>
        {keyBlock}
        <p>{t('recovery.printUse')}</p>
        <p>{t('recovery.printKeep')}</p>
      </section>
    </>
  );
}
