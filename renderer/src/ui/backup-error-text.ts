/**
 * A backup problem in words (locales/<lang>/errors.json, `backup.*`): what is wrong with the
 * file, or why a backup could not be made, and that nothing was changed. Details from the file
 * are named only by ids, positions and field names, never by content.
 */
import type { TFunction } from 'i18next';
import type { BackupError } from '../storage';

type T = TFunction<['errors', 'common', 'validation', 'meetings', 'referrals']>;

const tables = [
  'partners',
  'contacts',
  'meetings',
  'meetingSeries',
  'agendaItems',
  'actions',
  'referrals',
  'referralEvents',
  'agreements',
  'disclosures',
  'coverageAcknowledgements',
  'audit',
  'settings',
] as const;
type KnownTable = (typeof tables)[number];
const isKnownTable = (table: string | undefined): table is KnownTable => (tables as readonly (string | undefined)[]).includes(table);

const chainReasons = ['hash', 'link', 'gap', 'head'] as const;
type ChainReason = (typeof chainReasons)[number];

const safeguardKinds = ['pre-migration', 'pre-conversion', 'pre-restore', 'daily', 'manual'] as const;
type SafeguardKind = (typeof safeguardKinds)[number];

function invalidText(error: BackupError, t: T): string {
  const { table, row, field, reason } = error.details;
  if (reason === 'unknown-store' || (table !== undefined && !isKnownTable(table))) return t('errors:backup.invalidStore');
  if (!isKnownTable(table)) return t('errors:backup.invalid');
  const name = t(`errors:backup.tables.${table}`);
  if (row === undefined) return t('errors:backup.invalidTable', { table: name });
  if (field === undefined) return t('errors:backup.invalidRow', { table: name, row });
  return t('errors:backup.invalidField', { table: name, row, field });
}

export function backupErrorText(error: BackupError, t: T): string {
  const { details } = error;
  switch (error.problem) {
    case 'invalid':
      return invalidText(error, t);
    case 'chainBroken': {
      const reason = details.reason as ChainReason | undefined;
      if (details.seq === undefined || !chainReasons.includes(reason!)) return t('errors:backup.chainBrokenStray');
      return t('errors:backup.chainBroken', { seq: details.seq, reason: t(`errors:backup.chainReason.${reason!}`) });
    }
    case 'newerApp':
      return details.version ? t('errors:backup.newerApp', { version: details.version }) : t('errors:backup.newerAppFormat');
    case 'newerSchema':
      return t('errors:backup.newerSchema', { version: details.version ?? '?' });
    case 'safeguardCancelled': {
      const kind = safeguardKinds.includes(details.kind as SafeguardKind) ? (details.kind as SafeguardKind) : 'manual';
      return t(`errors:backup.safeguardCancelled.${kind}`);
    }
    case 'writeFailed':
      return t('errors:backup.writeFailed', { details: details.reason ?? '' });
    default:
      return t(`errors:backup.${error.problem}`);
  }
}
