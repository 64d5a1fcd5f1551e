import type { Language } from '../../../electron/contract';

export interface SaveRequest {
  suggestedName: string;
  data: Uint8Array<ArrayBuffer>;
  mimeType: string;
  filters: { name: string; extensions: string[] }[];
}

export type SaveOutcome = { status: 'saved'; fileName: string } | { status: 'cancelled' };

export interface PdfRequest {
  suggestedName: string;
  /** The document with its styles inline: printed by the desktop shell with scripts off. */
  inlineHtml: string;
  /** The same document linking its stylesheet: a browser's CSP forbids inline styles. */
  linkedHtml: string;
}

/** The web edition cannot write a PDF itself: it opens the browser's print dialog. */
export type PdfOutcome = SaveOutcome | { status: 'printing' };

/** Why the desktop shell asks the app to lock: its menu item, the OS going to sleep, or the screen locking. */
export type LockReason = 'menu' | 'suspend' | 'lock-screen';

/** What the automatic backups are for; also written into each file's name. */
export type BackupKind = 'daily' | 'manual' | 'pre-migration' | 'pre-restore' | 'pre-conversion';

export interface BackupFileInfo {
  fileName: string;
  kind: BackupKind;
  /** When the backup was made (ISO instant, from the file name). */
  createdAt: string;
  bytes: number;
}

export interface BackupWritten extends BackupFileInfo {
  /** Read back from the disk after writing and found byte for byte what was sent. */
  verifiedAt: string;
  /** Older backups the rotation removed (7 daily, 4 weekly, 12 monthly are kept). */
  removed: string[];
}

/**
 * The desktop's backup folder, chosen by the coordinator. Main writes each file atomically,
 * reads it back to check it, and rotates old ones; it never sees a key (the bytes arrive
 * encrypted).
 */
export interface BackupFolder {
  /** The chosen folder, or null when none is chosen yet. */
  folder(): Promise<string | null>;
  chooseFolder(): Promise<{ status: 'chosen'; folder: string } | { status: 'cancelled' }>;
  /** `maxAgeMonths`: the longest retention period; the rotation removes backups older than it. */
  write(request: { kind: BackupKind; createdAt: string; data: Uint8Array<ArrayBuffer>; maxAgeMonths: number }): Promise<BackupWritten>;
  /** The backups in the folder, newest first. */
  list(): Promise<BackupFileInfo[]>;
  read(fileName: string): Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * Desktop only: the data key kept by the operating system's secret store (Electron
 * safeStorage), so the coordinator can unlock without the passphrase on this computer.
 * Never offered when the store would keep it in plain text (Linux's basic_text backend).
 */
export interface QuickUnlock {
  availability(): Promise<{ available: true } | { available: false; reason: 'plain-text-store' | 'no-secret-store' }>;
  isEnabled(): Promise<boolean>;
  enable(dataKey: Uint8Array<ArrayBuffer>): Promise<void>;
  /** The data key, or null when quick unlock is off or the OS refused to decrypt it. */
  unlock(): Promise<Uint8Array<ArrayBuffer> | null>;
  disable(): Promise<void>;
}

/** What the app asks of its host: the desktop shell, or a plain browser. */
export interface Platform {
  kind: 'desktop' | 'web';
  version(): Promise<string>;
  /** The operating system's or browser's locale, e.g. "de-DE". */
  osLocale(): Promise<string>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  savePdf(request: PdfRequest): Promise<PdfOutcome>;
  /** Tells the host the UI language (the desktop menu follows it). */
  setLanguage(language: Language): Promise<void>;
  /** The desktop's backup folder; undefined in a browser, which downloads backups instead. */
  backups?: BackupFolder;
  /** Desktop quick unlock; undefined in a browser. */
  quickUnlock?: QuickUnlock;
  /** Calls `listener` when the host asks the app to lock; returns the unsubscribe. A browser never asks. */
  onLockRequest(listener: (reason: LockReason) => void): () => void;
}

/** A call to the host failed; `code` says whose fault, `issues` what to fix. */
export class PlatformError extends Error {
  constructor(
    readonly code: 'invalid-input' | 'forbidden-sender' | 'failed',
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    /** A known cause of a failure (see electron's BACKUP_MESSAGES), for a translated message. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
