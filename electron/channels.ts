/**
 * Every IPC channel name, and the method name under which preload exposes it on
 * `window.api`. Kept free of imports so the sandboxed preload bundle stays tiny;
 * the schemas live in `contract.ts`.
 */
export const channels = {
  appInfo: 'app:info',
  saveFile: 'file:save',
  printToPdf: 'pdf:print',
  setLanguage: 'app:set-language',
  backupFolder: 'backup:folder',
  chooseBackupFolder: 'backup:choose-folder',
  beginBackupWrite: 'backup:write-begin',
  writeBackupChunk: 'backup:write-chunk',
  finishBackupWrite: 'backup:write-finish',
  abortBackupWrite: 'backup:write-abort',
  listBackups: 'backup:list',
  readBackupChunk: 'backup:read-chunk',
  quickUnlockAvailability: 'quick-unlock:availability',
  quickUnlockIsEnabled: 'quick-unlock:is-enabled',
  enableQuickUnlock: 'quick-unlock:enable',
  quickUnlock: 'quick-unlock:unlock',
  disableQuickUnlock: 'quick-unlock:disable',
} as const;

export type ApiMethod = keyof typeof channels;
export type ChannelName = (typeof channels)[ApiMethod];

/**
 * The one message main sends to the renderer unasked: "lock now", with why. Preload
 * subscribes to this channel only, and passes on only a reason from LOCK_REASONS.
 */
export const LOCK_REQUEST_CHANNEL = 'app:lock-requested';

/** The menu item (or its Ctrl/Cmd+L), the OS going to sleep, the screen locking. */
export const LOCK_REASONS = ['menu', 'suspend', 'lock-screen'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];
