import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

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
});
