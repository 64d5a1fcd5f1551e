/**
 * The overview's word on backups: a warning when there is no good backup from the last 7 days,
 * and, in the web edition, which file was downloaded before the data was updated, encrypted or
 * replaced in this session (the coordinator should keep it).
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { settings, useBackupActivity, useLive } from '../../storage';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether the overview warns: no backup, one that could not be checked, or none in the last 7 days. */
export function backupIsDue(last: { at: string; verified: boolean } | null, now: Date): boolean {
  return !last || !last.verified || now.getTime() - new Date(last.at).getTime() > WEEK_MS;
}

export function BackupReminder() {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const last = useLive(async () => (await settings.get('lastBackup')) ?? null);
  const { safeguards } = useBackupActivity();
  const downloaded = safeguards.filter((made) => made.location === 'download' && made.kind !== 'daily' && made.kind !== 'manual');
  if (last === undefined) return null;
  const due = backupIsDue(last, new Date());
  if (!due && downloaded.length === 0) return null;
  return (
    <section className={due ? 'notice warn reminder' : 'notice reminder'} aria-labelledby="backup-reminder">
      <h2 id="backup-reminder" className="section-title">
        {t('backup.title')}
      </h2>
      {downloaded.map((made) => (
        <p key={made.fileName}>
          {t('backup.safeguard', { what: t(`backup.what.${made.kind as 'pre-migration' | 'pre-conversion' | 'pre-restore'}`), fileName: made.fileName })}
        </p>
      ))}
      {due && (
        <p>
          {!last
            ? t('backup.none')
            : !last.verified
              ? t('backup.unverified', { date: formatDateTime(last.at, language) })
              : t('backup.old', { date: formatDateTime(last.at, language) })}{' '}
          <Link to="/settings">{t('backup.link')}</Link>
        </p>
      )}
    </section>
  );
}
