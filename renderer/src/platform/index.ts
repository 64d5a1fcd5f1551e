/**
 * The one place that knows whether we run in the desktop shell or a browser. The rest of
 * the renderer asks `platform` and never touches `window.api`.
 */
import type { RoundtableApi } from '../../../electron/contract';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

function detect(): Platform {
  const api = (window as unknown as { api?: RoundtableApi }).api;
  return api ? createElectronPlatform(api) : createBrowserPlatform();
}

export const platform: Platform = detect();
export {
  PlatformError,
  type BackupFileInfo,
  type BackupFolder,
  type BackupKind,
  type BackupWritten,
  type LockReason,
  type QuickUnlock,
  type PdfOutcome,
  type PdfRequest,
  type Platform,
  type SaveOutcome,
  type SaveRequest,
} from './types';
