/**
 * What reaches the browser profile on disk. In a profile directory of its own, a coordinator
 * enters a distinctive string into every kind of record and searches for some, then the
 * browser is shut down properly (so Chromium writes History, Sessions and Web Data) and every
 * file of the profile is searched for every string, as UTF-8 and as UTF-16.
 *
 * Nothing may be found outside IndexedDB: not in autofill (`Web Data`), not in the browser's
 * history (`History`, `Sessions`, via URLs and page titles), not in Local or Session Storage.
 * IndexedDB itself holds the records, in plaintext until issue 11's encryption at rest lands.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstStart, PartnerFormPage, type AppPage } from './pages/app';
import { AgreementFormPage, typeDate } from './pages/agreements';
import { MeetingPages } from './pages/meetings';
import { openPersistentApp } from './support/browser';
import { describeFindings, findingsOutside, findingsUnder, scanProfile, type ProfileFinding } from './support/profile-scan';

/** One string per kind of personal text, none found in the app's code or the example network. */
const entered = {
  localUser: 'Zebrafink-localuser-7391',
  partnerNotes: 'Zebrafink-partnernotes-7391',
  contactName: 'Zebrafink-contactname-7391',
  contactEmail: 'zebrafink-contactmail-7391@example.org',
  contactPhone: '+49-7391-246813',
  meetingTitle: 'Zebrafink-meetingtitle-7391',
  minutes: 'Zebrafink-minutes-7391',
  decision: 'Zebrafink-decision-7391',
  action: 'Zebrafink-action-7391',
  agreementTitle: 'Zebrafink-agreementtitle-7391',
  agreementPurpose: 'Zebrafink-agreementpurpose-7391',
  caseSummary: 'Zebrafink-casesummary-7391',
  timelineNote: 'Zebrafink-timelinenote-7391',
  disclosure: 'Zebrafink-disclosure-7391',
} as const;

/** Typed only into search fields, or into a form left unsaved: these must not be kept anywhere at all. */
const neverStored = {
  partnerSearch: 'Zebrafink-partnersearch-7391',
  matrixSearch: 'Zebrafink-matrixsearch-7391',
  unsaved: 'Zebrafink-unsaved-7391',
} as const;

const needles = [...Object.values(entered), ...Object.values(neverStored)];
/** Where Chromium keeps the origin's IndexedDB (LevelDB) in the profile. */
const indexedDbFolder = 'Default/IndexedDB';
const school = 'Gesamtschule Am Lindenpark';
const police = 'Polizeipräsidium Musterstadt';

let profile: string;
let findings: ProfileFinding[];

async function createPartner(page: Page, app: AppPage) {
  await app.navigate('Partnerorganisationen');
  await page.getByRole('link', { name: 'Neue Partnerorganisation' }).first().click();
  const form = new PartnerFormPage(page);
  await form.field('Name').fill('Jugendamt Zebrastadt');
  await form.field('Bereich').selectOption('social_services');
  await form.field('Notizen').fill(entered.partnerNotes);
  await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  await form.contactField('Ansprechperson 1', 'Name').fill(entered.contactName);
  await form.contactField('Ansprechperson 1', 'E-Mail').fill(entered.contactEmail);
  await form.contactField('Ansprechperson 1', 'Telefon').fill(entered.contactPhone);
  await form.save('Speichern');
  await expect.poll(() => app.heading().textContent()).toBe('Jugendamt Zebrastadt');
}

async function createMeeting(page: Page, app: AppPage) {
  const meetings = new MeetingPages(page);
  await app.navigate('Sitzungen');
  await page.getByRole('link', { name: 'Sitzung planen' }).first().click();
  await meetings.field('Titel').fill(entered.meetingTitle);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect.poll(() => app.heading().textContent()).toBe(entered.meetingTitle);
  await meetings.addItem({ title: 'Lagebild', minutes: entered.minutes, decision: entered.decision });
  const item = meetings.agendaItem('TOP 1: Lagebild');
  await item.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
  await item.getByLabel('Was', { exact: true }).fill(entered.action);
  await item.getByLabel('Verantwortlich', { exact: true }).selectOption({ label: police });
  await item.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
  await expect.poll(() => item.getByRole('cell', { name: entered.action, exact: true }).isVisible()).toBe(true);
}

/** An agreement in force between the school and the police, so the case below needs no warning. */
async function createAgreement(page: Page, app: AppPage) {
  await app.navigate('Vereinbarungen');
  await page.getByRole('link', { name: 'Neue Vereinbarung' }).first().click();
  const form = new AgreementFormPage(page);
  await page.getByLabel('Titel', { exact: true }).fill(entered.agreementTitle);
  await form.party(1, school, 'Eigenständig Verantwortliche');
  await form.party(2, police, 'Eigenständig Verantwortliche');
  await page.getByLabel('Zweck', { exact: true }).fill(entered.agreementPurpose);
  await page.getByLabel('DSGVO Art. 6 Abs. 1 lit. e – öffentliche Aufgabe').check();
  await page.getByLabel('BDSG §22 – besondere Kategorien').check();
  await page.getByLabel('Identität', { exact: true }).check();
  await page.getByLabel(/^Weltanschauung und Überzeugungen/).check();
  await typeDate(page, 'Beginn', '01012026');
  await typeDate(page, 'Überprüfung am', '01012030');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktiv' });
  await form.signatory(1, { name: 'Dr. Paula Beispiel', organisation: school, role: 'Schulleitung', signedOn: '01012026' });
  await form.save();
  await expect.poll(() => app.heading().textContent()).toBe(entered.agreementTitle);
}

async function createCase(page: Page, app: AppPage) {
  await app.navigate('Fallmeldungen');
  await page.getByRole('link', { name: 'Fallmeldung erfassen' }).first().click();
  await page.getByLabel('Meldende Partnerorganisation', { exact: true }).selectOption({ label: school });
  await page.getByLabel('Federführende Partnerorganisation', { exact: true }).selectOption({ label: police });
  await page.getByLabel('Rechtsextremismus').check();
  await page.getByLabel('Zusammenfassung der Sorge').fill(entered.caseSummary);
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect.poll(() => app.heading().textContent()).toMatch(/^RT-\d{4}-\d{4}$/);

  const timeline = page.getByRole('region', { name: 'Fallverlauf' });
  await timeline.getByLabel('Was ist geschehen').fill(entered.timelineNote);
  await timeline.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
  await expect.poll(() => timeline.textContent()).toContain(entered.timelineNote);

  const log = page.getByRole('region', { name: 'Weitergabeprotokoll' });
  await log.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Weitergabe protokollieren' });
  await expect.poll(() => dialog.getByLabel('Auf Grundlage der Vereinbarung').inputValue()).not.toBe('');
  await dialog.getByLabel('Was wurde weitergegeben').fill(entered.disclosure);
  await dialog.getByLabel('Warum (Zweck)').fill('Vorbereitung der Fallkonferenz');
  await dialog.getByRole('button', { name: 'Weitergabe protokollieren' }).click();
  await expect.poll(() => log.textContent()).toContain(entered.disclosure);
}

/** Searches as a coordinator does: the meeting by its title (then opened), a partner, the matrix. */
async function search(page: Page, app: AppPage) {
  await app.navigate('Sitzungen');
  await page.getByLabel('Nach Titel suchen').fill(entered.meetingTitle);
  await page.getByRole('link', { name: entered.meetingTitle }).click();
  await expect.poll(() => app.heading().textContent()).toBe(entered.meetingTitle);
  // Back to the list: the search is still there (kept while the app is open).
  await page.goBack();
  await expect.poll(() => page.getByLabel('Nach Titel suchen').inputValue()).toBe(entered.meetingTitle);

  await app.navigate('Partnerorganisationen');
  await page.getByLabel('Nach Namen suchen').fill(neverStored.partnerSearch);
  await expect.poll(() => page.getByText('Keine Partnerorganisation passt zu diesen Filtern.').isVisible()).toBe(true);

  await app.navigate('Vereinbarungen');
  await page.getByRole('link', { name: 'Abdeckungsmatrix' }).first().click();
  await page.getByLabel('Name der Partnerorganisation').fill(neverStored.matrixSearch);
  await expect.poll(() => page.getByText('Keine Partnerorganisation passt zu diesen Filtern.').isVisible()).toBe(true);
}

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'roundtable-profile-'));
});

afterAll(() => {
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The whole journey in one browser run, then the scan; the tests below read its findings. */
async function enterEverythingAndScan() {
  const session = await openPersistentApp(profile, inject('baseUrl'), 'de-DE');
  const { page } = session;
  try {
    const app = await firstStart(page, 'de', 'example', { name: entered.localUser, organisation: 'Präventionskoordination Musterstadt' });
    await createPartner(page, app);
    await createMeeting(page, app);
    await createAgreement(page, app);
    await createCase(page, app);
    await search(page, app);
    // A record's form, left with a change typed but not saved: the browser keeps the form
    // state of every page in its history, for going back, in the session it restores.
    await app.navigate('Partnerorganisationen');
    await page.getByLabel('Nach Namen suchen').fill('');
    await page.getByRole('link', { name: 'Jugendamt Zebrastadt' }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Jugendamt Zebrastadt');
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await new PartnerFormPage(page).field('Notizen').fill(neverStored.unsaved);
    await app.navigate('Übersicht');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Änderungen verwerfen' }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Übersicht');
    expect(session.errors).toEqual([]);
  } finally {
    // A proper shutdown: Chromium writes its History, Sessions and Web Data on the way out.
    await session.context.close();
  }
  findings = scanProfile(profile, needles);
  console.log(`profile scan (${profile}):\n${describeFindings(findings).join('\n') || '(nothing found)'}`);
}

describe('the profile scan itself', () => {
  it('finds a string as UTF-8 and as UTF-16LE, case-blind and URL-encoded, in nested files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundtable-scan-'));
    try {
      mkdirSync(join(dir, 'Default', 'Sessions'), { recursive: true });
      writeFileSync(join(dir, 'Default', 'History'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('…ZEBRAFINK-probe-1…', 'utf8')]));
      writeFileSync(join(dir, 'Default', 'Sessions', 'Session_1'), Buffer.from('title: Zebrafink-probe-2', 'utf16le'));
      writeFileSync(join(dir, 'Preferences'), 'q=Zebrafink%20probe%203');
      writeFileSync(join(dir, 'Unrelated'), 'Zebrafink-probe-');
      const found = scanProfile(dir, ['Zebrafink-probe-1', 'Zebrafink-probe-2', 'Zebrafink probe 3', 'Zebrafink-probe-4']);
      expect(describeFindings(found).sort()).toEqual([
        'Default/History: Zebrafink-probe-1 (utf-8)',
        'Default/Sessions/Session_1: Zebrafink-probe-2 (utf-16le)',
        'Preferences: Zebrafink probe 3 (utf-8)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('personal text in the browser profile', () => {
  it('is entered into every kind of record and searched for, then the browser is closed', { timeout: 240_000 }, async () => {
    await enterEverythingAndScan();
  });

  it('is nowhere outside IndexedDB: not in autofill, history, sessions, page titles or web storage', () => {
    expect(describeFindings(findingsOutside(findings, indexedDbFolder))).toEqual([]);
  });

  it('never reaches the disk when it was only typed into a search field or an unsaved form', () => {
    const transient: string[] = Object.values(neverStored);
    expect(describeFindings(findings.filter((finding) => transient.includes(finding.needle)))).toEqual([]);
  });

  // Issue 11's encryption at rest: IndexedDB holds every string entered above only sealed.
  it('is not in IndexedDB either: the records are encrypted at rest', () => {
    expect(describeFindings(findingsUnder(findings, indexedDbFolder))).toEqual([]);
  });
});
