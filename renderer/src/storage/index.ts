/**
 * The app's storage: one database and its repositories. Features import from here, never
 * from Dexie.
 */
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { RoundtableDb } from './db';
import { createVault, type VaultState } from './vault';
import { markOutdated, StorageError } from './errors';
import { createPartnerRepository } from './repositories/partners';
import { createSettingsRepository } from './repositories/settings';
import { createMeetingRepository } from './repositories/meetings';
import { createMeetingListRepository } from './repositories/meeting-list';
import { createMeetingSeriesRepository } from './repositories/meeting-series';
import { createRiskPictureRepository } from './repositories/risk-pictures';
import { createCaseFiguresRepository } from './repositories/case-figures';
import { createReferralFiguresRepository } from './repositories/referral-figures';
import { createAgendaRepository } from './repositories/agenda';
import { createActionRepository } from './repositories/actions';
import { createReferralRepository } from './repositories/referrals';
import { localToday } from '../domain/date-time';
import { createAuditRepository } from './audit';
import { checkAuditTrailInWorker, type BackgroundCheckOptions } from './audit-check-client';
import { createAgreementRepository } from './repositories/agreements';
import { createDisclosureRepository } from './repositories/disclosures';
import { createThisWeekRepository } from './repositories/this-week';
import { createPartnerSummaryRepository } from './repositories/partner-summary';
import { createNetworkFiguresRepository } from './repositories/network-figures';
import { createExampleNetworkRepository } from './repositories/example-network';
import { createErasureRepository } from './repositories/erasure';
import { createSubjectAccessRepository } from './repositories/subject-access';
import { createDataProtectionRepository } from './repositories/data-protection';
import { createRetentionRepository } from './repositories/retention';
import { useLiveListOf } from './live-list';
import { createSearchSource } from './search-source';
import type { RecordTable } from './tables';
import { createBackupService, type BackupActivity } from './backup/automatic';
import type { BackupHeader } from './backup/backup-file';
import { sessionOpens } from './backup/backup-keys';
import { restoreKeepsKeyring } from './backup/restore';
import { decodeBackup, readBackupHeader, type VerifiedBackup, type VerifyProgress } from './backup/verify';

export const db = new RoundtableDb();
export const partners = createPartnerRepository(db);
export const settings = createSettingsRepository(db);
export const meetings = createMeetingRepository(db);
export const meetingSeries = createMeetingSeriesRepository(db);
/** The network's own case figures for a period (counts only, small groups suppressed). */
export const caseFigures = createCaseFiguresRepository(db);
/** The local risk picture's editions; agreeing one keeps its case figures as counted then. */
export const riskPictures = createRiskPictureRepository(db, undefined, { caseFigures: caseFigures.deps });
export const meetingList = createMeetingListRepository(db);
export const agenda = createAgendaRepository(db);
export const actions = createActionRepository(db);
export const referrals = createReferralRepository(
  db,
  () => new Date(),
  () => localToday(),
);
export const audit = createAuditRepository(db);
export const agreements = createAgreementRepository(
  db,
  () => new Date(),
  () => localToday(),
);
/** What the overview's "This week" lists. */
export const thisWeek = createThisWeekRepository(db, agreements);
export const disclosures = createDisclosureRepository(
  db,
  () => new Date(),
  () => localToday(),
);
/** Deleting for good: a case with what was recorded with it, a contact, a case discussion's minutes. */
export const erasure = createErasureRepository(
  db,
  () => new Date(),
  () => localToday(),
);
/** Everything held about one case, gathered for a subject-access export. */
export const subjectAccess = createSubjectAccessRepository(db);
/** What the data-protection officer's page reads: records of processing, the network's disclosure log, deletions done. */
export const dataProtection = createDataProtectionRepository(db);
/** The retention schedule, the records due for deletion, and legal holds. */
export const retention = createRetentionRepository(
  db,
  () => new Date(),
  () => localToday(),
);
/** The example network offered at first start, with its meetings, actions, case and agreement. */
export const exampleNetwork = createExampleNetworkRepository(db);

/** What the in-memory search index (search/) is built from and kept up to date by: decoded records, and every commit. */
export const searchSource = createSearchSource(db);
export const partnerSummary = createPartnerSummaryRepository(db);
export const networkFigures = createNetworkFiguresRepository(db);
/** What the figures page's case figures are computed from, read by index for a period. */
export const referralFigureRecords = createReferralFiguresRepository(db);

/** Wrong unlock attempts survive a reload (a count only, nothing personal). */
const failureCount = {
  read: () => Number(globalThis.localStorage?.getItem('roundtable.unlockFailures') ?? 0) || 0,
  write: (count: number) => globalThis.localStorage?.setItem('roundtable.unlockFailures', String(count)),
};

/** The session: locked or unlocked, and the keys while unlocked (storage/vault.ts). */
export const vault = createVault(db, { now: () => new Date(), failures: failureCount });

/**
 * Backups (storage/backup/): made on request, daily while unlocked on the desktop, and before
 * every migration, the conversion and every restore (the vault's safeguard). The platform is
 * loaded when first needed: this module is also imported where there is no window (tests).
 */
export const backups = createBackupService({
  db,
  vault,
  settings,
  host: () => import('../platform').then(({ platform }) => platform),
  now: () => new Date(),
});
vault.setSafeguard(backups.safeguard);
backups.startSchedule();

/** What the backups are doing (running, the last automatic failure, safeguards made this session). */
export function useBackupActivity(): BackupActivity {
  return useSyncExternalStore(backups.subscribe, backups.getState);
}

/** The app's version, for checking that a backup is not from a newer one. */
async function appVersion(): Promise<string> {
  return (await import('../platform')).platform.version();
}

/** Reads a backup file's header: what it is, who made it, whether the open session can read it without a secret. */
export async function inspectBackup(bytes: Uint8Array<ArrayBuffer>): Promise<{ header: BackupHeader; opensWithSession: boolean }> {
  const header = readBackupHeader(bytes, await appVersion());
  return { header, opensWithSession: vault.getState().status === 'unlocked' && sessionOpens(vault.session(), header.keyring) };
}

/** Decrypts and checks every row of a backup (BackupError otherwise); `secret` undefined means the open session's keys. */
export async function verifyBackup(
  bytes: Uint8Array<ArrayBuffer>,
  secret: { kind: 'passphrase'; passphrase: string } | { kind: 'recoveryKey'; recoveryKey: string } | undefined,
  onProgress?: (progress: VerifyProgress) => void,
): Promise<VerifiedBackup> {
  return decodeBackup(bytes, secret ?? { kind: 'session', session: vault.session() }, { appVersion: await appVersion(), onProgress });
}

/** Whether restoring `verified` keeps the passphrase in use now (a backup of this keyring) or brings the backup's. */
export function restoreKeepsPassphrase(verified: VerifiedBackup): boolean {
  return restoreKeepsKeyring(vault, verified);
}

/**
 * Start-up: finds out whether there is data, data from before encryption, or a keyring to
 * unlock (a failure such as a newer version is reported once, here). The database itself is
 * opened by the unlock. Returns the saved language, readable before unlocking.
 */
export async function startStorage(): Promise<{ language: 'de' | 'en' | undefined }> {
  db.onUpgradedElsewhere(markOutdated);
  if (typeof indexedDB === 'undefined' || !indexedDB) throw new StorageError('unavailable', new Error('IndexedDB is not available'));
  const { language } = await vault.start();
  // Ask the browser not to evict our data under storage pressure (a no-op where granted).
  void navigator.storage?.persist?.().catch(() => false);
  return { language: language === 'de' || language === 'en' ? language : undefined };
}

/** The vault's state, re-rendering on every change (lock, unlock, wrong attempt). */
export function useVault(): VaultState {
  return useSyncExternalStore(vault.subscribe, vault.getState);
}

/** A live query: re-renders whenever the data it read changes. `undefined` while loading. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  return useLiveQuery(query, deps);
}

/**
 * Like useLive, for a long list read through index keys (see live-list.ts): the query runs
 * outside Dexie's key-by-key tracking, and again after any write to `tables`.
 */
export function useLiveList<T>(tables: readonly RecordTable[], query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  return useLiveListOf(db, tables, query, deps);
}

/** The audit check in a Web Worker (the window stays responsive), by default from the checkpoint on. */
export function checkAuditTrailInBackground(options: BackgroundCheckOptions = {}) {
  return checkAuditTrailInWorker(db, options);
}

/** Calls `listener` once another window has upgraded the database (this one stopped writing). */
export function onUpgradedElsewhere(listener: () => void): () => void {
  return db.onUpgradedElsewhere(listener);
}

export {
  StorageError,
  classifyStorageError,
  isOutdated,
  RefusedError,
  RecordNotFoundError,
  StaleRevisionError,
  MinutesLockedError,
  LifecycleStepError,
  TransitionRefusedError,
  CoverageGapError,
  AgreementMismatchError,
  LocalUserMissingError,
  ReviewRefusedError,
  CarryOverRefusedError,
  type StorageProblem,
} from './errors';
export { type LockCause, type VaultState, UnlockTooSoonError, retryDelayMs } from './vault';
export { type ConversionProgress } from './conversion';
export { type SearchSource, type SearchRead, type SearchableRecords, type SearchableTable, type CaseCodeRecord } from './search-source';
export { type CommittedChange } from './committed-changes';
export { WrongSecretError, RecoveryKeyFormatError } from '../crypto/keyring';
export { BackupError, backupProblems, type BackupProblem, type BackupProblemDetails } from './backup/backup-error';
export { type BackupActivity, type LastBackup } from './backup/automatic';
export { type BackupHeader, type BackupKind, MAX_BACKUP_FILE_BYTES } from './backup/backup-file';
export { type BackupPreview, type VerifiedBackup, type VerifyProgress } from './backup/verify';
export { type RecordCount } from './backup/check-rows';
export { type MeetingBundle } from './repositories/meetings';
export { type CarryOverTargets } from './repositories/carry-over';
export { type SeriesMeetingChoice } from './repositories/meeting-series';
export { type MeetingListFilter, type MeetingListIds } from './repositories/meeting-list';
export { type TrackerOwner, type TrackerPage } from './repositories/action-tracker';
export { type ReferralBundle } from './repositories/referrals';
export { type Paged, type ErasureLine, erasurePageSize } from './repositories/data-protection';
export { type RiskEditionSummary, type AgreeRequest } from './repositories/risk-pictures';
export { type CaseLine, type OwnerLine, type ThisWeek } from './repositories/this-week';
export { dueForDeletionTables, type DueHold, type DueKind, type DuePage, type DueRecord } from './repositories/retention';
export { type CaseErasurePreview } from './repositories/erasure';
export {
  attendanceMonths,
  summaryRows,
  type AttendanceRate,
  type CaseRole,
  type PartnerActions,
  type PartnerAgreements,
  type PartnerCase,
  type PartnerCases,
  type PartnerDisclosure,
  type PartnerDisclosures,
  type PartnerMeetings,
} from './repositories/partner-summary';
export {
  AuditCheckCancelledError,
  type AuditCheck,
  type AuditCheckMode,
  type AuditCheckProgress,
  type AuditCheckReport,
  type AuditRepository,
  type FullCheckReason,
  type UnauditedRecords,
} from './audit';
