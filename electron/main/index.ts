/**
 * Roundtable's main process: app lifecycle only. Everything with logic lives in its own
 * module (window, security, protocol, ipc, menu, services) and gets Electron handed in,
 * which is what lets tests run it in plain Node.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import type { Language, LockReason } from '../contract';
import { createContractHandlers } from './handlers';
import { bindContract } from './ipc';
import { lockOnSystemEvents, sendLockRequest } from './lock-requests';
import { aboutMessage, buildMenuTemplate } from './menu';
import { allowedOrigins, APP_ENTRY_URL, devRendererUrl } from './origins';
import { installAppProtocol, registerAppScheme } from './protocol';
import { installAppWideGuards, installSessionGuards, type SecurityDeps } from './security';
import { getAppInfo, type AppInfoDeps } from './services/app-info';
import { startupLanguage } from './services/language';
import { sweepStalePrintDirs } from './services/print-temp-sweep';
import { createSettingsStore, SETTINGS_FILE } from './services/settings';
import { claimSingleInstance } from './single-instance';
import { keepSpellcheckOffline } from './spellcheck';
import { createMainWindow } from './window';
import { clampToDisplays, loadWindowState, WINDOW_STATE_FILE } from './window-state';

// Paths relative to the bundle (out/main/index.js), inside app.asar when packaged.
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));

// electron-vite sets ELECTRON_RENDERER_URL in `dev`; a packaged app ignores it.
const devUrl = devRendererUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const origins = allowedOrigins(devUrl);

// Logged without arguments or inputs: those may hold personal data.
function logError(context: string, error: unknown): void {
  console.error(`[roundtable] ${context}:`, error instanceof Error ? error.message : error);
}

const securityDeps: SecurityDeps = {
  allowedOrigins: origins,
  openExternal: (url) => shell.openExternal(url),
  onError: (error) => logError('security', error),
};

let mainWindow: BrowserWindow | null = null;

// Both must happen before 'ready': privileged schemes cannot be registered later, and the
// sandbox is enforced for every renderer, whatever a later webPreferences says.
registerAppScheme(protocol);
app.enableSandbox();

if (claimSingleInstance(app, () => mainWindow)) {
  installAppWideGuards(app, securityDeps);
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; 'activate' reopens one.
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('startup', error);
      app.exit(1);
    });
}

function start(): void {
  installSessionGuards(session.defaultSession);
  installAppProtocol(protocol, rendererRoot);

  const userData = app.getPath('userData');
  // Chromium keeps Hunspell dictionaries in userData/Dictionaries; none are fetched from the web.
  keepSpellcheckOffline(app, session.defaultSession, join(userData, 'Dictionaries'));
  // Plaintext print files an older version may have left behind when it crashed.
  sweepStalePrintDirs(tmpdir()).catch((error: unknown) => logError('print clean-up', error));
  const settings = createSettingsStore(join(userData, SETTINGS_FILE));
  const appInfo: AppInfoDeps = {
    getVersion: () => app.getVersion(),
    getPreferredSystemLanguages: () => app.getPreferredSystemLanguages(),
    getLocale: () => app.getLocale(),
    platform: process.platform,
  };

  const showAbout = (language: Language) => {
    const options = aboutMessage(language, app.getName(), app.getVersion());
    const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
    shown.catch((error: unknown) => logError('about', error));
  };
  const requestLock = (reason: LockReason) => sendLockRequest(mainWindow, reason);
  lockOnSystemEvents(powerMonitor, requestLock);
  const applyMenu = (language: Language) => {
    const template = buildMenuTemplate(language, {
      appName: app.getName(),
      platform: process.platform,
      isPackaged: app.isPackaged,
      showAbout: () => showAbout(language),
      requestLock: () => requestLock('menu'),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  applyMenu(startupLanguage(settings, getAppInfo(appInfo).osLocale));

  bindContract(ipcMain, createContractHandlers({ app, appInfo, dialog, BrowserWindow, settings, safeStorage, applyMenu }), {
    allowedOrigins: origins,
    onError: (channel, error) => logError(channel, error),
  });

  openMainWindow(userData);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(userData);
  });
}

function openMainWindow(userData: string): void {
  const stateFile = join(userData, WINDOW_STATE_FILE);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const win = createMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    state: clampToDisplays(loadWindowState(stateFile), workAreas),
    preloadPath,
    url: devUrl ?? APP_ENTRY_URL,
    stateFile,
    onError: (error) => logError('window', error),
  });
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
}
