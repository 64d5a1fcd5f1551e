/**
 * The typed IPC contract: for every channel, the zod schema its input must pass and the
 * type of its output. Main validates every call against it (ipc.ts), preload exposes one
 * method per channel (preload/index.ts), and the renderer reaches it only through
 * `renderer/src/platform/`.
 */
import { z } from 'zod';
import { BACKUP_KINDS, parseBackupFileName, type BackupKind } from './backup-names';
import { channels, LOCK_REASONS, type ApiMethod, type LockReason } from './channels';

export { BACKUP_KINDS, channels, LOCK_REASONS };
export type { ApiMethod, BackupKind, LockReason };

/** Largest file the renderer may hand to main for saving (exports, backups). */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
/**
 * Largest backup file main writes or reads back: a whole city's records over ten years,
 * encrypted, with room to spare (the biggest networks are about 600 MB today).
 */
export const MAX_BACKUP_BYTES = 4 * 1024 ** 3;
/**
 * Largest piece of a backup in one IPC message. Backups travel in chunks because Electron's
 * serializer fails (and can crash the process) on a message of 512 MiB or more
 * (electron/electron#53961), so no single message may come near that.
 */
export const MAX_BACKUP_CHUNK_BYTES = 64 * 1024 ** 2;
/** The data key that quick unlock keeps: AES-256, so exactly 32 bytes. */
export const DATA_KEY_BYTES = 32;
/** Largest HTML document main will print to PDF. */
export const MAX_PRINT_HTML_CHARS = 20 * 1024 * 1024;

export const languageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof languageSchema>;

const fileFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i, 'extension: letters and digits only, no dot'))
    .min(1)
    .max(10),
});

/**
 * A file name the user is offered in the save dialog. It is a suggestion only (the user
 * picks the real path), but it must never smuggle a directory: no separators, no "..".
 */
const suggestedNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  // Control characters (U+0000-U+001F) are exactly what this rule is meant to catch.
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'file name has a forbidden character')
  .refine((name) => name !== '.' && name !== '..', 'file name is not a name');

export const saveFileInputSchema = z.strictObject({
  suggestedName: suggestedNameSchema,
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'file is larger than 100 MB'),
  filters: z.array(fileFilterSchema).max(10).default([]),
});

export const printToPdfInputSchema = z.strictObject({
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
  pageSize: z.enum(['A4', 'Letter']).default('A4'),
  landscape: z.boolean().default(false),
});

export const setLanguageInputSchema = z.strictObject({ language: languageSchema });

export const backupKindSchema = z.enum(BACKUP_KINDS);

/**
 * An ISO instant in UTC as `Date#toISOString` writes it (milliseconds optional), and a real
 * one: 2026-02-30 or 24:00 would silently become another day in the file name.
 */
const isoInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'createdAt: an ISO instant in UTC, e.g. 2026-12-01T16:42:05Z')
  .refine((value) => {
    const date = new Date(value);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === value.slice(0, 19);
  }, 'createdAt: no such date or time');

/**
 * The range of `maxAgeMonths`: the retention schedule's own limits (renderer domain/retention.ts
 * retentionMonthLimits; a unit test holds the two together).
 */
export const BACKUP_MAX_AGE_MONTHS = { min: 1, max: 120 } as const;

/**
 * Announces a backup: what it is, how long, and its SHA-256 (hex), which main checks at the
 * end; and the longest retention period in months, past which the rotation removes older
 * backups (backup-rotation.ts).
 */
export const beginBackupWriteInputSchema = z.strictObject({
  kind: backupKindSchema,
  createdAt: isoInstantSchema,
  bytes: z.number().int().min(1, 'backup is empty').max(MAX_BACKUP_BYTES, 'backup is larger than 4 GiB'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lower-case hex digits'),
  maxAgeMonths: z
    .number()
    .int('maxAgeMonths: a whole number of months')
    .min(BACKUP_MAX_AGE_MONTHS.min, `maxAgeMonths: at least ${BACKUP_MAX_AGE_MONTHS.min}`)
    .max(BACKUP_MAX_AGE_MONTHS.max, `maxAgeMonths: at most ${BACKUP_MAX_AGE_MONTHS.max}`),
});

/** The id `beginBackupWrite` returned (a random UUID), never anything that could be a path. */
const uploadIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'not an upload id');
const backupOffsetSchema = z.number().int().min(0).max(MAX_BACKUP_BYTES);

export const writeBackupChunkInputSchema = z.strictObject({
  uploadId: uploadIdSchema,
  /** Where this chunk starts: exactly the number of bytes sent so far. */
  offset: backupOffsetSchema,
  data: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0, 'chunk is empty')
    .refine((bytes) => bytes.byteLength <= MAX_BACKUP_CHUNK_BYTES, 'chunk is larger than 64 MiB'),
});

export const backupUploadInputSchema = z.strictObject({ uploadId: uploadIdSchema });

/** Only a name `listBackups` could return: never a path, never another file in the folder. */
export const readBackupChunkInputSchema = z.strictObject({
  fileName: z
    .string()
    .max(120)
    .refine((name) => parseBackupFileName(name) !== null, 'not the name of a Roundtable backup file'),
  offset: backupOffsetSchema,
  length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES, 'chunk is larger than 64 MiB'),
});

export const enableQuickUnlockInputSchema = z.strictObject({
  dataKey: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength === DATA_KEY_BYTES, `data key must be ${DATA_KEY_BYTES} bytes`),
});

export interface AppInfo {
  version: string;
  /** The operating system's locale, e.g. "de-DE"; decides the first-start language. */
  osLocale: string;
  platform: string;
}

export type SaveFileOutput = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface BackupFileInfo {
  fileName: string;
  kind: BackupKind;
  /** When the backup was made (ISO instant, from the file name). */
  createdAt: string;
  bytes: number;
}

export interface BackupWritten extends BackupFileInfo {
  /** When the file was read back and found byte for byte what was sent. */
  verifiedAt: string;
  /** Older backups the rotation removed. */
  removed: string[];
}

export interface BeginBackupWriteOutput {
  uploadId: string;
}

export interface BackupChunk {
  data: Uint8Array;
  /** The whole file's size when this chunk was read, so the reader notices a file that changed. */
  fileBytes: number;
}

export type ChooseBackupFolderOutput = { status: 'chosen'; folder: string } | { status: 'cancelled' };

export type QuickUnlockAvailability = { available: true } | { available: false; reason: 'plain-text-store' | 'no-secret-store' };

export const contract = {
  appInfo: { channel: channels.appInfo, input: z.undefined() },
  saveFile: { channel: channels.saveFile, input: saveFileInputSchema },
  printToPdf: { channel: channels.printToPdf, input: printToPdfInputSchema },
  setLanguage: { channel: channels.setLanguage, input: setLanguageInputSchema },
  backupFolder: { channel: channels.backupFolder, input: z.undefined() },
  chooseBackupFolder: { channel: channels.chooseBackupFolder, input: z.undefined() },
  beginBackupWrite: { channel: channels.beginBackupWrite, input: beginBackupWriteInputSchema },
  writeBackupChunk: { channel: channels.writeBackupChunk, input: writeBackupChunkInputSchema },
  finishBackupWrite: { channel: channels.finishBackupWrite, input: backupUploadInputSchema },
  abortBackupWrite: { channel: channels.abortBackupWrite, input: backupUploadInputSchema },
  listBackups: { channel: channels.listBackups, input: z.undefined() },
  readBackupChunk: { channel: channels.readBackupChunk, input: readBackupChunkInputSchema },
  quickUnlockAvailability: { channel: channels.quickUnlockAvailability, input: z.undefined() },
  quickUnlockIsEnabled: { channel: channels.quickUnlockIsEnabled, input: z.undefined() },
  enableQuickUnlock: { channel: channels.enableQuickUnlock, input: enableQuickUnlockInputSchema },
  quickUnlock: { channel: channels.quickUnlock, input: z.undefined() },
  disableQuickUnlock: { channel: channels.disableQuickUnlock, input: z.undefined() },
} as const satisfies Record<ApiMethod, { channel: string; input: z.ZodType }>;

/** What each method resolves to once main's handler succeeds. */
export interface ContractOutputs {
  appInfo: AppInfo;
  saveFile: SaveFileOutput;
  printToPdf: Uint8Array;
  setLanguage: void;
  /** The chosen folder's path, or null before one is chosen. */
  backupFolder: string | null;
  chooseBackupFolder: ChooseBackupFolderOutput;
  beginBackupWrite: BeginBackupWriteOutput;
  writeBackupChunk: void;
  /** Once the file is checked against what `beginBackupWrite` announced, renamed, read back and rotated. */
  finishBackupWrite: BackupWritten;
  /** Also when the upload is already gone (timed out, finished): there is nothing left to remove. */
  abortBackupWrite: void;
  /** Newest first. */
  listBackups: BackupFileInfo[];
  readBackupChunk: BackupChunk;
  quickUnlockAvailability: QuickUnlockAvailability;
  quickUnlockIsEnabled: boolean;
  enableQuickUnlock: void;
  /** The data key, or null when quick unlock is off or the OS would not decrypt it. */
  quickUnlock: Uint8Array | null;
  disableQuickUnlock: void;
}

export type ContractInput<M extends ApiMethod> = z.input<(typeof contract)[M]['input']>;
export type ContractParsedInput<M extends ApiMethod> = z.output<(typeof contract)[M]['input']>;

/**
 * Why a call failed. `invalid-input` and `forbidden-sender` are the caller's fault;
 * `failed` is the operating system's (disk full, permission denied, print error).
 */
export type IpcErrorCode = 'invalid-input' | 'forbidden-sender' | 'failed';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** For invalid-input: which field and why, so the renderer can say what to fix. */
  issues?: { path: string; message: string }[];
  /** For failed: a known cause (e.g. a backup folder's disk is full), for a translated message. */
  reason?: string;
}

/**
 * Every handler answers with this envelope rather than throwing: Electron flattens thrown
 * errors into a string, and the renderer needs the code to show a translated message.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** One method per contract channel, each resolving to its result envelope. */
export type RoundtableInvokeApi = {
  [M in ApiMethod]: (...args: ContractInput<M> extends undefined ? [] : [input: ContractInput<M>]) => Promise<IpcResult<ContractOutputs[M]>>;
};

/** The shape of `window.api` as preload exposes it: the invoke methods and one subscription. */
export type RoundtableApi = RoundtableInvokeApi & {
  /** Calls `listener` when main asks the app to lock (menu, suspend, screen lock); returns the unsubscribe. */
  onLockRequest(listener: (reason: LockReason) => void): () => void;
};
