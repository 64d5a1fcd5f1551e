import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { AppPage, CoveragePage, firstStart } from './pages/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('language switch and archiving', () => {
  it('switches from German to English at once and remembers it', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    const app = await firstStart(page, 'de', 'example');
    await app.navigate('Einstellungen');
    await expect.poll(() => app.heading().textContent()).toBe('Einstellungen');
    await page.getByRole('radio', { name: 'English' }).click();

    await expect.poll(() => app.heading().textContent()).toBe('Settings');
    expect(await page.getByRole('navigation').textContent()).toContain('Partners');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await app.reload();
    expect(await app.heading().textContent()).toBe('Settings');
    await app.navigate('Overview');
    const coverage = new CoveragePage(page);
    await expect.poll(() => coverage.sector('Mental-health service').textContent()).toContain('Missing');
    // The example network was loaded in German: its data stays as entered.
    await app.navigate('Partners');
    await expect.poll(() => page.getByRole('link', { name: 'Polizeipräsidium Musterstadt' }).isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('starts in English for a non-German system, archives with confirmation from the keyboard, and restores', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    const app = await firstStart(page, 'en', 'example');
    await expect.poll(() => app.heading().textContent()).toBe('Overview');
    await expect.poll(() => page.getByText('Active partners').isVisible()).toBe(true);
    expect(await new CoveragePage(page).sector('Police').textContent()).toContain('Covered');

    await app.navigate('Partners');
    await page.getByRole('link', { name: 'Musterstadt Police', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Musterstadt Police');

    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.getByRole('heading').textContent()).toBe('Archive Musterstadt Police?');
    // Escape cancels; nothing changes.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Archive partner' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('This partner is archived.', { exact: false }).isVisible()).toBe(true);

    await app.navigate('Overview');
    await expect.poll(() => new CoveragePage(page).sector('Police').textContent()).toContain('Missing');

    await app.navigate('Partners');
    expect(await page.getByRole('link', { name: 'Musterstadt Police', exact: true }).count()).toBe(0);
    await page.getByLabel('Show archived').click();
    await page.getByRole('link', { name: 'Musterstadt Police', exact: true }).click();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Archive' }).isVisible()).toBe(true);
    await app.navigate('Overview');
    await expect.poll(() => new CoveragePage(page).sector('Police').textContent()).toContain('Covered');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('opens a sector from the coverage view as a filtered partner list', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    await firstStart(page, 'en', 'example');
    await page.getByRole('link', { name: 'Show partners in Youth organisation' }).click();
    await expect.poll(() => new AppPage(page).heading().textContent()).toBe('Partners');
    expect(await page.getByLabel('Sector').inputValue()).toBe('youth');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Nordstadt Youth Centre' }).isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
