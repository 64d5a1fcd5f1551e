/** The backups in the desktop's folder, newest first, each with a way to restore it. */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import type { BackupFileInfo } from '../../platform';

export function BackupFolderList({ files, onRestore }: { files: BackupFileInfo[]; onRestore: (file: BackupFileInfo) => void }) {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  if (files.length === 0) return <p className="muted">{t('backup.list.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table compact backup-table">
        <caption className="visually-hidden">{t('backup.list.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.list.when')}</th>
            <th scope="col">{t('backup.list.kind')}</th>
            <th scope="col">{t('backup.list.size')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backup.list.restore')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => {
            const date = formatDateTime(file.createdAt, language);
            return (
              <tr key={file.fileName}>
                <td>{date}</td>
                <td>{t(`backup.kinds.${file.kind}`)}</td>
                <td>{t('backup.size', { size: formatNumber(Math.max(0.1, Math.round(file.bytes / 104857.6) / 10), language) })}</td>
                <td>
                  <button type="button" className="button quiet" aria-label={t('backup.list.restoreLabel', { date })} onClick={() => onRestore(file)}>
                    {t('backup.list.restore')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
