import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { vault, type ConversionProgress } from '../../storage';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { NewPassphraseFields } from './NewPassphraseFields';
import { SessionScreen } from './SessionScreen';
import { useNewPassphrase } from './useNewPassphrase';

interface SetupScreenProps {
  /** Data from before encryption: it is backed up, then encrypted. */
  converting: boolean;
  onStarted(): void;
  /** The recovery key to show, or null when setting up failed (the screen says why). */
  onFinished(recoveryKey: string | null): void;
}

/**
 * The first start, and the first start after the update that brought encryption: what the
 * passphrase and the recovery key are for, the passphrase chosen twice, then the keys are
 * made (and existing data backed up and encrypted, with its progress).
 */
export function SetupScreen({ converting: convertingAtFirst, onStarted, onFinished }: SetupScreenProps) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  // The vault's state moves on while this screen still shows the progress: keep what it was.
  const [converting] = useState(convertingAtFirst);
  const passphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ConversionProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setBusy(true);
    try {
      const chosen = await passphrase.validate();
      if (chosen === null) return setBusy(false);
      onStarted();
      const { recoveryKey } = await vault.setUp(chosen, setProgress);
      passphrase.clear();
      onFinished(recoveryKey);
    } catch (error) {
      setBusy(false);
      setProgress(null);
      setFailure(errorMessage(error));
      onFinished(null);
    }
  };

  return (
    <SessionScreen title={converting ? t('setup.convertTitle') : t('setup.title')} wide>
      <div className="stack session-explain">
        {converting && <p className="notice">{t('setup.convertIntro')}</p>}
        <p>{t('setup.passphraseExplained')}</p>
        <p>{t('setup.recoveryExplained')}</p>
        <p>
          <strong>{t('setup.noRescue')}</strong>
        </p>
      </div>
      <form className="stack" onSubmit={submit} autoComplete="off" noValidate aria-busy={busy}>
        <NewPassphraseFields state={passphrase} purpose="first" autoFocus />
        {failure && (
          <p className="notice error" role="alert">
            {failure}
          </p>
        )}
        {busy && (
          <div className="session-progress" role="status">
            <p>{converting ? t('setup.converting') : t('setup.working')}</p>
            {converting && progress && progress.total > 0 && (
              <>
                <progress value={progress.done} max={progress.total} aria-label={t('setup.converting')} />
                <p className="muted">{t('setup.progress', { done: progress.done, total: progress.total })}</p>
              </>
            )}
          </div>
        )}
        <div className="session-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {converting ? t('setup.convertSubmit') : t('setup.submit')}
          </button>
        </div>
      </form>
    </SessionScreen>
  );
}
