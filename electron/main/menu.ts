/**
 * The application menu, in the user's language. Labels come from locales/{en,de}/menu.json
 * (bundled into main at build time), so translators edit them next to the renderer's strings.
 * Most items use Electron roles, which bring the platform's accelerators and behaviour.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract';
import de from '../../locales/de/menu.json';
import en from '../../locales/en/menu.json';

export type MenuLabels = typeof en;

// `satisfies` makes tsc fail if the German file misses a key the English one has.
const LABELS = { en, de: de satisfies MenuLabels } as const;

export function menuLabels(language: Language): MenuLabels {
  return LABELS[language];
}

/** Fills "{{name}}" placeholders, the same syntax i18next uses in the renderer's locales. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => values[key] ?? match);
}

export interface MenuOptions {
  appName: string;
  platform: string;
  /** Reload and devtools are for developers; a packaged app must not offer them. */
  isPackaged: boolean;
  showAbout: () => void;
  /** Asks the renderer to lock (lock-requests.ts). */
  requestLock: () => void;
}

export function buildMenuTemplate(language: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = menuLabels(language);
  const isMac = options.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const macAppMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: t.help.about, click: options.showAbout },
      separator,
      { role: 'services', label: t.app.services },
      separator,
      { role: 'hide', label: t.app.hide },
      { role: 'hideOthers', label: t.app.hideOthers },
      { role: 'unhide', label: t.app.showAll },
      separator,
      { role: 'quit', label: t.file.quit },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [separator, { role: 'reload', label: t.view.reload }, { role: 'toggleDevTools', label: t.view.toggleDevTools }];

  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: t.file.title,
      submenu: [
        // Ctrl+L is the browser's address bar; the app has none, so the shortcut is free.
        { label: t.file.lock, accelerator: 'CmdOrCtrl+L', click: options.requestLock },
        separator,
        isMac ? { role: 'close', label: t.file.closeWindow } : { role: 'quit', label: t.file.quit },
      ],
    },
    {
      label: t.edit.title,
      submenu: [
        { role: 'undo', label: t.edit.undo },
        { role: 'redo', label: t.edit.redo },
        separator,
        { role: 'cut', label: t.edit.cut },
        { role: 'copy', label: t.edit.copy },
        { role: 'paste', label: t.edit.paste },
        { role: 'selectAll', label: t.edit.selectAll },
      ],
    },
    {
      label: t.view.title,
      submenu: [
        { role: 'zoomIn', label: t.view.zoomIn },
        { role: 'zoomOut', label: t.view.zoomOut },
        { role: 'resetZoom', label: t.view.resetZoom },
        separator,
        { role: 'togglefullscreen', label: t.view.toggleFullScreen },
        ...developerItems,
      ],
    },
    {
      label: t.window.title,
      submenu: [
        { role: 'minimize', label: t.window.minimize },
        // On macOS "close" already sits in the File menu; the Window menu has its own idioms.
        ...(isMac
          ? ([{ role: 'zoom', label: t.window.zoom }, separator, { role: 'front', label: t.window.front }] as const)
          : ([{ role: 'close', label: t.window.close }] as const)),
      ],
    },
    {
      label: t.help.title,
      submenu: [{ label: t.help.about, click: options.showAbout }],
    },
  ];
}

/** What the About box says: name and version, in the menu's language. */
export function aboutMessage(language: Language, appName: string, version: string) {
  const t = menuLabels(language);
  return {
    type: 'info' as const,
    title: t.help.about,
    message: appName,
    detail: interpolate(t.help.aboutVersion, { version }),
    buttons: [t.help.ok],
  };
}
