import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart } from './pages/app';
import { MeetingPages } from './pages/meetings';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { docxXml, printFrameToPdfText, saveDownload } from './support/files';

// One coordinator's journey through a meeting, step by step; each test builds on the last.
let browser: Browser;
let session: AppSession;
let app: AppPage;
let meetings: MeetingPages;
const confidentialTitle = 'Fallbesprechung RT-2026-0007';
const confidentialText = 'Vertrauliche Einzelheiten zur Person';

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'de-DE');
  app = new AppPage(session.page);
  meetings = new MeetingPages(session.page);
  await firstStart(session.page, 'de', 'example');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

describe('a meeting with minutes, in the German UI', () => {
  it('plans a meeting in a new series with three invited partners', async () => {
    const { page } = session;
    await app.navigate('Sitzungen');
    await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
    await meetings.field('Titel').fill('Netzwerktreffen März');
    await meetings.field('Reihe').selectOption({ label: 'Neue Reihe …' });
    await meetings.field('Name der neuen Reihe').fill('Monatliches Netzwerktreffen');
    await meetings.typeDateTime('Beginn', '050320261400');
    await meetings.typeDateTime('Ende', '050320261600');
    await meetings.field('Ort').fill('Rathaus, Raum 3');
    await meetings.field('Sitzungsleitung').fill('Toni Exempel');
    for (const partner of ['Polizeipräsidium Musterstadt', 'Gesamtschule Am Lindenpark', 'Vielfalt leben e. V.']) {
      await page.getByLabel(partner, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerktreffen März');
    expect(await page.locator('.definition').textContent()).toContain('05.03.2026, 14:00');
    expect(await page.locator('.definition').textContent()).toContain('Monatliches Netzwerktreffen');
  });

  it('records attendance: present, apologies with a note', async () => {
    const { page } = session;
    await page.getByLabel('Anwesenheit: Kim Probe').selectOption('present');
    await page.getByLabel('Anwesenheit: Mika Beleg').selectOption('present');
    await page.getByLabel('Anwesenheit: Sam Entwurf').selectOption('apologies');
    await page.getByLabel('Bemerkung: Sam Entwurf').fill('Elternabend');
    await page.getByLabel('Bemerkung: Sam Entwurf').press('Tab');
    await expect.poll(() => page.getByLabel('Anwesenheit: Sam Entwurf').inputValue()).toBe('apologies');
    // Four saves queue one after another, each telling the same "saved": the note is kept once a
    // fresh load shows it (a reload straight after leaving the field can beat its save).
    await expect
      .poll(async () => {
        await app.reload();
        return page.getByLabel('Bemerkung: Sam Entwurf').inputValue();
      })
      .toBe('Elternabend');
    expect(await page.getByLabel('Anwesenheit: Kim Probe').inputValue()).toBe('present');
  });

  it('keeps minutes for two items, one confidential, with a decision and an action', async () => {
    await meetings.addItem({
      title: 'Lagebild Rechtsextremismus',
      minutes: 'Die **Polizei** berichtet: Zunahme von Aufklebern an Schulen.\n\n- Schüler*innen & Eltern informieren\n- <script>alert(1)</script> bleibt Text',
      decision: 'Das Lagebild wird vierteljährlich aktualisiert.',
    });
    await meetings.addItem({ title: confidentialTitle, minutes: confidentialText, confidential: true });
    const item = meetings.agendaItem('TOP 1: Lagebild Rechtsextremismus');
    expect(await item.locator('strong').first().textContent()).toBe('Polizei');
    expect(await item.textContent()).toContain('<script>alert(1)</script> bleibt Text');

    await item.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    await item.getByLabel('Was', { exact: true }).fill('Lagebild für das nächste Treffen aktualisieren');
    await item.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    await expect.poll(() => item.getByText('Wählen Sie, wer für diese Aufgabe verantwortlich ist.').isVisible()).toBe(true);
    await item.getByLabel('Verantwortlich', { exact: true }).selectOption({ label: 'Polizeipräsidium Musterstadt' });
    await item.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
    await expect.poll(() => item.getByRole('cell', { name: 'Lagebild für das nächste Treffen aktualisieren', exact: true }).isVisible()).toBe(true);
    expect(session.errors).toEqual([]);
  });

  it('moves an item with the keyboard', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `„${confidentialTitle}“ nach oben` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.agenda-item h3').first().textContent()).toBe(`TOP 1: ${confidentialTitle}`);
    await page.getByRole('button', { name: `„${confidentialTitle}“ nach unten` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.agenda-item h3').first().textContent()).toBe('TOP 1: Lagebild Rechtsextremismus');
  });

  it('approves the minutes, which locks them', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Als stattgefunden markieren' }).click();
    await page.getByRole('button', { name: 'Protokoll genehmigen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Protokoll genehmigen' }).click();
    await expect.poll(() => page.getByText('Dieses Protokoll ist genehmigt. Ergänzen Sie es zuerst, um etwas zu ändern.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }).count()).toBe(0);
  });

  it('exports English Markdown, full and for wider circulation', async () => {
    const full = readFileSync(await saveDownload((await meetings.export({ format: 'Markdown', language: 'English' }))!), 'utf8');
    expect(full).toContain('Netzwerktreffen März');
    expect(full).toMatch(/Minutes/);
    expect(full).toContain('Lagebild Rechtsextremismus');
    expect(full).toContain(confidentialTitle);
    expect(full).toContain('Das Lagebild wird vierteljährlich aktualisiert.');
    expect(full).toContain('Lagebild für das nächste Treffen aktualisieren');
    expect(full).toContain('Elternabend');

    const wider = readFileSync(
      await saveDownload((await meetings.export({ format: 'Markdown', language: 'English', variant: 'Zur weiteren Verteilung' }))!),
      'utf8',
    );
    expect(wider).toContain('Lagebild Rechtsextremismus');
    expect(wider).not.toContain(confidentialTitle);
    expect(wider).not.toContain(confidentialText);
  });

  it('exports English DOCX whose document XML holds the minutes', async () => {
    const xml = docxXml(await saveDownload((await meetings.export({ format: 'Word (DOCX)', language: 'English' }))!));
    expect(xml).toContain('Netzwerktreffen März');
    expect(xml).toContain('Lagebild für das nächste Treffen aktualisieren');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('<script>');
    const wider = docxXml(await saveDownload((await meetings.export({ format: 'Word (DOCX)', language: 'English', variant: 'Zur weiteren Verteilung' }))!));
    expect(wider).not.toContain(confidentialTitle);
    expect(wider).not.toContain(confidentialText);
  });

  it('prints an English PDF with the marking, and a wider version without the confidential item', async () => {
    const { page, context } = session;
    await meetings.export({ format: 'PDF', language: 'English' });
    const text = await printFrameToPdfText(page, context, inject('baseUrl'));
    expect(text).toContain('Netzwerktreffen März');
    expect(text).toContain('Internal');
    expect(text).toContain('Lagebild Rechtsextremismus');
    expect(text).not.toMatch(/DRAFT/);
    await meetings.export({ format: 'PDF', language: 'English', variant: 'Zur weiteren Verteilung' });
    const wider = await printFrameToPdfText(page, context, inject('baseUrl'));
    expect(wider).toContain('Lagebild Rechtsextremismus');
    expect(wider).not.toContain(confidentialTitle);
    expect(wider).not.toContain(confidentialText);
    expect(session.errors).toEqual([]);
  });

  it('lists the open action under matters arising at the next meeting of the series', async () => {
    const { page } = session;
    await app.navigate('Sitzungen');
    await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
    await meetings.field('Titel').fill('Netzwerktreffen April');
    await meetings.field('Reihe').selectOption({ label: 'Monatliches Netzwerktreffen' });
    await meetings.typeDateTime('Beginn', '020420261400');
    await meetings.typeDateTime('Ende', '020420261600');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Netzwerktreffen April');
    const arising = meetings.agendaItem('TOP 1: Offene Punkte aus früheren Sitzungen');
    expect(await arising.textContent()).toContain('Lagebild für das nächste Treffen aktualisieren');
    expect(await arising.textContent()).toContain('aus „Netzwerktreffen März“');
    expect(session.errors).toEqual([]);
  });
});
