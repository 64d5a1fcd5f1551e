import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { seedRiskPictures } from './support/seed-risk-pictures';

// The compare page in German, on two editions seeded as sealed rows: the 2026 draft against
// the agreed 2025 edition it was started from.
let browser: Browser;
let session: AppSession;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  await firstStart(session.page, 'de', 'empty');
  await seedRiskPictures(session.page);
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

describe('comparing two editions of the risk picture', () => {
  it('shows what changed since the previous edition: a threat from amber to red, one new, one dropped', async () => {
    const { page } = session;
    await open('/risk-picture/compare?to=edition-2026');
    await expect.poll(() => app.heading().textContent()).toBe('Was hat sich seit „Lagebild Nordstadt 2025“ geändert?');
    expect(await page.title()).toMatch(/^Ausgaben vergleichen – /);
    expect(await page.getByLabel('Frühere Ausgabe').inputValue()).toBe('edition-2025');
    expect(await page.getByLabel('Spätere Ausgabe').inputValue()).toBe('edition-2026');

    const threats = page.getByRole('region', { name: 'Bedrohungen' });
    expect(await threats.getByText('1 neu · 1 geändert · 1 entfallen · 0 unverändert').isVisible()).toBe(true);
    const changed = threats.getByRole('row', { name: /Rechtsextreme Anwerbung an Schulen/ });
    expect(await changed.textContent()).toContain('Geändert');
    expect(await changed.textContent()).toContain('vorher: gleichbleibend → , nachher: steigend');
    expect(await changed.textContent()).toContain('vorher: Gelb · 12 → , nachher: Rot · 16');
    expect(await changed.textContent()).toContain('Orte und Gebiete: vorher: Nordstadt → , nachher: Nordstadt, Hauptbahnhof');
    expect(await changed.textContent()).toContain('Aufgaben neu verknüpft: eine entfernte Aufgabe');
    expect(await threats.getByRole('row', { name: /Incel-Foren/ }).textContent()).toContain('+ Neu');
    expect(await threats.getByRole('row', { name: /Bandenkriminalität/ }).textContent()).toContain('− Entfallen');

    const sources = page.getByRole('region', { name: 'Quellen' });
    expect(await sources.getByRole('row', { name: /Polizei: Lagebild Jugend/ }).textContent()).toContain('B2');
    expect(await page.getByText('Zeitraum:').textContent()).toContain('01.01.2025 bis 31.12.2025');
    expect(session.errors).toEqual([]);
  });

  it('says so calmly when nothing changed, and tells a missing edition', async () => {
    const { page } = session;
    await open('/risk-picture/compare?from=edition-2026&to=edition-copy');
    await page.getByRole('heading', { name: 'Inhaltlich unverändert' }).waitFor();
    expect(await page.getByText('Titel:').textContent()).toContain('Lagebild Nordstadt 2026 (Kopie)');
    expect(await page.getByRole('region', { name: 'Bedrohungen' }).count()).toBe(0);

    await open('/risk-picture/compare?from=edition-gone&to=edition-2026');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Die Ausgabe aus dem Link gibt es nicht (mehr)');
    // Choosing another edition with the keyboard shows the comparison.
    await page.getByLabel('Frühere Ausgabe').focus();
    await page.getByLabel('Frühere Ausgabe').selectOption('edition-2025');
    await expect.poll(() => app.heading().textContent()).toBe('Was hat sich seit „Lagebild Nordstadt 2025“ geändert?');
    expect(page.url()).toContain('from=edition-2025');
    expect(session.errors).toEqual([]);
  });
});
