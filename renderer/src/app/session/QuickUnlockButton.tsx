import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { UnlockTooSoonError, vault, WrongSecretError } from '../../storage';
import { useErrorMessage } from '../../ui/useErrorMessage';

/**
 * Desktop only, when turned on in Settings: unlock with the data key the operating system
 * keeps for this user (its login protects it). Only ever on request: never tried by itself
 * at start, so a stolen, still logged-in laptop does not open the data by merely starting.
 */
export function QuickUnlockButton({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  const quick = platform.quickUnlock;
  const [enabled, setEnabled] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    quick?.isEnabled().then(
      (on) => current && setEnabled(on),
      () => current && setEnabled(false),
    );
    return () => {
      current = false;
    };
  }, [quick]);

  if (!quick || !enabled) return null;

  const unlock = async () => {
    setBusy(true);
    setError(undefined);
    let dataKey: Uint8Array | null = null;
    try {
      dataKey = await quick.unlock();
      if (dataKey === null) throw new WrongSecretError('passphrase');
      await vault.unlockWithDataKey(dataKey);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof WrongSecretError) setError(t('lock.quickFailed'));
      else if (!(failure instanceof UnlockTooSoonError)) setError(errorMessage(failure));
    } finally {
      dataKey?.fill(0);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={disabled || busy} onClick={unlock}>
        {t('lock.quickUnlock')}
      </button>
      {error && (
        <p className="notice error quick-unlock-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
