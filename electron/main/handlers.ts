/**
 * Wires each contract method to its service, handing the services the Electron pieces they
 * need. Kept apart from index.ts so lifecycle code stays short and this stays type-checked
 * against ContractHandlers: adding a channel to contract.ts without a handler fails tsc.
 */
import { tmpdir } from 'node:os';
import type { App, BrowserWindow, Dialog } from 'electron';
import type { Language } from '../contract';
import type { ContractHandlers } from './ipc';
import { getAppInfo, type AppInfoDeps } from './services/app-info';
import { createSaveFileHandler } from './services/files';
import { createSetLanguageHandler } from './services/language';
import { createPrintToPdfHandler } from './services/pdf';
import type { SettingsStore } from './services/settings';

export interface HandlerDeps {
  app: Pick<App, 'getPath'>;
  appInfo: AppInfoDeps;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  BrowserWindow: typeof BrowserWindow;
  settings: SettingsStore;
  applyMenu: (language: Language) => void;
}

export function createContractHandlers(deps: HandlerDeps): ContractHandlers {
  const { BrowserWindow: Window, dialog } = deps;
  return {
    appInfo: () => getAppInfo(deps.appInfo),
    saveFile: createSaveFileHandler({
      // Parented to the caller's window so the dialog is modal to it.
      showSaveDialog: (sender, options) => {
        const parent = Window.fromWebContents(sender);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      documentsDir: () => deps.app.getPath('documents'),
    }),
    printToPdf: createPrintToPdfHandler({
      createWindow: (options) => new Window(options),
      tempDir: tmpdir,
    }),
    setLanguage: createSetLanguageHandler({ settings: deps.settings, applyMenu: deps.applyMenu }),
  };
}
