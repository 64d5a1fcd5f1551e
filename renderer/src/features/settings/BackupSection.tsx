/**
 * Settings → Backups: where the desktop keeps them, the last good one, making one now, the
 * folder's backups and restoring one (or a file from elsewhere).
 */
import { useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { platform, type BackupFileInfo } from '../../platform';
import { backups, BackupError, MAX_BACKUP_FILE_BYTES, settings, useBackupActivity, useLive, type LastBackup } from '../../storage';
import { useNotify } from '../../ui/notices';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { BackupFolderList } from './BackupFolderList';
import { RestoreDialog } from './RestoreDialog';
import { useBackupFolder } from './useBackupFolder';
import { useRestore } from './useRestore';
import './backup.css';

function LastBackupText({ last }: { last: LastBackup | null }) {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  if (!last) return <p>{t('backup.last.none')}</p>;
  const date = formatDateTime(last.at, language);
  if (!last.verified) return <p className="notice warn">{t('backup.last.unverified', { date })}</p>;
  return (
    <p>
      {t('backup.last.value', { date, kind: t(`backup.kinds.${last.kind}`) })}
      <br />
      <span className="muted">
        {t('backup.last.file', { fileName: last.fileName })} {last.location === 'folder' ? t('backup.last.folder') : t('backup.last.download')}
      </span>
    </p>
  );
}

export function BackupSection() {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const activity = useBackupActivity();
  const last = useLive(async () => (await settings.get('lastBackup')) ?? null);
  const folder = useBackupFolder();
  const restore = useRestore();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileHintId = useId();
  const desktop = Boolean(platform.backups);
  const running = activity.running !== null;

  const make = async (how: 'now' | 'copy') => {
    if (running) return;
    try {
      const made = how === 'now' ? await backups.backUpNow() : await backups.download();
      notify(
        'success',
        made.location === 'download' && platform.kind === 'web'
          ? t('backup.downloaded', { fileName: made.fileName })
          : t('backup.done', { fileName: made.fileName }),
      );
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      folder.refresh();
    }
  };

  const chooseFolder = async () => {
    try {
      const chosen = await platform.backups!.chooseFolder();
      if (chosen.status === 'chosen') notify('success', t('backup.folder.chosen', { folder: chosen.folder }));
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      folder.refresh();
    }
  };

  const restoreFromFolder = (file: BackupFileInfo) => void restore.start(() => platform.backups!.read(file.fileName));

  const restoreFromFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void restore.start(async () => {
      if (file.size > MAX_BACKUP_FILE_BYTES) throw new BackupError('tooLarge');
      return new Uint8Array(await file.arrayBuffer());
    });
  };

  return (
    <Section title={t('backup.title')} className="backup-section">
      <div className="stack">
        <p className="muted">{t('backup.intro')}</p>
        {desktop ? (
          <div className="stack">
            <h3 className="subsection-title">{t('backup.folder.label')}</h3>
            {folder.folder === null && <p className="notice warn">{t('backup.folder.none')}</p>}
            {folder.folder && <p className="backup-folder">{folder.folder}</p>}
            <p className="hint muted">{folder.folder ? t('backup.folder.schedule') : t('backup.folder.hint')}</p>
            <div className="row">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                {folder.folder ? t('backup.folder.change') : t('backup.folder.choose')}
              </button>
            </div>
          </div>
        ) : (
          <p className="hint muted">{t('backup.web')}</p>
        )}
        <h3 className="subsection-title">{t('backup.last.label')}</h3>
        {last !== undefined && <LastBackupText last={last} />}
        {activity.failure && (
          <p className="notice error">
            {t('backup.failure', { date: formatDateTime(activity.failure.at, language), message: errorMessage(activity.failure.error) })}
          </p>
        )}
        {activity.safeguards.length > 0 && (
          <p className="muted">{t('backup.safeguards', { files: activity.safeguards.map((made) => made.fileName).join(', ') })}</p>
        )}
        <div className="row">
          {desktop && (
            <button type="button" className="button primary" aria-disabled={running ? true : undefined} onClick={() => void make('now')}>
              {running ? t('backup.backingUp') : t('backup.backUpNow')}
            </button>
          )}
          <button type="button" className={desktop ? 'button' : 'button primary'} aria-disabled={running ? true : undefined} onClick={() => void make('copy')}>
            {running && !desktop ? t('backup.backingUp') : desktop ? t('backup.saveCopy') : t('backup.download')}
          </button>
        </div>
        {desktop && folder.folder && (
          <div className="stack">
            <h3 className="subsection-title">{t('backup.list.title')}</h3>
            {folder.listError ? (
              <p className="notice error">{t('backup.list.failed', { message: errorMessage(folder.listError) })}</p>
            ) : (
              folder.files && <BackupFolderList files={folder.files} onRestore={restoreFromFolder} />
            )}
          </div>
        )}
        <div className="row">
          <button type="button" className="button" aria-describedby={fileHintId} onClick={() => fileInput.current?.click()}>
            {t('backup.restoreFile')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".rtbackup"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            autoComplete="off"
            data-testid="restore-file"
            onChange={restoreFromFile}
          />
        </div>
        <p id={fileHintId} className="hint muted">
          {t('backup.restoreFileHint')}
        </p>
      </div>
      <RestoreDialog
        state={restore.state}
        hasFolder={desktop ? Boolean(folder.folder) : undefined}
        onSecret={(kind, value) => void restore.submitSecret(kind, value)}
        onConfirm={() => void restore.confirm().finally(folder.refresh)}
        onClose={restore.close}
      />
    </Section>
  );
}
