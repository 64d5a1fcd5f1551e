import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyFormatError, UnlockTooSoonError, vault, WrongSecretError } from '../../storage';
import { TextField } from '../../ui/fields';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { WaitNotice } from './WaitNotice';

/**
 * The passphrase is forgotten: the recovery key unlocks, and a new passphrase (the same rule
 * as at the first start) replaces the old one. The recovery key stays valid.
 */
export function RecoveryUnlockForm({ waitMs, onBack }: { waitMs: number; onBack: () => void }) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  const passphrase = useNewPassphrase();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [keyError, setKeyError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const waiting = waitMs > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    setFailure(undefined);
    if (!recoveryKey.trim()) return setKeyError(t('recoverWith.problems.empty'));
    setBusy(true);
    try {
      const chosen = await passphrase.validate();
      if (chosen === null) return setBusy(false);
      await vault.unlockWithRecoveryKey(recoveryKey, chosen);
      // Unlocked: the gate replaces this screen.
    } catch (error) {
      setBusy(false);
      if (error instanceof RecoveryKeyFormatError) setKeyError(t(`recoverWith.problems.${error.problem}`));
      else if (error instanceof WrongSecretError) setKeyError(t('recoverWith.problems.wrong'));
      else if (!(error instanceof UnlockTooSoonError)) setFailure(errorMessage(error));
    }
  };

  return (
    <form className="stack" onSubmit={submit} autoComplete="off" noValidate aria-busy={busy}>
      <p>{t('recoverWith.intro')}</p>
      <TextField
        className="recovery-key-field"
        label={t('recoverWith.key')}
        hint={t('recoverWith.keyHint')}
        spellCheck={false}
        autoCapitalize="characters"
        autoFocus
        value={recoveryKey}
        error={keyError}
        onChange={(event) => {
          setRecoveryKey(event.target.value);
          setKeyError(undefined);
        }}
      />
      <NewPassphraseFields state={passphrase} purpose="new" />
      <WaitNotice waitMs={waitMs} />
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
      <div className="session-actions">
        <button type="submit" className="button primary" disabled={busy || waiting}>
          {busy ? t('lock.unlocking') : t('recoverWith.submit')}
        </button>
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('recoverWith.back')}
        </button>
      </div>
    </form>
  );
}
