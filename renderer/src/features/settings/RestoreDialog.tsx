/** The restore, step by step, in a modal: secret if needed → verifying → preview → confirm → done. */
import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { TextField } from '../../ui/fields';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { BackupPreview } from './BackupPreview';
import type { RestoreState, SecretKind } from './useRestore';

interface RestoreDialogProps {
  state: RestoreState;
  hasFolder: boolean | undefined;
  onSecret: (kind: SecretKind, value: string) => void;
  onConfirm: () => void;
  onClose: () => void;
}

function SecretForm({ error, onSecret }: { error: unknown; onSecret: RestoreDialogProps['onSecret'] }) {
  const { t } = useTranslation('settings');
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) onSecret(kind, value);
  };
  return (
    <form id="restore-secret" className="stack" onSubmit={submit} noValidate autoComplete="off">
      <p>{t('backup.restore.secretIntro')}</p>
      <TextField
        key={kind}
        label={kind === 'passphrase' ? t('backup.restore.passphrase') : t('backup.restore.recoveryKey')}
        hint={kind === 'recoveryKey' ? t('backup.restore.recoveryKeyHint') : undefined}
        type={kind === 'passphrase' ? 'password' : 'text'}
        spellCheck={false}
        autoFocus
        value={value}
        error={error ? errorMessage(error) : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button
        type="button"
        className="button quiet"
        onClick={() => {
          setKind(kind === 'passphrase' ? 'recoveryKey' : 'passphrase');
          setValue('');
        }}
      >
        {kind === 'passphrase' ? t('backup.restore.useRecoveryKey') : t('backup.restore.usePassphrase')}
      </button>
    </form>
  );
}

export function RestoreDialog({ state, hasFolder, onSecret, onConfirm, onClose }: RestoreDialogProps) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const busy = state.step === 'reading' || state.step === 'verifying' || state.step === 'restoring';
  const progress = state.step === 'verifying' ? state.progress : null;

  return (
    <ModalOverlay className="modal-overlay" isOpen={state.step !== 'closed'} onOpenChange={(open) => !open && !busy && onClose()} isDismissable={!busy}>
      <Modal className="modal wide">
        <Dialog className="dialog restore-dialog">
          <Heading slot="title">{t('backup.restore.title')}</Heading>
          <div className="stack" aria-live="polite">
            {state.step === 'reading' && <p>{t('backup.restore.reading')}</p>}
            {state.step === 'secret' && <SecretForm error={state.error} onSecret={onSecret} />}
            {state.step === 'verifying' && (
              <div className="audit-progress">
                <p>
                  {progress?.stage === 'migrating'
                    ? t('backup.restore.migrating')
                    : progress?.stage === 'checking'
                      ? t('backup.restore.checking')
                      : t('backup.restore.decrypting')}
                </p>
                {progress?.stage === 'checking' && (
                  <>
                    <progress aria-label={t('backup.restore.progressLabel')} value={progress.done} max={Math.max(progress.total, 1)} />
                    <span>{t('backup.restore.progress', { done: formatNumber(progress.done, language), total: formatNumber(progress.total, language) })}</span>
                  </>
                )}
              </div>
            )}
            {state.step === 'preview' && <BackupPreview preview={state.verified.preview} keepsPassphrase={state.keepsPassphrase} hasFolder={hasFolder} />}
            {state.step === 'restoring' && <p>{t('backup.restore.restoring')}</p>}
            {state.step === 'done' && (
              <p role="status">
                {t('backup.restore.done')} {state.savedBefore && t('backup.restore.savedBefore', { fileName: state.savedBefore.fileName })}
              </p>
            )}
            {state.step === 'failed' && (
              <p role="alert" className="notice error">
                {errorMessage(state.error)}
              </p>
            )}
          </div>
          <div className="dialog-actions">
            {!busy && state.step !== 'done' && (
              <button type="button" className="button" onClick={onClose}>
                {tc('actions.cancel')}
              </button>
            )}
            {state.step === 'secret' && (
              <button type="submit" form="restore-secret" className="button primary">
                {t('backup.restore.check')}
              </button>
            )}
            {state.step === 'preview' && (
              <button type="button" className="button danger" onClick={onConfirm}>
                {t('backup.restore.confirm')}
              </button>
            )}
            {state.step === 'done' && (
              <button type="button" className="button primary" onClick={onClose}>
                {t('backup.restore.close')}
              </button>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
