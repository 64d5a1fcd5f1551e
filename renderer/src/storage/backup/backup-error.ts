/**
 * Everything that can be wrong with a backup file, or with making one, as one error with a
 * problem the UI translates (locales/<lang>/errors.json, `backup.*`). Reading a backup never
 * throws anything else: a file from outside is untrusted input, and a bad one gets a message,
 * never a crash.
 */

export type BackupProblem =
  /** Not a Roundtable backup at all (another file was chosen). */
  | 'notBackup'
  /** A backup, but damaged or cut off: it does not decrypt or decompress, or its checksum is wrong. */
  | 'damaged'
  /** Larger than any backup Roundtable reads. */
  | 'tooLarge'
  /** Made by a newer version of Roundtable (a newer file format or app version). */
  | 'newerApp'
  /** Holds data of a newer database schema than this version knows. */
  | 'newerSchema'
  /** Made with another keyring than the open one: the passphrase or recovery key is needed. */
  | 'needsSecret'
  | 'wrongPassphrase'
  | 'wrongRecoveryKey'
  /** What was typed cannot be a recovery key (a typo, a missing group). */
  | 'recoveryKeyFormat'
  /** It decrypts, but what it holds is not valid: `details` names the table and row. */
  | 'invalid'
  /** The audit trail in it is broken: `details` names the entry. */
  | 'chainBroken'
  /** Data of an older schema could not be brought up to date. */
  | 'migration'
  /** The local database failed while the backup was checked or restored (full disk…). */
  | 'storage'
  /** A backup needed before going on (update, conversion, restore) was not made: no place to keep it was chosen. */
  | 'safeguardCancelled'
  /** A backup could not be written (the folder, the disk); `details.reason` says why, in the host's words. */
  | 'writeFailed'
  /** Nothing else fits: a safety net that tests make sure is never reached. */
  | 'unreadable';

export interface BackupProblemDetails {
  /** The table (object store) the bad row is in. */
  table?: string;
  /** The row's id (never anything personal), or its position when it has none. */
  row?: string;
  /** The field the schema objected to, as a path. */
  field?: string;
  /** The audit entry where the chain breaks, and how. */
  seq?: number;
  reason?: string;
  /** The version that made the file, for the "newer" problems. */
  version?: string;
  /** What the backup was for, for safeguardCancelled. */
  kind?: string;
}

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly details: BackupProblemDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`backup: ${problem}${Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ''}`, options);
    this.name = 'BackupError';
  }
}

/** Every problem, e.g. for tests that check each has a message. */
export const backupProblems: readonly BackupProblem[] = [
  'notBackup',
  'damaged',
  'tooLarge',
  'newerApp',
  'newerSchema',
  'needsSecret',
  'wrongPassphrase',
  'wrongRecoveryKey',
  'recoveryKeyFormat',
  'invalid',
  'chainBroken',
  'migration',
  'storage',
  'safeguardCancelled',
  'writeFailed',
  'unreadable',
];

/** Runs `work`; anything it throws that is not a BackupError becomes one with `problem`. */
export async function asBackupError<T>(problem: BackupProblem, work: () => Promise<T>, details?: BackupProblemDetails): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(problem, details, { cause: error });
  }
}
