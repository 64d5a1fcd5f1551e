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
import { createAgendaRepository } from './repositories/agenda';
import { createActionRepository } from './repositories/actions';
import { createReferralRepository } from './repositories/referrals';
import { localToday } from '../domain/date-time';
import { createAuditRepository } from './audit';
import { checkAuditTrailInWorker, type BackgroundCheckOptions } from './audit-check-client';
import { createAgreementRepository } from './repositories/agreements';
import { createDisclosureRepository } from './repositories/disclosures';
import { useLiveListOf } from './live-list';
import type { RecordTable } from './tables';

export const db = new RoundtableDb();
export const partners = createPartnerRepository(db);
export const settings = createSettingsRepository(db);
export const meetings = createMeetingRepository(db);
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
export const disclosures = createDisclosureRepository(
  db,
  () => new Date(),
  () => localToday(),
);

/** Wrong unlock attempts survive a reload (a count only, nothing personal). */
const failureCount = {
  read: () => Number(globalThis.localStorage?.getItem('roundtable.unlockFailures') ?? 0) || 0,
  write: (count: number) => globalThis.localStorage?.setItem('roundtable.unlockFailures', String(count)),
};

/** The session: locked or unlocked, and the keys while unlocked (storage/vault.ts). */
export const vault = createVault(db, { now: () => new Date(), failures: failureCount });

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
  type StorageProblem,
} from './errors';
export { type LockCause, type VaultState, UnlockTooSoonError, retryDelayMs } from './vault';
export { type ConversionProgress } from './conversion';
export { WrongSecretError, RecoveryKeyFormatError } from '../crypto/keyring';
export { type MeetingBundle } from './repositories/meetings';
export { type MeetingListFilter, type MeetingListIds } from './repositories/meeting-list';
export { type TrackerOwner, type TrackerPage } from './repositories/action-tracker';
export { type ReferralBundle } from './repositories/referrals';
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
