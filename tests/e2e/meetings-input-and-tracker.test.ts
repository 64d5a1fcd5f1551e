import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { ActionTrackerPage, MeetingPages } from './pages/meetings';
import { launchBrowser, openApp } from './support/browser';
import { saveDownload } from './support/files';
import { seedCityActions } from './support/seed-city-actions';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A fresh English profile with `meetings` × 5 seeded actions over four partners, on the tracker. */
async function trackerWithActions(meetings: number) {
  const session = await openApp(browser, inject('baseUrl'), 'en-GB');
  const { page } = session;
  const app = await firstStart(page, 'en', 'empty');
  await page.locator('main').waitFor();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  const city = await seedCityActions(page, { partners: 4, contactsPerPartner: 2, meetings, series: 2, actionsPerMeeting: 5, today });
  // The app's own connection must read the rows written beside it.
  await reloadAndUnlock(page);
  await app.heading().waitFor();
  await app.navigate('Actions');
  await expect.poll(() => app.heading().textContent()).toBe('Action tracker');
  return { session, page, app, city, tracker: new ActionTrackerPage(page) };
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
const totalIn = (summary: string | null) => Number(/of ([\d,]+)$/.exec(summary ?? '')?.[1]?.replace(/,/g, '') ?? NaN);

describe('meeting input and the action tracker', () => {
  it('rejects a meeting that ends before it starts and a link that is not http(s), in German, saving nothing', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'de-DE');
    const { page } = session;
    const app = await firstStart(page, 'de', 'empty');
    const meetings = new MeetingPages(page);
    await app.navigate('Sitzungen');
    await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
    await meetings.field('Titel').fill('Arbeitsgruppe Schule');
    await meetings.typeDateTime('Beginn', '100320261600');
    await meetings.typeDateTime('Ende', '100320261500');
    await meetings.field('Online-Link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();

    await expect.poll(() => page.getByText('Die Sitzung muss nach ihrem Beginn enden.').isVisible()).toBe(true);
    expect(await page.getByText('Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.').isVisible()).toBe(true);
    expect(page.url()).toMatch(/#\/meetings\/new$/);

    await meetings.typeDateTime('Ende', '100320261800');
    await meetings.field('Online-Link').fill('https://meet.example.org/ag-schule');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Arbeitsgruppe Schule');
    await app.navigate('Sitzungen');
    await expect.poll(() => page.getByRole('link', { name: 'Arbeitsgruppe Schule' }).count()).toBe(1);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('changes an action’s status from the tracker and keeps its history', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    const app = await firstStart(page, 'en', 'example');
    await app.navigate('Meetings');
    await page.getByRole('link', { name: 'Plan meeting' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Steering group');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Steering group');
    await page.getByRole('button', { name: 'Add agenda item' }).click();
    await page.locator('.agenda-editor').getByLabel('Title', { exact: true }).fill('Funding');
    await page.locator('.agenda-editor').getByRole('button', { name: 'Save', exact: true }).click();
    const item = page.locator('.agenda-item').filter({ has: page.getByRole('heading', { name: 'Item 1: Funding' }) });
    await item.getByRole('button', { name: 'Add action' }).click();
    await item.getByLabel('What', { exact: true }).fill('Apply for the prevention grant');
    await item.getByLabel('Owner', { exact: true }).selectOption({ label: 'Musterstadt City Council – Community Safety' });
    await item.getByRole('group', { name: 'Due', exact: true }).getByRole('spinbutton').first().click();
    await page.keyboard.type('01022026');
    await item.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => item.getByRole('cell', { name: 'Apply for the prevention grant', exact: true }).count()).toBe(1);

    await app.navigate('Actions');
    await expect.poll(() => app.heading().textContent()).toBe('Action tracker');
    const row = page.getByRole('row').filter({ hasText: 'Apply for the prevention grant' });
    expect(await row.textContent()).toContain('Overdue');
    await page.getByLabel('Due', { exact: true }).selectOption('overdue');
    await expect.poll(() => row.count()).toBe(1);
    await row.getByLabel('Status of “Apply for the prevention grant”').selectOption('in_progress');
    await expect.poll(() => app.notices().textContent()).toContain('changed to In progress');
    await row.getByRole('button', { name: 'History of “Apply for the prevention grant”' }).click();
    await expect.poll(() => page.locator('.history li').allTextContents()).toEqual([expect.stringContaining('Open'), expect.stringContaining('In progress')]);
    await page.getByLabel('Status', { exact: true }).selectOption('done');
    await expect.poll(() => row.count()).toBe(0);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('keeps the tracker’s filters and page in the URL across a reload, pages by keyboard, and ignores hand-edited values', async () => {
    const { session, page, city, tracker } = await trackerWithActions(60);
    await expect.poll(() => tracker.summary()).toMatch(/^Actions 1–50 of \d+$/);
    const total = totalIn(await tracker.summary());
    expect(total).toBeGreaterThan(100);
    expect(await tracker.rows().count()).toBe(50);
    const firstPage = await tracker.texts();

    // By keyboard: Enter on "Next" pages on and keeps the focus there; Shift+Tab reaches "Previous".
    await tracker.pager().getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tracker.summary()).toBe(`Actions 51–100 of ${total}`);
    expect(page.url()).toMatch(/[?&]page=2\b/);
    expect(await focusedLabel(page)).toBe('Next →');
    const secondPage = await tracker.texts();
    expect(secondPage).toHaveLength(50);
    expect(secondPage.filter((text) => firstPage.includes(text))).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => tracker.summary()).toBe(`Actions 101–${Math.min(150, total)} of ${total}`);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedLabel(page)).toBe('← Previous');
    await page.keyboard.press('Enter');
    await expect.poll(() => tracker.summary()).toBe(`Actions 51–100 of ${total}`);
    expect(await tracker.texts()).toEqual(secondPage);

    // Filters go into the URL and start again on page 1.
    await tracker.filter('Status').selectOption('all');
    await tracker.filter('Sort by').selectOption('owner');
    await tracker.filter('Owner').selectOption({ label: city.partnerNames[1]! });
    await expect.poll(() => page.url()).toContain(`owner=${city.partnerIds[1]}`);
    expect(page.url()).toMatch(/status=all/);
    expect(page.url()).toMatch(/sort=owner/);
    expect(page.url()).not.toMatch(/page=/);
    await tracker.filter('Due').selectOption('overdue');
    await expect.poll(() => page.url()).toMatch(/due=overdue/);
    // Every row shown is the owner's and overdue.
    const cells = (column: number) => tracker.rows().locator(`td:nth-child(${column})`).allTextContents();
    await expect
      .poll(async () => {
        const [owners, dues] = [await cells(2), await cells(3)];
        return owners.length > 0 && owners.every((owner) => owner.includes(city.partnerNames[1]!)) && dues.every((due) => due.includes('Overdue'));
      })
      .toBe(true);
    const filtered = await tracker.texts();
    const filteredSummary = await page.locator('main .pager-summary').first().textContent();

    await reloadAndUnlock(page);
    await expect.poll(() => tracker.filter('Owner').inputValue()).toBe(city.partnerIds[1]);
    expect(await tracker.filter('Status').inputValue()).toBe('all');
    expect(await tracker.filter('Due').inputValue()).toBe('overdue');
    expect(await tracker.filter('Sort by').inputValue()).toBe('owner');
    await expect.poll(() => tracker.texts()).toEqual(filtered);
    expect(await page.locator('main .pager-summary').first().textContent()).toBe(filteredSummary);

    // Values that are not choices fall back to the defaults; a page past the end shows the last.
    const base = page.url().split('#')[0];
    await page.goto(`${base}#/actions?status=closed&due=soon&sort=name&owner=00000000-0000-4000-8000-000000000000&page=999`);
    await expect.poll(() => tracker.summary()).toBe(`Actions 101–${total} of ${total}`);
    expect(await tracker.filter('Owner').inputValue()).toBe('all');
    expect(await tracker.filter('Status').inputValue()).toBe('openOnly');
    expect(await tracker.filter('Due').inputValue()).toBe('any');
    expect(await tracker.filter('Sort by').inputValue()).toBe('due');

    // Two changes in quick succession (before the page has drawn the first) both stick.
    await page.evaluate(() => {
      for (const [label, value] of [
        ['Sort by', 'status'],
        ['Due', 'next30'],
      ] as const) {
        const labelled = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label)!;
        const select = document.getElementById(labelled.htmlFor) as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await expect.poll(() => page.url()).toMatch(/due=next30/);
    expect(page.url()).toMatch(/sort=status/);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('changes a status from a paged tracker: a row that leaves the filter says so, the focus moves to the next row, the calendar follows', async () => {
    const { session, page, app, tracker } = await trackerWithActions(60);
    await expect.poll(() => tracker.summary()).toMatch(/^Actions 1–50 of \d+$/);
    const total = totalIn(await tracker.summary());
    const [first, second] = await tracker.texts();

    await tracker.statusOf(first!).focus();
    await tracker.statusOf(first!).selectOption('done');
    await expect.poll(() => app.notices().textContent()).toContain(`Status of “${first}” changed to Done. It no longer matches the filters`);
    await expect.poll(() => tracker.summary()).toBe(`Actions 1–50 of ${total - 1}`);
    expect((await tracker.texts())[0]).toBe(second);
    await expect.poll(() => focusedLabel(page)).toBe(`Status of “${second}”`);

    // A change that keeps the row keeps it, and the focus, in place.
    const history = tracker
      .rows()
      .first()
      .getByRole('button', { name: `History of “${second}”` });
    const entries = await history.textContent();
    const [next, word] = (await tracker.statusOf(second!).inputValue()) === 'open' ? ['in_progress', 'In progress'] : ['open', 'Open'];
    await tracker.statusOf(second!).selectOption(next!);
    await expect.poll(() => app.notices().textContent()).toContain(`Status of “${second}” changed to ${word}.`);
    await expect.poll(() => history.textContent()).not.toBe(entries);
    expect(await focusedLabel(page)).toBe(`Status of “${second}”`);
    await history.click();
    await expect.poll(() => page.locator('.history li').last().textContent()).toContain(word);
    expect(await tracker.summary()).toBe(`Actions 1–50 of ${total - 1}`);

    // The calendar export reads the open actions when pressed: the one still open is in it, the done one not.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Open actions as calendar (ICS)' }).click()]);
    const ics = readFileSync(await saveDownload(download), 'utf8').replace(/\r\n[ \t]/g, '');
    const number = (text: string) => /^Action \d+:/.exec(text)![0];
    expect(ics).toContain(number(second!));
    expect(ics).not.toContain(number(first!));
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(50);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
