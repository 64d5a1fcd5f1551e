import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickUnlock } from '../../platform/types';
import { vault, WrongSecretError } from '../../storage';
import { TextField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useNotify } from '../../ui/notices';
import { useErrorMessage } from '../../ui/useErrorMessage';

type Availability = Awaited<ReturnType<QuickUnlock['availability']>>;

/**
 * Desktop: quick unlock on or off. Offered only where the OS keeps the key in its secret
 * store; where it would keep it in plain text, it says so instead. Turning it on asks for
 * the passphrase: that is what unwraps the data key handed to the OS.
 */
export function QuickUnlockSetting({ quickUnlock }: { quickUnlock: QuickUnlock }) {
  const { t } = useTranslation('session');
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [availability, setAvailability] = useState<Availability>();
  const [enabled, setEnabled] = useState<boolean>();
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let current = true;
    Promise.all([quickUnlock.availability(), quickUnlock.isEnabled()]).then(
      ([found, on]) => {
        if (!current) return;
        setAvailability(found);
        setEnabled(on);
      },
      () => current && setAvailability({ available: false, reason: 'no-secret-store' }),
    );
    return () => {
      current = false;
    };
  }, [quickUnlock]);

  if (!availability) return null;
  if (!availability.available) {
    return (
      <div>
        <h3>{t('security.quick.title')}</h3>
        <p className="muted">{t(`security.quick.unavailable.${availability.reason}`)}</p>
      </div>
    );
  }

  const turnOff = async () => {
    try {
      await quickUnlock.disable();
      setEnabled(false);
      notify('success', t('security.quick.off'));
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <div className="stack">
      <div>
        <h3>{t('security.quick.title')}</h3>
        <p className="muted">{t('security.quick.hint')}</p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          autoComplete="off"
          checked={enabled === true}
          disabled={enabled === undefined}
          onChange={(event) => (event.target.checked ? setAsking(true) : void turnOff())}
        />
        <span>{t('security.quick.label')}</span>
      </label>
      {asking && (
        <EnableQuickUnlockDialog
          quickUnlock={quickUnlock}
          onClose={(turnedOn) => {
            setAsking(false);
            if (!turnedOn) return;
            setEnabled(true);
            notify('success', t('security.quick.on'));
          }}
        />
      )}
    </div>
  );
}

function EnableQuickUnlockDialog({ quickUnlock, onClose }: { quickUnlock: QuickUnlock; onClose: (turnedOn: boolean) => void }) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (!passphrase) return setError(t('lock.empty'));
    setBusy(true);
    try {
      await vault.withDataKey(passphrase, async (dataKey) => {
        const copy = new Uint8Array(dataKey);
        try {
          await quickUnlock.enable(copy);
        } finally {
          copy.fill(0);
        }
      });
      onClose(true);
    } catch (failure) {
      setBusy(false);
      setError(failure instanceof WrongSecretError ? t('security.passphrase.currentWrong') : errorMessage(failure));
    }
  };

  return (
    <FormDialog
      isOpen
      title={t('security.quick.dialogTitle')}
      submitLabel={t('security.quick.enable')}
      busy={busy}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <p>{t('security.quick.dialogIntro')}</p>
      <TextField
        label={t('security.passphrase.current')}
        type="password"
        spellCheck={false}
        autoCapitalize="off"
        autoFocus
        value={passphrase}
        error={error}
        onChange={(event) => {
          setPassphrase(event.target.value);
          setError(undefined);
        }}
      />
    </FormDialog>
  );
}
