import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockTooSoonError, vault, WrongSecretError } from '../../storage';
import { TextField } from '../../ui/fields';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { QuickUnlockButton } from './QuickUnlockButton';
import { WaitNotice } from './WaitNotice';

interface PassphraseUnlockFormProps {
  waitMs: number;
  onForgot: () => void;
}

/** The passphrase field and Unlock; busy while Argon2id runs (about half a second). */
export function PassphraseUnlockForm({ waitMs, onForgot }: PassphraseUnlockFormProps) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  const field = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [capsLock, setCapsLock] = useState(false);
  const waiting = waitMs > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    if (!passphrase) return setError(t('lock.empty'));
    setBusy(true);
    setError(undefined);
    try {
      await vault.unlock(passphrase);
      // Unlocked: the gate replaces this screen.
    } catch (failure) {
      setBusy(false);
      if (failure instanceof WrongSecretError) {
        setPassphrase('');
        setError(t('lock.wrong'));
      } else if (!(failure instanceof UnlockTooSoonError)) {
        setError(errorMessage(failure));
      }
      field.current?.focus();
    }
  };

  const noteCapsLock = (event: KeyboardEvent<HTMLInputElement>) => setCapsLock(event.getModifierState('CapsLock'));

  return (
    <form className="stack" onSubmit={submit} autoComplete="off" noValidate aria-busy={busy}>
      <TextField
        ref={field}
        label={t('lock.passphrase')}
        type="password"
        spellCheck={false}
        autoCapitalize="off"
        autoFocus
        value={passphrase}
        error={error}
        warning={capsLock ? t('lock.capsLock') : undefined}
        onKeyDown={noteCapsLock}
        onKeyUp={noteCapsLock}
        onChange={(event) => {
          setPassphrase(event.target.value);
          setError(undefined);
        }}
      />
      <WaitNotice waitMs={waitMs} />
      <div className="session-actions">
        <button type="submit" className="button primary" disabled={busy || waiting}>
          {busy ? t('lock.unlocking') : t('lock.unlock')}
        </button>
        <QuickUnlockButton disabled={busy || waiting} />
      </div>
      <p>
        <button type="button" className="button quiet" onClick={onForgot}>
          {t('lock.forgot')}
        </button>
      </p>
    </form>
  );
}
