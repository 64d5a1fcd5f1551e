/**
 * The last line of "This week": when the last backup was made and whether it was checked,
 * from the plaintext `lastBackup` setting. The warning above the page (BackupReminder) says
 * what to do when one is due; this line always says where things stand.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { settings, useLive } from '../../storage';
import { backupIsDue } from './BackupReminder';

export function WeekBackup() {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const last = useLive(async () => (await settings.get('lastBackup')) ?? null);
  if (last === undefined) return null;
  const due = backupIsDue(last, new Date());
  return (
    <div className="week-list">
      <p className={due ? 'week-backup overdue' : 'week-backup'}>
        {!last ? t('week.backup.none') : t(last.verified ? 'week.backup.last' : 'week.backup.unverified', { date: formatDateTime(last.at, language) })}
      </p>
      <Link className="week-all" to="/settings">
        {t('backup.link')}
      </Link>
    </div>
  );
}
