/**
 * A very long agenda stays usable: the meeting page shows a page of items at a time, and
 * every item is still within reach (paging, a jump by number) and editable. Behaviour
 * only: how fast it is belongs to `npm run bench:meeting`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser } from './support/browser';
import { seedLargeMeeting } from './support/seed-large-meeting';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A fresh profile in Berlin time with the example network and a seeded meeting, opened. */
async function openSeededMeeting(locale: 'en-GB' | 'de-DE', items: number, title: string, attendees = 24) {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const baseUrl = inject('baseUrl');
  await page.goto(baseUrl);
  await firstStart(page, locale === 'en-GB' ? 'en' : 'de', 'example');
  const seeded = await seedLargeMeeting(page, { items, title, attendees });
  await page.goto(`${baseUrl}#/meetings/${seeded.meetingId}`);
  // The app's own connection must read the rows written beside it.
  await reloadAndUnlock(page);
  return { context, page, errors, seeded, app: new AppPage(page) };
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/**
 * After each write the page re-reads the meeting's agenda (thousands of items here), which on a
 * busy CI machine can take seconds: these tests wait for behaviour, the benchmark measures time.
 */
const patiently = { timeout: 30_000 };

describe('a meeting with a very long agenda', () => {
  it('opens 10,000 items a page at a time, reaches item 9,999 by number and saves its minutes', { timeout: 240_000 }, async () => {
    const { context, page, errors, app } = await openSeededMeeting('en-GB', 10_000, 'City-wide prevention conference');
    const pager = page.getByRole('navigation', { name: 'Agenda pages', exact: true });

    await page.getByRole('heading', { name: 'Item 1: Matters arising', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Item 2: Topic 2', exact: true }).isVisible()).toBe(true);
    expect(await app.heading().textContent()).toBe('City-wide prevention conference');
    // The window title names the kind of page only: the browser keeps window titles on disk.
    expect(await page.title()).toBe('Meeting – Roundtable');
    expect(await pager.getByText('Items 1–50 of 10,000').isVisible()).toBe(true);
    expect(await page.locator('.agenda-item').count()).toBe(50);
    // Matters arising still lists the open actions of earlier meetings in the series.
    expect(await page.locator('.arising li').count()).toBeGreaterThan(0);

    // By keyboard: the item number, then Enter.
    await pager.getByLabel('Item number', { exact: true }).focus();
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    const target = page.getByRole('listitem', { name: 'Item 9,999: Topic 9999', exact: true });
    await target.waitFor();
    await expect.poll(() => focusedText(page), patiently).toBe('Item 9,999: Topic 9999');
    expect(await pager.getByText('Items 9,951–10,000 of 10,000').isVisible()).toBe(true);
    expect(page.url()).toMatch(/[?&]page=200\b/);
    expect(await page.locator('.agenda-item').count()).toBe(50);

    await target.getByRole('button', { name: 'Edit “Topic 9999”' }).click();
    const editor = page.locator('.agenda-editor');
    await editor.getByLabel('Minutes', { exact: true }).fill('Agreed: **joint training** for all schools.');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => target.locator('.markdown').textContent(), patiently).toBe('Agreed: joint training for all schools.');
    expect(await app.notices().textContent()).toContain('Agenda item saved.');

    // A reload keeps the page, and the minutes were stored.
    await reloadAndUnlock(page);
    await target.waitFor();
    expect(await target.locator('.markdown').textContent()).toBe('Agreed: joint training for all schools.');
    expect(await app.heading().textContent()).toBe('City-wide prevention conference');
    expect(await page.locator('.agenda-item').count()).toBe(50);

    // Paging back by one, and a number out of range, which moves nothing.
    await pager.getByRole('button', { name: /Previous/ }).click();
    await expect.poll(() => pager.getByText('Items 9,901–9,950 of 10,000').isVisible(), patiently).toBe(true);
    expect(page.url()).toMatch(/[?&]page=199\b/);
    await pager.getByLabel('Item number', { exact: true }).fill('10001');
    await pager.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => pager.getByText('Enter a number from 1 to 10,000.').isVisible(), patiently).toBe(true);
    expect(await pager.getByText('Items 9,901–9,950 of 10,000').isVisible()).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an item in view when it is moved onto the next page or added at the end, in German', { timeout: 120_000 }, async () => {
    const { context, page, errors } = await openSeededMeeting('de-DE', 120, 'Fachtag Prävention', 150);
    const pager = page.getByRole('navigation', { name: 'Seiten der Tagesordnung', exact: true });
    await page.getByRole('heading', { name: 'TOP 50: Topic 50', exact: true }).waitFor();
    expect(await pager.getByText('TOP 1–50 von 120').isVisible()).toBe(true);

    // Item 50 moved down becomes item 51, on page 2, and keeps the keyboard focus.
    await page.getByRole('button', { name: '„Topic 50“ nach unten' }).click();
    await page.getByRole('heading', { name: 'TOP 51: Topic 50', exact: true }).waitFor();
    expect(await pager.getByText('TOP 51–100 von 120').isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page), patiently).toBe('„Topic 50“ nach unten');
    // And back up: page 1 again, focus on "up".
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'TOP 50: Topic 50', exact: true }).waitFor();
    expect(await pager.getByText('TOP 1–50 von 120').isVisible()).toBe(true);
    await expect.poll(() => focusedLabel(page), patiently).toBe('„Topic 50“ nach oben');

    // "Weiter" at the end of the page starts the next page at its first item.
    await page
      .getByRole('navigation', { name: 'Seiten der Tagesordnung, Ende der Liste', exact: true })
      .getByRole('button', { name: /Weiter/ })
      .click();
    await expect.poll(() => focusedText(page), patiently).toBe('TOP 51: Topic 51');

    // A new item goes last, on page 3, which opens with it.
    await page.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }).click();
    await page.locator('.agenda-editor').getByLabel('Titel', { exact: true }).fill('Verschiedenes');
    await page.locator('.agenda-editor').getByRole('button', { name: 'Speichern', exact: true }).click();
    await page.getByRole('heading', { name: 'TOP 121: Verschiedenes', exact: true }).waitFor();
    expect(await pager.getByText('TOP 101–121 von 121').isVisible()).toBe(true);
    await expect.poll(() => focusedText(page), patiently).toBe('TOP 121: Verschiedenes');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages a long attendance list and shows a guest just added, in German', async () => {
    const { context, page, errors } = await openSeededMeeting('de-DE', 3, 'Großes Netzwerktreffen', 250);
    const pager = page.getByRole('navigation', { name: 'Seiten der Anwesenheitsliste', exact: true });
    await pager.getByText('Personen 1–100 von 250').waitFor();
    const attendance = page.getByRole('region', { name: 'Anwesenheit', exact: true });
    expect(await attendance.locator('tbody tr').count()).toBe(100);

    // Sorted by organisation, "Zentrum Nord" comes last: the list turns to the page it is on.
    await attendance.getByLabel('Name des Gasts', { exact: true }).fill('Zoe Gast');
    await attendance.getByLabel('Organisation des Gasts', { exact: true }).fill('Zentrum Nord');
    await attendance.getByRole('button', { name: 'Gast hinzufügen' }).click();
    await pager.getByText('Personen 201–251 von 251').waitFor();
    expect(await attendance.getByRole('row', { name: /Zoe Gast/ }).isVisible()).toBe(true);
    expect(page.url()).toMatch(/[?&]attendancePage=3\b/);

    expect(errors).toEqual([]);
    await context.close();
  });
});
