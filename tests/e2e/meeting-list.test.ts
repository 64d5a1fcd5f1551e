/**
 * The meeting list at a size that needs pages: the past meetings come 50 at a time, the
 * pages are reached by keyboard, and filters live in the URL, so a reload keeps them. The
 * title search is kept in memory only (the browser writes every URL to disk): it stays while
 * the app is open and is gone after a reload. Behaviour only: how fast it is belongs to
 * `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { launchBrowser } from './support/browser';
import { seedLargeMeeting } from './support/seed-large-meeting';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the meeting list with 133 meetings', () => {
  it('pages the past meetings by keyboard, keeps filters in the URL over a reload and the search out of it', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const baseUrl = inject('baseUrl');
    await page.goto(baseUrl);
    await firstStart(page, 'en', 'example');
    // 12 earlier meetings of a series and 120 others in 2025, plus the seeded one in March 2026.
    await seedLargeMeeting(page, { items: 3, earlierMeetings: 12, backgroundMeetings: 120, actionsPerMeeting: 1, title: 'Spring network meeting' });
    await page.goto(`${baseUrl}#/meetings`);
    await reloadAndUnlock(page);

    const past = page.getByRole('navigation', { name: 'Pages of past meetings' });
    await expect.poll(() => past.getByText(/^Meetings 1–50 of 1\d\d$/).count()).toBe(1);
    // The past list only: the example network also has an upcoming meeting.
    const rows = page.getByRole('region', { name: 'Past', exact: true }).locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    // The latest meeting heads the past list: the example network's, two weeks ago, then the seeded one of March.
    expect(await rows.first().locator('a').textContent()).toBe('Example round-table meeting');
    expect(await rows.nth(1).locator('a').textContent()).toBe('Spring network meeting');

    // Next page from the keyboard; the focus stays on the button.
    await past.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => past.locator('.pager-summary').textContent()).toMatch(/^Meetings 51–100 of /);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Next');
    expect(page.url()).toContain('page=2');

    // Search by title: folded, instant, back to page 1, and not in the URL.
    await page.getByRole('searchbox', { name: 'Search by title' }).fill('other meeting 11');
    await expect
      .poll(async () => (await rows.locator('a').allTextContents()).sort())
      .toEqual(
        [
          'Other meeting 11',
          'Other meeting 110',
          'Other meeting 111',
          'Other meeting 112',
          'Other meeting 113',
          'Other meeting 114',
          'Other meeting 115',
          'Other meeting 116',
          'Other meeting 117',
          'Other meeting 118',
          'Other meeting 119',
        ].sort(),
      );
    expect(page.url()).not.toContain('other');
    expect(page.url()).not.toContain('page=2');

    // A series filter with the search: only the series' meetings that match.
    await page.getByRole('searchbox', { name: 'Search by title' }).fill('meeting 1');
    await page.getByLabel('Series').selectOption({ label: 'Monthly network meeting' });
    await expect
      .poll(async () => (await rows.locator('a').allTextContents()).sort())
      .toEqual(['Earlier meeting 1', 'Earlier meeting 10', 'Earlier meeting 11', 'Earlier meeting 12']);

    expect(page.url()).toContain('series=');
    expect(page.url()).not.toContain('meeting+1');

    // Opening a meeting and coming back finds the list as it was left, search included.
    await rows.getByRole('link', { name: 'Earlier meeting 10' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Earlier meeting 10');
    await page.goBack();
    await expect
      .poll(async () => (await rows.locator('a').allTextContents()).sort())
      .toEqual(['Earlier meeting 1', 'Earlier meeting 10', 'Earlier meeting 11', 'Earlier meeting 12']);
    expect(await page.getByRole('searchbox', { name: 'Search by title' }).inputValue()).toBe('meeting 1');

    // A reload keeps the series filter (in the URL) and starts without the search (memory only).
    await reloadAndUnlock(page);
    await expect.poll(async () => (await rows.locator('a').allTextContents()).filter((title) => title.startsWith('Earlier meeting')).length).toBe(12);
    expect(await page.getByRole('searchbox', { name: 'Search by title' }).inputValue()).toBe('');
    expect(await page.getByLabel('Series').locator('option:checked').textContent()).toBe('Monthly network meeting');
    await context.close();
  });
});
