/**
 * The app's storage: one database and its repositories. Features import from here, never
 * from Dexie.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { RoundtableDb } from './db';
import { openDatabase } from './open';
import { markOutdated } from './errors';
import { createPartnerRepository } from './repositories/partners';
import { createSettingsRepository } from './repositories/settings';
import { createMeetingRepository } from './repositories/meetings';
import { createMeetingListRepository } from './repositories/meeting-list';
import { createAgendaRepository } from './repositories/agenda';
import { createActionRepository } from './repositories/actions';
import { createReferralRepository } from './repositories/referrals';
import { localToday } from '../domain/date-time';
import { createAuditRepository } from './audit';
import { createAgreementRepository } from './repositories/agreements';
import { createDisclosureRepository } from './repositories/disclosures';

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

/**
 * Opens the database up front, so a failure (blocked, a newer version, no IndexedDB) is
 * reported once at start-up instead of by whichever screen reads first.
 */
export async function openStorage(): Promise<void> {
  db.onUpgradedElsewhere(markOutdated);
  await openDatabase(db);
  // Ask the browser not to evict our data under storage pressure (a no-op where granted).
  await navigator.storage?.persist?.().catch(() => false);
}

/** A live query: re-renders whenever the data it read changes. `undefined` while loading. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[] = []): T | undefined {
  return useLiveQuery(query, deps);
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
export { type MeetingBundle } from './repositories/meetings';
export { type MeetingListFilter, type MeetingListIds } from './repositories/meeting-list';
export { type ReferralBundle } from './repositories/referrals';
export { type AuditCheck, type AuditRepository, type UnauditedRecords } from './audit';
