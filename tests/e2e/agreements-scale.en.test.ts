import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { CoverageGrid } from './pages/agreements';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import type { SeedAgreement, SeedPartner } from './support/large-city-agreements';
import { seedLargeCityAgreements } from './support/seed-agreements';

// A network too large for one grid (150 partners, 300 agreements), in English: the matrix
// starts as a list of partners, one partner's pairs, a sector's grid by URL and keyboard,
// and the register a page at a time with its filters in the URL.
const today = '2026-04-15';

let browser: Browser;
let session: AppSession;
let app: AppPage;
let partners: SeedPartner[];
let agreements: SeedAgreement[];

/** What the seeded records say by the app's rules: agreements in force, the pairs they cover. */
const inForce = () =>
  agreements.filter(
    (agreement) => ['active', 'under_review'].includes(agreement.status) && agreement.startDate <= today && !(agreement.endDate && agreement.endDate < today),
  );
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const coveredPairs = () =>
  new Set(inForce().flatMap(({ parties }) => parties.flatMap((a) => parties.filter((b) => b !== a).map((b) => pairKey(a.partnerId, b.partnerId)))));

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'en-GB');
  app = new AppPage(session.page);
  await session.page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await session.page.reload();
  await firstStart(session.page, 'en', 'empty');
  ({ partners, agreements } = await seedLargeCityAgreements(session.page, { partners: 150, agreements: 300, today }));
  await app.reload();
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

async function open(hash: string) {
  await session.page.goto(`${inject('baseUrl')}#${hash}`);
  await app.reload();
}

describe('the coverage matrix of a large network', () => {
  it('starts as a list of the partners in agreements, 50 a page, with a summary of the network', async () => {
    const { page } = session;
    await open('/agreements/matrix');
    const sharing = new Set(inForce().flatMap((agreement) => agreement.parties.map((party) => party.partnerId)));
    await expect
      .poll(() => page.locator('.matrix-summary').textContent())
      .toBe(`${sharing.size} partners are party to an agreement in force; ${coveredPairs().size} pairs of partners are covered.`);
    expect(await page.getByText(`${sharing.size} partners match: too many for a readable grid.`, { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('grid').count()).toBe(0);
    expect(await page.locator('main table tbody tr').count()).toBe(50);
    const pages = page.getByRole('navigation', { name: 'Partner pages', exact: true });
    expect(await pages.textContent()).toContain(`Partners 1–50 of ${sharing.size}`);
    await pages.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => pages.textContent()).toContain(`Partners 51–100 of ${sharing.size}`);
    expect(page.url()).toContain('page=2');
    expect(session.errors).toEqual([]);
  });

  it("lists one partner's pairs; an agreement count opens the register filtered to the pair", async () => {
    const { page } = session;
    await open('/agreements/matrix');
    const first = page.locator('main table tbody tr').first().getByRole('link');
    const chosen = (await first.textContent())!;
    // Found by name (a search kept in memory, not in the URL); its pairs still list every partner.
    await page.getByLabel('Partner name', { exact: true }).fill(chosen);
    await expect.poll(() => page.locator('main table tbody tr').first().getByRole('link').textContent()).toBe(chosen);
    expect(page.url()).not.toContain(encodeURIComponent(chosen).slice(0, 8));
    await page.locator('main table tbody tr').first().getByRole('link').click();
    await page.getByRole('heading', { name: `With whom ${chosen} may share data` }).waitFor();
    expect(await page.getByLabel('Partner name', { exact: true }).inputValue()).toBe('');
    const chosenId = partners.find((partner) => partner.name === chosen)!.id;
    const expected = [...coveredPairs()].filter((key) => key.split('|').includes(chosenId)).length;
    expect(await page.getByRole('heading', { name: `Covered: ${expected} partner` }).count()).toBe(1);
    expect(await page.locator('main table tbody tr').count()).toBe(expected);
    const row = page.locator('main table tbody tr').first();
    const other = (await row.getByRole('link').first().textContent())!;
    await row.getByRole('link', { name: new RegExp(`^Open the (\\d+ agreements|agreement) between`) }).click();
    await page.getByText(`Agreements between ${chosen} and ${other}`).waitFor();
    const rows = await page.locator('main table tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((text) => text.includes(chosen) && text.includes(other))).toBe(true);
  });

  it('narrowed to a sector by the URL, shows the grid; the keyboard moves through it and Enter opens a covered pair', async () => {
    const { page } = session;
    // The sector with the most covered pairs among its own partners in agreements.
    const sharing = new Set(inForce().flatMap((agreement) => agreement.parties.map((party) => party.partnerId)));
    const covered = coveredPairs();
    const inside = (members: SeedPartner[]) => members.filter((x) => members.some((y) => covered.has(pairKey(x.id, y.id)))).length;
    const [sector, members] = [...new Set(partners.map((partner) => partner.sector))]
      .map((code) => [code, partners.filter((partner) => partner.sector === code && sharing.has(partner.id))] as const)
      .filter(([, members]) => members.length <= 40)
      .sort(([, a], [, b]) => inside(b) - inside(a))[0]!;
    expect(members.length).toBeLessThanOrEqual(40);
    await open(`/agreements/matrix?sector=${sector}`);
    const grid = new CoverageGrid(page);
    await grid.grid().waitFor();
    expect(await page.getByLabel('Sector', { exact: true }).inputValue()).toBe(sector);
    const columns = await grid.columns();
    expect([...columns].sort()).toEqual(members.map((partner) => partner.name).sort());

    // One tab stop: from the last control before the grid into its first cell.
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Tab');
    expect(await grid.focusedPair()).toEqual([columns[0], columns[0]]);
    await page.keyboard.press('ArrowRight');
    expect(await grid.focusedPair()).toEqual([columns[0], columns[1]]);
    await page.keyboard.press('End');
    expect(await grid.focusedPair()).toEqual([columns[0], columns.at(-1)]);
    await page.keyboard.press('ArrowDown');
    expect(await grid.focusedPair()).toEqual([columns[1], columns.at(-1)]);
    await page.keyboard.press('Control+Home');
    expect(await grid.focusedPair()).toEqual([columns[0], columns[0]]);

    // To the first covered pair, row by row, and open it.
    const ids = columns.map((column) => members.find((partner) => partner.name === column)!.id);
    const row = ids.findIndex((id) => ids.some((other) => other !== id && covered.has(pairKey(id, other))));
    const column = ids.findIndex((other) => other !== ids[row] && covered.has(pairKey(ids[row]!, other)));
    for (let step = 0; step < row; step += 1) await page.keyboard.press('ArrowDown');
    for (let step = 0; step < column; step += 1) await page.keyboard.press('ArrowRight');
    expect(await grid.focusedPair()).toEqual([columns[row], columns[column]]);
    await page.keyboard.press('Enter');
    await page.getByText(`Agreements between ${columns[row]} and ${columns[column]}`).waitFor();
    const expected = inForce().filter(({ parties }) => [ids[row], ids[column]].every((id) => parties.some((party) => party.partnerId === id))).length;
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThanOrEqual(expected);
    expect(session.errors).toEqual([]);
  });
});

describe('the register of a large network', () => {
  it('shows 50 agreements a page; the page and the filters stay in the URL; a new filter starts at page 1', async () => {
    const { page } = session;
    await open('/agreements?status=active');
    const active = agreements.filter((agreement) => agreement.status === 'active' && !(agreement.endDate && agreement.endDate < today));
    expect(await app.heading().textContent()).toBe('Information-sharing agreements');
    const pages = page.getByRole('navigation', { name: 'Register pages', exact: true });
    await expect.poll(() => pages.textContent()).toContain(`Agreements 1–50 of ${active.length}`);
    expect(await page.locator('main table tbody tr').count()).toBe(50);
    await pages.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => pages.textContent()).toContain(`Agreements 51–100 of ${active.length}`);
    expect(page.url()).toMatch(/status=active/);
    expect(page.url()).toMatch(/page=2/);
    await app.reload();
    await expect.poll(() => pages.textContent()).toContain(`Agreements 51–100 of ${active.length}`);
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('active');
    const statuses = await page.locator('main table tbody tr td:nth-child(3)').allTextContents();
    expect(statuses.every((status) => status === 'Active')).toBe(true);
    // the first page's agreements do not come back on the second
    const second = await page.locator('main table tbody tr td:first-child').allTextContents();
    await pages.getByRole('button', { name: /Previous/ }).click();
    await expect.poll(() => pages.textContent()).toContain('Agreements 1–50');
    const first = await page.locator('main table tbody tr td:first-child').allTextContents();
    expect(first.filter((title) => second.includes(title))).toEqual([]);

    await pages.getByRole('button', { name: /Next/ }).click();
    await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Review overdue' });
    await expect.poll(() => page.url()).toMatch(/review=overdue/);
    expect(page.url()).toMatch(/status=active/);
    expect(page.url()).not.toMatch(/page=/);
    const overdue = active.filter((agreement) => agreement.reviewDate < today);
    await expect.poll(() => app.heading().locator('xpath=..').textContent()).toContain(overdue.length === 1 ? '1 agreement' : `${overdue.length} agreements`);
    expect(session.errors).toEqual([]);
  });
});
