import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields } from '../../app/session/NewPassphraseFields';
import { useNewPassphrase } from '../../app/session/useNewPassphrase';
import { vault, WrongSecretError } from '../../storage';
import { TextField } from '../../ui/fields';
import { FormDialog } from '../../ui/FormDialog';
import { useErrorMessage } from '../../ui/useErrorMessage';

/**
 * A new passphrase, confirmed by the current one. Only the wrapped data key changes; the
 * data, the recovery key and quick unlock stay as they are.
 */
export function ChangePassphraseDialog({ isOpen, onClose }: { isOpen: boolean; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation('session');
  if (!isOpen) return null;
  return <ChangePassphraseForm title={t('security.passphrase.dialogTitle')} onClose={onClose} />;
}

/** Mounted only while open, so nothing typed outlives the dialog. */
function ChangePassphraseForm({ title, onClose }: { title: string; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation('session');
  const errorMessage = useErrorMessage();
  const next = useNewPassphrase();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setFailure(undefined);
    if (!current) return setCurrentError(t('lock.empty'));
    setBusy(true);
    try {
      const chosen = await next.validate();
      if (chosen === null) return setBusy(false);
      await vault.changePassphrase(current, chosen);
      onClose(true);
    } catch (error) {
      setBusy(false);
      if (error instanceof WrongSecretError) setCurrentError(t('security.passphrase.currentWrong'));
      else setFailure(errorMessage(error));
    }
  };

  return (
    <FormDialog
      isOpen
      title={title}
      submitLabel={busy ? t('security.passphrase.saving') : t('security.passphrase.save')}
      busy={busy}
      wide
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <TextField
        label={t('security.passphrase.current')}
        type="password"
        spellCheck={false}
        autoCapitalize="off"
        autoFocus
        value={current}
        error={currentError}
        onChange={(event) => {
          setCurrent(event.target.value);
          setCurrentError(undefined);
        }}
      />
      <NewPassphraseFields state={next} purpose="new" />
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
    </FormDialog>
  );
}
