/**
 * Making and keeping backups (issue 11): on the desktop, into the folder the coordinator chose
 * (main writes each file atomically, reads it back and rotates old ones), daily while the app
 * is used, before every schema migration, before the conversion to encryption and before every
 * restore; in the web edition, as downloads. Each file is checked before it is kept (it
 * decrypts, decompresses, and its checksum and counts hold), and the last one is recorded in
 * the plaintext setting `lastBackup`, which Settings and the overview show.
 *
 * A backup that must come first (before a migration, the conversion, a restore) never quietly
 * does not happen: without a folder, the coordinator is asked for one, then where to save the
 * file, and when both are cancelled the step that needed it does not go on
 * (BackupError 'safeguardCancelled').
 */
import Dexie from 'dexie';
import { localToday } from '../../domain/date-time';
import { PlatformError, type BackupFolder, type SaveOutcome, type SaveRequest } from '../../platform/types';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import type { SettingsRepository, SettingValue } from '../repositories/settings';
import { recordTables } from '../tables';
import type { SafeguardKind, UnlockedSession, Vault } from '../vault';
import { BackupError } from './backup-error';
import { backupMaxAgeMonths } from './backup-max-age';
import { backupFileName } from './backup-names';
import type { BackupKind } from './backup-file';
import { makeBackupFile, type MadeBackup } from './make-backup';
import { restoreBackup } from './restore';
import { checkBackupFile } from './verify';

export type LastBackup = SettingValue<'lastBackup'>;

/** What the backups need of the platform (platform/types.ts). */
export interface BackupHost {
  kind: 'desktop' | 'web';
  version(): Promise<string>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  backups?: BackupFolder;
}

export interface BackupServiceDeps {
  db: RoundtableDb;
  vault: Pick<Vault, 'getState' | 'subscribe' | 'session' | 'adoptRestored'>;
  settings: Pick<SettingsRepository, 'set'>;
  host: () => Promise<BackupHost>;
  now: () => Date;
}

/** What the backups are doing, for the UI. */
export interface BackupActivity {
  running: BackupKind | 'restore' | null;
  /** The last automatic (daily) backup that failed, and why; cleared by the next that works. */
  failure: { at: string; error: unknown } | null;
  /** Backups made before a migration, the conversion or a restore in this session (the web edition downloaded them). */
  safeguards: LastBackup[];
  /** How many restores were done in this session: forms showing data from before one start again from the restored data. */
  restores: number;
}

const HOUR = 60 * 60 * 1000;

/**
 * A call to the platform. Its own refusals (a full disk, a folder gone) pass through as they
 * are: the UI says them in the user's language (PlatformError's `reason`). Anything else
 * becomes a BackupError with its words as the detail.
 */
async function kept<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof PlatformError) throw error;
    throw new BackupError('writeFailed', { reason: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
}

/** Opens the database as it is on disk, at its own version, upgrading nothing (before a migration). */
async function openAsIs(name: string): Promise<Dexie> {
  const raw = new Dexie(name);
  await raw.open();
  return raw;
}

export function createBackupService(deps: BackupServiceDeps) {
  const { db, vault } = deps;
  let activity: BackupActivity = { running: null, failure: null, safeguards: [], restores: 0 };
  const listeners = new Set<() => void>();
  /** A backup made while the database could not be written yet (before a migration): recorded once unlocked. */
  let pending: LastBackup | undefined;

  function update(change: Partial<BackupActivity>): void {
    activity = { ...activity, ...change };
    for (const listener of listeners) listener();
  }

  async function busy<T>(running: BackupActivity['running'], work: () => Promise<T>): Promise<T> {
    update({ running });
    try {
      return await work();
    } finally {
      update({ running: null });
    }
  }

  async function make(kind: BackupKind, source: Dexie, session: UnlockedSession): Promise<MadeBackup & { checked: boolean }> {
    const appVersion = await (await deps.host()).version();
    const made = await guarded(() => makeBackupFile({ source, session, kind, appVersion, now: deps.now() }));
    const checked = await checkBackupFile(made.bytes, { kind: 'session', session }, appVersion).then(
      () => true,
      () => false,
    );
    return { ...made, checked };
  }

  /**
   * Keeps a file: in the desktop's folder (asking for one when none is chosen, if `ask`), else
   * through the save dialog or, in a browser, as a download.
   */
  async function keep(made: MadeBackup & { checked: boolean }, where: 'folder' | 'file', ask: boolean): Promise<LastBackup> {
    const host = await deps.host();
    const { kind, createdAt } = made.header;
    if (where === 'folder' && host.backups) {
      let folder = await kept(() => host.backups!.folder());
      if (folder === null && ask) {
        const chosen = await kept(() => host.backups!.chooseFolder());
        if (chosen.status === 'chosen') folder = chosen.folder;
      }
      if (folder !== null) {
        const maxAgeMonths = await backupMaxAgeMonths(db);
        const written = await kept(() => host.backups!.write({ kind, createdAt, data: made.bytes, maxAgeMonths }));
        return { at: createdAt, fileName: written.fileName, kind, location: 'folder', verified: made.checked && Boolean(written.verifiedAt) };
      }
      if (!ask) throw new BackupError('safeguardCancelled', { kind });
    }
    const outcome = await kept(() =>
      host.saveFile({
        suggestedName: backupFileName(kind, new Date(createdAt)),
        data: made.bytes,
        mimeType: 'application/octet-stream',
        filters: [{ name: 'Roundtable backup', extensions: ['rtbackup'] }],
      }),
    );
    if (outcome.status === 'cancelled') throw new BackupError('safeguardCancelled', { kind });
    return { at: createdAt, fileName: outcome.fileName, kind, location: 'download', verified: made.checked };
  }

  async function record(last: LastBackup): Promise<void> {
    if (!db.isOpen() || vault.getState().status !== 'unlocked') {
      // Before a migration the database is not open, and opening it here would run the migration.
      pending = last;
      return;
    }
    await deps.settings.set('lastBackup', last);
  }

  async function flushPending(): Promise<void> {
    const last = pending;
    if (!last || !db.isOpen()) return;
    pending = undefined;
    await deps.settings.set('lastBackup', last);
  }

  /** Whether the database holds nothing a restore could lose: no record and no audit entry. */
  async function holdsNothing(): Promise<boolean> {
    return guarded(() =>
      db.transaction('r', [...recordTables, 'audit'], async (tx) => {
        for (const table of [...recordTables, 'audit']) if ((await tx.table(table).count()) > 0) return false;
        return true;
      }),
    );
  }

  async function backUp(kind: BackupKind, where: 'folder' | 'file', ask: boolean): Promise<LastBackup> {
    return busy(kind, async () => {
      const made = await make(kind, db, vault.session());
      const last = await keep(made, where, ask);
      await record(last);
      return last;
    });
  }

  /** The daily backup, when the desktop has a folder and it holds none made today. */
  async function dailyCheck(): Promise<void> {
    if (vault.getState().status !== 'unlocked' || activity.running) return;
    try {
      const host = await deps.host();
      if (!host.backups || (await host.backups.folder()) === null) return;
      const today = localToday(deps.now());
      if ((await host.backups.list()).some((file) => localToday(new Date(file.createdAt)) === today)) return;
      await backUp('daily', 'folder', false);
      update({ failure: null });
    } catch (error) {
      update({ failure: { at: deps.now().toISOString(), error } });
    }
  }

  /** Before a restore: the current data is backed up (unless there is none); throws when it could not be kept. */
  async function protectCurrentData(): Promise<void> {
    if (await holdsNothing()) return;
    const last = await backUp('pre-restore', 'folder', true);
    update({ safeguards: [...activity.safeguards, last] });
  }

  return {
    getState: (): BackupActivity => activity,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** "Back up now": the desktop's folder (asked for when none is chosen, else the save dialog); a browser downloads. */
    backUpNow: (): Promise<LastBackup> => backUp('manual', 'folder', true),

    /** "Download a backup" (the desktop: "Save a copy…", through the save dialog). */
    download: (): Promise<LastBackup> => backUp('manual', 'file', true),

    /** The vault's safeguard: a backup before a schema migration or the conversion; throws when none could be kept. */
    async safeguard(kind: SafeguardKind, session: UnlockedSession): Promise<void> {
      await busy(kind, async () => {
        // Before the conversion the database is open (its plaintext rows are what is backed up);
        // before a migration it is not, and is read at its old version as it is.
        const source = db.isOpen() ? db : await guarded(() => openAsIs(db.name));
        let made: MadeBackup & { checked: boolean };
        try {
          made = await make(kind, source, session);
        } finally {
          if (source !== db) source.close();
        }
        const last = await keep(made, 'folder', true);
        pending = last;
        update({ safeguards: [...activity.safeguards, last] });
      });
    },

    protectCurrentData,

    /** Replaces all data with a verified backup, after backing up the current data. */
    async restore(verified: Parameters<typeof restoreBackup>[0]): Promise<void> {
      await busy('restore', () => restoreBackup(verified, { db, vault, protectCurrentData }));
      update({ restores: activity.restores + 1 });
    },

    /** Daily backups while unlocked: at each unlock, then every hour. Returns the stop. */
    startSchedule(): () => void {
      let timer: ReturnType<typeof setInterval> | undefined;
      const onChange = () => {
        if (vault.getState().status === 'unlocked') {
          void flushPending()
            .catch(() => undefined)
            .then(dailyCheck);
          timer ??= setInterval(() => void dailyCheck(), HOUR);
        } else if (timer !== undefined) {
          clearInterval(timer);
          timer = undefined;
        }
      };
      const unsubscribe = vault.subscribe(onChange);
      onChange();
      return () => {
        unsubscribe();
        if (timer !== undefined) clearInterval(timer);
      };
    },

    /** For tests and Settings: runs the daily check now. */
    dailyCheck,
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
