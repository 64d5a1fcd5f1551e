import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(fileURLToPath(new URL('../../../electron-builder.json', import.meta.url)), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
};

describe('electron-builder.json', () => {
  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('packs only the build output into an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json']);
    expect(config).toMatchObject({ appId: 'org.roundtable.app', productName: 'Roundtable', directories: { output: 'dist' } });
  });

  it('builds AppImage and deb, NSIS and DMG', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'], category: 'Office' },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    expect((config.linux as { maintainer?: string }).maintainer).toBeTruthy();
  });
});
