import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutMessage, buildMenuTemplate, interpolate, type MenuOptions } from '../../../electron/main/menu';

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  appName: 'Roundtable',
  platform: 'linux',
  isPackaged: true,
  showAbout: vi.fn(),
  requestLock: vi.fn(),
  ...overrides,
});

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}

function roles(menu: MenuItemConstructorOptions[]): string[] {
  return menu.flatMap((item) => [item.role ?? '', ...roles(submenu(item))]).filter(Boolean);
}

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function readLocale(language: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../../locales/${language}/menu.json`, import.meta.url)), 'utf8'));
}

describe('menu locales', () => {
  it('have identical key sets in English and German', () => {
    expect(keyPaths(readLocale('de')).sort()).toEqual(keyPaths(readLocale('en')).sort());
  });
});

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help in English', () => {
    const template = buildMenuTemplate('en', options());
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(template[1]).map((item) => item.label)).toEqual(['Undo', 'Redo', undefined, 'Cut', 'Copy', 'Paste', 'Select All']);
  });

  it('is translated in German', () => {
    const template = buildMenuTemplate('de', options());
    expect(template.map((item) => item.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']);
    expect(submenu(template[0])[0]).toMatchObject({ label: 'Sperren', accelerator: 'CmdOrCtrl+L' });
    expect(submenu(template[0])[2]).toMatchObject({ role: 'quit', label: 'Roundtable beenden' });
    expect(submenu(template[4])[0]?.label).toBe('Über Roundtable');
  });

  it('has the edit, zoom and full-screen roles', () => {
    const all = roles(buildMenuTemplate('en', options()));
    for (const role of ['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']) {
      expect(all).toContain(role);
    }
  });

  it('offers reload and devtools only when not packaged', () => {
    const packaged = roles(buildMenuTemplate('en', options({ isPackaged: true })));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = roles(buildMenuTemplate('en', options({ isPackaged: false })));
    expect(dev).toContain('reload');
    expect(dev).toContain('toggleDevTools');
  });

  it('Help > About shows the about box', () => {
    const showAbout = vi.fn();
    const about = submenu(buildMenuTemplate('en', options({ showAbout }))[4])[0];
    expect(about?.label).toBe('About Roundtable');
    (about?.click as () => void)();
    expect(showAbout).toHaveBeenCalled();
  });

  it('File > Lock (Ctrl/Cmd+L) asks the app to lock', () => {
    const requestLock = vi.fn();
    const lock = submenu(buildMenuTemplate('en', options({ requestLock }))[0])[0];
    expect(lock).toMatchObject({ label: 'Lock', accelerator: 'CmdOrCtrl+L' });
    (lock?.click as () => void)();
    expect(requestLock).toHaveBeenCalledTimes(1);
  });

  it('adds the app menu on macOS', () => {
    const template = buildMenuTemplate('de', options({ platform: 'darwin' }));
    expect(template[0]?.label).toBe('Roundtable');
    expect(roles(submenu(template[0]))).toEqual(expect.arrayContaining(['hide', 'quit']));
    expect(submenu(template[1])[0]).toMatchObject({ label: 'Sperren', accelerator: 'CmdOrCtrl+L' });
    expect(submenu(template[1])[2]).toMatchObject({ role: 'close', label: 'Fenster schließen' });
  });
});

describe('aboutMessage', () => {
  it('shows name and version in the chosen language', () => {
    expect(aboutMessage('en', 'Roundtable', '1.4.0')).toMatchObject({
      title: 'About Roundtable',
      message: 'Roundtable',
      detail: 'Version 1.4.0',
    });
    expect(aboutMessage('de', 'Roundtable', '1.4.0').title).toBe('Über Roundtable');
  });

  it('interpolate leaves unknown placeholders alone', () => {
    expect(interpolate('{{a}} {{ b }}', { b: 'B' })).toBe('{{a}} B');
  });
});
