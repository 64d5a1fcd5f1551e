/** What a verified backup holds and what restoring it means, shown before the coordinator confirms. */
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import type { BackupPreview as Preview } from '../../storage';

const kinds = [
  'partners',
  'contacts',
  'meetingSeries',
  'meetings',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'disclosures',
  'coverageAcknowledgements',
  'agreements',
] as const;

export function BackupPreview({ preview, keepsPassphrase, hasFolder }: { preview: Preview; keepsPassphrase: boolean; hasFolder: boolean | undefined }) {
  const { t } = useTranslation('settings');
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const held = kinds.filter((kind) => preview.records[kind].live + preview.records[kind].removed > 0);
  return (
    <div className="stack backup-preview">
      <p role="status">{t('backup.restore.verified')}</p>
      <p>
        {t('backup.restore.made', { date: formatDateTime(preview.createdAt, language), kind: t(`backup.kinds.${preview.kind}`), version: preview.appVersion })}
      </p>
      <div>
        <p>{t('backup.restore.holds')}</p>
        <ul>
          {held.length === 0 && <li>{t('backup.restore.nothing')}</li>}
          {held.map((kind) => {
            const { live, removed } = preview.records[kind];
            return (
              <li key={kind}>
                {t(`backup.counts.${kind}`, { count: live + removed, shown: n(live + removed) })}
                {removed > 0 && <> {t('backup.restore.removed', { shown: n(removed) })}</>}
              </li>
            );
          })}
          <li>{t('backup.restore.audit', { count: preview.auditEntries, shown: n(preview.auditEntries) })}</li>
        </ul>
      </div>
      {!preview.encrypted && <p>{t('backup.restore.plaintext')}</p>}
      {preview.migrated && <p>{t('backup.restore.migrated')}</p>}
      <p className={keepsPassphrase ? undefined : 'notice warn'}>
        {keepsPassphrase
          ? t('backup.restore.passphraseKept')
          : t('backup.restore.passphraseChanges', { date: formatDateTime(preview.passphraseSetAt, language) })}
      </p>
      <p className="notice warn">{t('backup.restore.replaces')}</p>
      <p>{platform.kind === 'web' ? t('backup.restore.protectDownload') : hasFolder ? t('backup.restore.protectFolder') : t('backup.restore.protectAsk')}</p>
    </div>
  );
}
