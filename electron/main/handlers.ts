/**
 * Wires each contract method to its service, handing the services the Electron pieces they
 * need. Kept apart from index.ts so lifecycle code stays short and this stays type-checked
 * against ContractHandlers: adding a channel to contract.ts without a handler fails tsc.
 */
import { join } from 'node:path';
import type { App, BrowserWindow, Dialog, WebContents } from 'electron';
import type { Language } from '../contract';
import type { ContractHandlers } from './ipc';
import { getAppInfo, type AppInfoDeps } from './services/app-info';
import { createBackupService } from './services/backups';
import { createSaveFileHandler } from './services/files';
import { createSetLanguageHandler } from './services/language';
import { createPrintToPdfHandler } from './services/pdf';
import { createQuickUnlockService, QUICK_UNLOCK_FILE, type SafeStorageLike } from './services/quick-unlock';
import type { SettingsStore } from './services/settings';

export interface HandlerDeps {
  app: Pick<App, 'getPath'>;
  appInfo: AppInfoDeps;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  BrowserWindow: typeof BrowserWindow;
  settings: SettingsStore;
  safeStorage: SafeStorageLike;
  applyMenu: (language: Language) => void;
}

export function createContractHandlers(deps: HandlerDeps): ContractHandlers {
  const { BrowserWindow: Window, dialog } = deps;
  // Dialogs are parented to the caller's window so they are modal to it.
  const parentOf = (sender: WebContents) => Window.fromWebContents(sender);
  const documentsDir = () => deps.app.getPath('documents');

  const backups = createBackupService({
    settings: deps.settings,
    showOpenDialog: (sender, options) => {
      const parent = parentOf(sender);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    documentsDir,
  });
  const quickUnlock = createQuickUnlockService({
    safeStorage: deps.safeStorage,
    platform: deps.appInfo.platform,
    file: join(deps.app.getPath('userData'), QUICK_UNLOCK_FILE),
  });

  return {
    appInfo: () => getAppInfo(deps.appInfo),
    saveFile: createSaveFileHandler({
      showSaveDialog: (sender, options) => {
        const parent = parentOf(sender);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      documentsDir,
    }),
    printToPdf: createPrintToPdfHandler({ createWindow: (options) => new Window(options) }),
    setLanguage: createSetLanguageHandler({ settings: deps.settings, applyMenu: deps.applyMenu }),
    backupFolder: () => backups.folder(),
    chooseBackupFolder: (_input, event) => backups.chooseFolder(event.sender),
    // The sender owns its upload: another window cannot add to it, finish or abort it.
    beginBackupWrite: (input, event) => backups.beginWrite(input, event.sender),
    writeBackupChunk: (input, event) => backups.writeChunk(input, event.sender),
    finishBackupWrite: (input, event) => backups.finishWrite(input, event.sender),
    abortBackupWrite: (input, event) => backups.abortWrite(input, event.sender),
    listBackups: () => backups.list(),
    readBackupChunk: (input) => backups.readChunk(input),
    quickUnlockAvailability: () => quickUnlock.availability(),
    quickUnlockIsEnabled: () => quickUnlock.isEnabled(),
    enableQuickUnlock: ({ dataKey }) => quickUnlock.enable(dataKey),
    quickUnlock: () => quickUnlock.unlock(),
    disableQuickUnlock: () => quickUnlock.disable(),
  };
}
