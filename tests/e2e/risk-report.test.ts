/**
 * The risk picture's report, in German: an edition with three threats (seeded, sealed as the
 * app seals them), its sources section marked confidential, read at /risk-picture/:id and
 * exported as PDF and DOCX, in full and for wider circulation.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RiskPictureEdition } from '../../renderer/src/domain/risk-picture';
import { firstStart } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { docxXml, printFrameToPdfText, saveDownload } from './support/files';
import { appKeys, exposeSealing, sealRows, type SealingApi } from './support/sealing';
import { reloadAndUnlock } from './support/session';

let browser: Browser;
let session: AppSession;
const editionId = 'risk-edition-e2e';
const sourceTitle = 'Polizeiliche Lagebesprechung vom 3. März';
let actionTexts: string[] = [];

interface Linked {
  actions: { id: string; text: string }[];
  partners: { id: string; name: string }[];
}

/** Two of the example network's actions and partners, read back as the app sees them. */
async function exampleRecords(): Promise<Linked> {
  await exposeSealing(session.page);
  return session.page.evaluate(async () => {
    const api = window as unknown as SealingApi;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<object[]>((resolve, reject) => {
        const read = db.transaction(store).objectStore(store).getAll();
        read.onsuccess = () => resolve(read.result as object[]);
        read.onerror = () => reject(read.error);
      });
    const actions = (await api.roundtableOpenRows('actions', await all('actions'))) as { id: string; text: string; deletedAt: string | null }[];
    const partners = (await api.roundtableOpenRows('partners', await all('partners'))) as { id: string; name: string; deletedAt: string | null }[];
    db.close();
    return {
      actions: actions
        .filter((row) => !row.deletedAt)
        .slice(0, 2)
        .map(({ id, text }) => ({ id, text })),
      partners: partners
        .filter((row) => !row.deletedAt)
        .slice(0, 2)
        .map(({ id, name }) => ({ id, name })),
    };
  });
}

function edition(linked: Linked): RiskPictureEdition {
  const stamp = '2026-01-10T09:00:00.000Z';
  const [first, second] = linked.partners;
  return {
    id: editionId,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    revision: 1,
    title: 'Lagebild Musterstadt 2025',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    summary: 'Die Anwerbung durch rechtsextreme Gruppen an Schulen hat zugenommen.',
    markings: {
      summary: 'internal',
      threats: 'internal',
      sources: 'confidential',
      factors: 'internal',
      gaps: 'internal',
      response: 'internal',
      caseFigures: 'internal',
    },
    threats: [
      {
        id: 't1',
        concern: 'islamist',
        title: 'Online-Propaganda',
        description: '',
        areas: '',
        groups: '',
        trend: 'stable',
        likelihood: 3,
        impact: 3,
        sourceIds: [],
        actionIds: [],
        partnerIds: [],
      },
      {
        id: 't2',
        concern: 'right_wing',
        title: 'Anwerbung an Schulen',
        description: 'Flyer und Chatgruppen an drei Schulen.',
        areas: 'Nordstadt',
        groups: 'Jugendliche 14–17',
        trend: 'rising',
        likelihood: 4,
        impact: 5,
        sourceIds: ['s1'],
        actionIds: linked.actions.map((action) => action.id),
        partnerIds: first ? [first.id] : [],
      },
      {
        id: 't3',
        concern: 'conspiracy_ideologies',
        title: 'Verschwörungserzählungen',
        description: '',
        areas: '',
        groups: '',
        trend: 'falling',
        likelihood: 2,
        impact: 2,
        sourceIds: [],
        actionIds: [],
        partnerIds: [],
      },
    ],
    sources: [
      {
        id: 's1',
        kind: 'partner',
        partnerId: second?.id ?? first?.id ?? '',
        title: sourceTitle,
        date: '2025-03-03',
        reliability: 'B',
        credibility: '2',
        note: '',
      },
    ],
    vulnerabilities: [{ id: 'v1', text: 'Wenige Jugendtreffs in der Nordstadt' }],
    protectiveFactors: [{ id: 'f1', text: 'Aktive Schulsozialarbeit' }],
    gaps: [{ id: 'g1', text: 'Kein psychologischer Dienst im Netzwerk', sector: 'mental_health' }],
    // Agreed, so it holds its case figures as agreed (a group under 5 among them).
    status: 'agreed',
    editionNumber: 1,
    previousEditionId: null,
    agreement: { agreedOn: '2026-01-20', meetingId: null, decisionId: null, recordedBy: { name: 'Toni Exempel', organisation: 'Stadt' } },
    caseFigures: {
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      previousStart: '2024-01-01',
      previousEnd: '2024-12-31',
      total: 23,
      previousTotal: 17,
      breakdowns: {
        concern: [
          { key: 'right_wing', count: 19, previous: 12 },
          { key: 'islamist', count: null, previous: 5 },
        ],
        ageBand: [],
        area: [],
        outcome: [],
      },
      countedAt: '2026-01-20T10:00:00.000Z',
    },
  };
}

async function seedEdition(row: RiskPictureEdition): Promise<void> {
  const [sealed] = sealRows(await appKeys(session.page), 'riskPictures', [row]);
  await session.page.evaluate(async (stored) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('riskPictures', 'readwrite');
      tx.objectStore('riskPictures').put(stored);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sealed);
}

async function exportReport(choice: { format: 'PDF' | 'Word (DOCX)'; variant: 'Vollständige Fassung für das Netzwerk' | 'Zur weiteren Verteilung' }) {
  const { page } = session;
  await page.getByRole('button', { name: 'Bericht exportieren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format', { exact: true }).selectOption({ label: choice.format });
  await dialog.getByLabel('Sprache des Berichts', { exact: true }).selectOption({ label: 'Deutsch' });
  await dialog.getByLabel('Fassung', { exact: true }).selectOption({ label: choice.variant });
  if (choice.format === 'PDF') {
    // The frame of an earlier print stays until the next: remove it, so the wait below sees the new one.
    await page.evaluate(() => document.querySelector('iframe[name="roundtable-print"]')?.remove());
    await dialog.getByRole('button', { name: 'Exportieren' }).click();
    await page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' });
    // The charts are images from data: URLs: each must have been drawn, not shown broken.
    const frame = page.frame({ name: 'roundtable-print' });
    await frame?.waitForLoadState();
    const charts = await frame?.locator('.chart img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
    expect(charts?.length).toBeGreaterThan(0);
    expect(charts?.every((width) => width > 0)).toBe(true);
    return printFrameToPdfText(page, session.context, inject('baseUrl'));
  }
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportieren' }).click()]);
  return docxXml(await saveDownload(download));
}

/** pdftotext -layout breaks lines and spreads words: compare with the spaces squeezed. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  await firstStart(session.page, 'de', 'example');
  const linked = await exampleRecords();
  actionTexts = linked.actions.map((action) => action.text);
  await seedEdition(edition(linked));
  // The app routes by the address's hash; a reload makes its own connection read the seeded row.
  await session.page.goto(new URL(`#/risk-picture/${editionId}`, inject('baseUrl')).href);
  await reloadAndUnlock(session.page);
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('the risk picture report, in German', () => {
  it('shows the edition as a document: threats most serious first with their ratings, evidence graded, linked actions', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Lagebild Musterstadt 2025' }).waitFor();
    const threats = await page.locator('.threat h3').allTextContents();
    expect(threats).toEqual(['1. Anwerbung an Schulen Rot · 20', '2. Online-Propaganda Gelb · 9', '3. Verschwörungserzählungen Grün · 4']);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain(`${sourceTitle} B2`);
    expect(main).toContain('Einstufung: Vertraulich');
    expect(actionTexts).toHaveLength(2);
    for (const text of actionTexts) expect(main).toContain(text);
    expect(main).toContain('Beschlossen am 20.01.2026');
    // Agreed: read-only, so no edit link.
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Vergleichen' }).getAttribute('href')).toBe(`#/risk-picture/compare?to=${editionId}`);
  });

  it('exports a PDF with the threats, their ratings and the marking; the wider version leaves out the sources', async () => {
    const full = squeeze(await exportReport({ format: 'PDF', variant: 'Vollständige Fassung für das Netzwerk' }));
    expect(full).toContain('1. Anwerbung an Schulen');
    expect(full).toContain('Rot · 20 (Wahrscheinlichkeit 4 × Auswirkung 5)');
    expect(full).toContain('Gelb · 9');
    expect(full).toContain('Grün · 4');
    expect(full).toContain(sourceTitle);
    expect(full).toMatch(/Islamistischer Extremismus <5 5/);
    expect(full).not.toContain('ENTWURF');
    // The marking on every page: header and footer of each.
    const pages = full.split('\f').filter((text) => text.trim());
    for (const text of pages) expect(text).toContain('Vertraulich – vollständige Fassung');

    const wider = squeeze(await exportReport({ format: 'PDF', variant: 'Zur weiteren Verteilung' }));
    expect(wider).toContain('1. Anwerbung an Schulen');
    expect(wider).toContain('Rot · 20');
    expect(wider).toContain('Intern – zur weiteren Verteilung');
    expect(wider).toContain('1 als vertraulich markierter Abschnitt ist in dieser Fassung nicht enthalten.');
    expect(wider).not.toContain(sourceTitle);
    expect(wider).not.toContain('Vertraulich –');
  });

  it('exports a DOCX with the threats, their ratings and the marking in the header; the wider version leaves out the sources', async () => {
    const full = await exportReport({ format: 'Word (DOCX)', variant: 'Vollständige Fassung für das Netzwerk' });
    expect(full).toContain('1. Anwerbung an Schulen');
    expect(full).toContain('Rot · 20 (Wahrscheinlichkeit 4 × Auswirkung 5)');
    expect(full).toContain('Grün · 4');
    expect(full).toContain(sourceTitle);
    expect(full).toMatch(/<w:hdr[\s\S]*Vertraulich – vollständige Fassung/);
    // The concern chart, rasterised in the browser, as a picture named by its title.
    expect(full).toContain('<pic:pic');
    expect(full).toContain('descr="Fälle nach Art der Sorge"');

    const wider = await exportReport({ format: 'Word (DOCX)', variant: 'Zur weiteren Verteilung' });
    expect(wider).toContain('1. Anwerbung an Schulen');
    expect(wider).toContain('Rot · 20');
    expect(wider).toMatch(/<w:hdr[\s\S]*Intern – zur weiteren Verteilung/);
    expect(wider).not.toContain(sourceTitle);
    expect(session.errors).toEqual([]);
  });
});
