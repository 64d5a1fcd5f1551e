/**
 * Backups in the web edition (issue 11): download a backup, change things, restore the file,
 * and the changes are gone (a backup of the data from before the restore is downloaded
 * first); a damaged file and a file that is no backup are refused with a message and change
 * nothing. The restored data survives a reload (and the unlock it needs).
 *
 * And the first start after the update that brings encryption: the data from before is
 * downloaded as a backup (encrypted with the passphrase just chosen) before it is converted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { saveDownload } from './support/files';
import { largeCityAgreements } from './support/large-city-agreements';
import { confirmRecoveryKey, sessionWords, TEST_PASSPHRASE } from './support/session';
import { decodeBackup } from '../../renderer/src/storage/backup/verify';
import { firstStart, type AppPage } from './pages/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const networkNameField = (page: Page) => page.getByLabel('Name of the network', { exact: true });

async function renameNetwork(page: Page, name: string): Promise<void> {
  await networkNameField(page).fill(name);
  await page.locator('.network-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => page.locator('.notices').textContent()).toContain('Network name saved.');
}

/** Chooses `path` in "Restore from a file…" and waits for the dialog. */
async function chooseBackupFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…', exact: true }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
  await dialog.waitFor();
  return dialog;
}

describe('backup and restore in the web edition', () => {
  it('restores a downloaded backup (the current data downloaded first); a mutated file is refused and changes nothing', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), 'en-GB');
    const app: AppPage = await firstStart(page, 'en', 'example');

    // No backup yet: the overview says so.
    await expect.poll(() => page.getByRole('region', { name: 'Backups' }).textContent()).toContain('There is no backup yet.');

    await app.navigate('Settings');
    await renameNetwork(page, 'Prevention Roundtable Musterstadt');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup', exact: true }).click();
    const backup = await saveDownload(await download);
    expect((await download).suggestedFilename()).toMatch(/^roundtable-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z-manual\.rtbackup$/);
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Backup downloaded');
    // Nothing of what it holds is readable in the file.
    expect(readFileSync(backup).includes(Buffer.from('Musterstadt'))).toBe(false);
    await expect.poll(() => page.getByRole('region', { name: 'Backups' }).first().textContent()).toContain('Last good backup');

    // Changes after the backup: a setting and a new partner.
    await renameNetwork(page, 'Renamed after the backup');
    await app.navigate('Partners');
    await page.getByRole('link', { name: 'New partner' }).first().click();
    await page.locator('form section.card').first().getByLabel('Name', { exact: true }).fill('Partner added after the backup');
    await page.locator('form section.card').first().getByLabel('Sector', { exact: true }).selectOption('police');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Partner added after the backup');

    // Restore the file: verified, previewed, confirmed; the data of now is downloaded first.
    await app.navigate('Settings');
    let dialog = await chooseBackupFile(page, backup);
    await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('The backup is complete and intact');
    expect(await dialog.textContent()).toContain('Your current passphrase stays as it is.');
    expect(await dialog.textContent()).toContain('13 partners');
    const before = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    expect((await before).suggestedFilename()).toMatch(/-pre-restore\.rtbackup$/);
    await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('The backup was restored.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await expect.poll(() => networkNameField(page).inputValue()).toBe('Prevention Roundtable Musterstadt');
    await app.navigate('Partners');
    await expect.poll(() => page.getByRole('link', { name: 'Musterstadt City Council – Community Safety' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('main').getByText('Partner added after the backup').count()).toBe(0);

    // A damaged copy (one byte of its body changed) is refused, and nothing changes.
    const bytes = readFileSync(backup);
    bytes[bytes.length - 100]! ^= 0x01;
    const damaged = backup.replace(/\.rtbackup$/, '-damaged.rtbackup');
    writeFileSync(damaged, bytes);
    await app.navigate('Settings');
    await renameNetwork(page, 'Kept through refused restores');
    dialog = await chooseBackupFile(page, damaged);
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('This backup file is damaged or incomplete');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    // A file that is no backup at all.
    const notBackup = backup.replace(/\.rtbackup$/, '-notes.rtbackup');
    writeFileSync(notBackup, 'Minutes of the last meeting');
    dialog = await chooseBackupFile(page, notBackup);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('This file is not a Roundtable backup.');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await networkNameField(page).inputValue()).toBe('Kept through refused restores');

    // The restored data is what the database holds: after a reload (and unlocking), it is still there.
    await app.reload();
    await app.navigate('Partners');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Partners');
    expect(await page.getByRole('main').getByText('Partner added after the backup').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

/** Makes the profile's database hold data as it was before encryption: plaintext rows, no keyring. */
async function asBeforeEncryption(page: Page, partners: object[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      for (const store of db.objectStoreNames) tx.objectStore(store).clear();
      tx.objectStore('settings').put({ key: 'localUser', value: { name: 'Toni Exempel', organisation: 'Präventionskoordination Musterstadt' } });
      tx.objectStore('settings').put({ key: 'language', value: 'en' });
      tx.objectStore('settings').put({ key: 'onboarding', value: 'empty' });
      for (const partner of rows) tx.objectStore('partners').put(partner);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, partners);
}

describe('the first start after the update that brings encryption (web edition)', () => {
  it('downloads a backup of the data from before, readable with the new passphrase, then encrypts it and says so', async () => {
    const { page, errors } = await openApp(browser, inject('baseUrl'), 'en-GB');
    await firstStart(page, 'en', 'empty');
    const { partners } = largeCityAgreements({ partners: 3, agreements: 0, today: '2026-11-30' });
    await asBeforeEncryption(page, partners);
    await page.reload();

    const words = sessionWords.en;
    await page.getByRole('heading', { level: 1, name: words.convertHeading }).waitFor();
    await page.getByLabel(words.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel(words.repeat, { exact: true }).fill(TEST_PASSPHRASE);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: words.convertSubmit, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/-pre-conversion\.rtbackup$/);
    const file = await saveDownload(await download);
    await confirmRecoveryKey(page, 'en');

    // The overview names the file to keep.
    await expect
      .poll(() => page.getByRole('region', { name: 'Backups' }).textContent())
      .toContain('Before encrypting your data, Roundtable downloaded a backup');
    expect(await page.getByRole('region', { name: 'Backups' }).textContent()).toContain((await download).suggestedFilename());

    // The file holds the data from before, opens with the new passphrase, and nothing of it is readable in it.
    const bytes = new Uint8Array(readFileSync(file));
    expect(Buffer.from(bytes).includes(Buffer.from((partners[0] as { name: string }).name))).toBe(false);
    const verified = await decodeBackup(bytes, { kind: 'passphrase', passphrase: TEST_PASSPHRASE }, { appVersion: '0.1.0' });
    expect(verified.preview).toMatchObject({ kind: 'pre-conversion', encrypted: false });
    expect(verified.preview.records.partners.live).toBe(3);
    expect(errors).toEqual([]);
  });
});
