import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AppPage, firstStart, sayWhoWorksHere } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { seedLargeReferrals, type SeededReferrals } from './support/seed-large-referrals';
import { reloadAndUnlock, setUpPassphrase } from './support/session';

// A case from referral to closing, then read again in German; each test builds on the last.
let browser: Browser;
let session: AppSession;
let app: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openApp(browser, inject('baseUrl'), 'en-GB');
  app = new AppPage(session.page);
  // The passphrase comes first; who works here is asked by the tests below.
  await setUpPassphrase(session.page, 'en');
});
afterAll(async () => {
  await session?.context.close();
  await browser?.close();
});

/** Picks a meeting in the meeting picker by its title (each option also shows the meeting's time). */
async function pickMeeting(picker: Locator, title: string) {
  const option = picker.locator('option', { hasText: title });
  expect(await option.textContent()).toMatch(new RegExp(`^${title} · \\d`));
  await picker.selectOption((await option.getAttribute('value'))!);
}

async function changeStatus(to: string, extra?: () => Promise<void>) {
  const { page } = session;
  await page.getByRole('button', { name: 'Change status…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New status', { exact: true }).selectOption({ label: to });
  if (extra) await extra();
  await dialog.getByRole('button', { name: 'Change status' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describe('a referral through its workflow', () => {
  it('asks who is working here before anything can be changed, on every page', async () => {
    const { page } = session;
    await app.navigate('Referrals');
    await expect.poll(() => app.heading().textContent()).toBe('Who is working here?');
    // Nothing of the page behind it is offered until then.
    expect(await page.getByRole('link', { name: 'Record referral' }).count()).toBe(0);
    // An empty form is refused with the field's message, and nothing is set.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => page.getByLabel('Your name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await sayWhoWorksHere(page, 'en', 'none', { name: 'Toni Exempel', organisation: 'Musterstadt Prevention Coordination' });
    await expect.poll(() => app.notices().textContent()).toContain('Toni Exempel');
    await app.navigate('Overview');
    await page.getByRole('button', { name: /Load an example network/ }).click();
    await page.getByText('Active partners').waitFor();
  });

  it('plans the case panel meeting the case will be discussed at', async () => {
    const { page } = session;
    await app.navigate('Meetings');
    await page.getByRole('link', { name: 'Plan meeting' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Case panel March');
    await page.getByLabel('Type', { exact: true }).selectOption('case_panel');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Case panel March');
  });

  it('records a referral in English, rejecting a missing referrer and a future date', async () => {
    const { page } = session;
    await app.navigate('Referrals');
    await page.getByRole('link', { name: 'Record referral' }).first().click();
    await page.getByLabel('Initials (optional)').fill('A. B.');
    await page.getByLabel('Area or district').fill('Nordstadt');
    await page.getByRole('group', { name: 'Date received', exact: true }).getByRole('spinbutton').first().click();
    await page.keyboard.type('01012099');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('Choose the partner that made the referral.').isVisible()).toBe(true);
    expect(await page.getByText('This date is in the future').isVisible()).toBe(true);
    expect(await page.getByText('Choose at least one concern.').isVisible()).toBe(true);

    await page.getByLabel('Referring partner', { exact: true }).selectOption({ label: 'Lindenpark Comprehensive School' });
    await page.getByRole('group', { name: 'Date received', exact: true }).getByRole('spinbutton').first().click();
    await page.keyboard.type('02032026');
    await page.getByLabel('Lead partner', { exact: true }).selectOption({ label: 'Musterstadt Social Services (incl. asylum-seeker support)' });
    await page.getByLabel('Right-wing extremism').check();
    await page.getByLabel('Bullying').check();
    await page.getByLabel('Summary of the concern').fill('Shares right-wing stickers at school; isolated after bullying.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    // The school and social services have no agreement: saving warns, and going ahead needs a reason.
    const warning = page.getByRole('dialog', { name: 'No agreement covers this sharing' });
    await expect
      .poll(() => warning.textContent())
      .toContain('Lindenpark Comprehensive School ↔ Musterstadt Social Services (incl. asylum-seeker support): Identity, Ideology and beliefs');
    await warning.getByRole('button', { name: 'Acknowledge and save' }).click();
    await expect.poll(() => warning.getByText('Please fill this in.').isVisible()).toBe(true);
    await warning.getByLabel('Reason for going ahead').fill('Immediate safeguarding concern; ISA with social services being signed.');
    await warning.getByRole('button', { name: 'Acknowledge and save' }).click();
    await expect.poll(() => app.heading().textContent()).toMatch(/^RT-2026-\d{4}$/);
    const sharing = page.getByRole('region', { name: 'Information sharing' });
    await expect.poll(() => sharing.textContent()).toContain('Acknowledged without agreement');
    expect(await sharing.textContent()).toContain('Immediate safeguarding concern; ISA with social services being signed.');
  });

  it('moves through screening, panel (linked to the meeting) and support to closed, and schedules the reviews', async () => {
    const { page } = session;
    await changeStatus('Screening');
    await changeStatus('Information gathering');
    await changeStatus('Case panel', async () => {
      await pickMeeting(page.getByRole('dialog').getByLabel('Discussed at (meeting)'), 'Case panel March');
    });
    await changeStatus('Support');
    await changeStatus('Review');
    await page.getByRole('button', { name: 'Change status…' }).click();
    await page.getByRole('dialog').getByLabel('New status', { exact: true }).selectOption({ label: 'Closed' });
    await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.getByRole('dialog').getByText('Choose an outcome to close the case.').isVisible()).toBe(true);
    await page.getByRole('dialog').getByLabel('Outcome', { exact: true }).selectOption({ label: 'Support completed' });
    await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const reviews = page.getByRole('region', { name: 'Reviews' });
    await expect.poll(() => reviews.textContent()).toContain('6-month review');
    expect(await reviews.textContent()).toContain('12-month review');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    expect(await timeline.textContent()).toContain('Discussed at “Case panel March”');
    expect(await timeline.textContent()).toContain('Review → Closed');
    expect(session.errors).toEqual([]);
  });

  it('shows the timeline and the audit history in German after switching language', async () => {
    const { page } = session;
    const url = page.url();
    await app.navigate('Settings');
    await page.getByRole('radio', { name: 'Deutsch' }).click();
    await expect.poll(() => app.heading().textContent()).toBe('Einstellungen');
    await page.goto(url);
    const timeline = page.getByRole('region', { name: 'Fallverlauf' });
    await expect.poll(() => timeline.textContent()).toContain('Eingegangen → Erstprüfung');
    expect(await timeline.textContent()).toContain('Überprüfung → Abgeschlossen');
    expect(await timeline.textContent()).toContain('Ergebnis: Unterstützung abgeschlossen');
    expect(await page.getByRole('region', { name: 'Überprüfungen' }).textContent()).toContain('Überprüfung nach 6 Monaten');

    const auditRows = page.getByRole('region', { name: 'Prüfprotokoll' }).locator('tbody tr');
    const actions = await auditRows.locator('td:nth-child(4)').allTextContents();
    expect(actions.filter((a) => a === 'Status geändert')).toHaveLength(6);
    expect(actions).toContain('Fall angelegt');
    expect(actions).toContain('Warnung bestätigt');
    expect(actions).toContain('Fall angesehen');
    expect(await auditRows.first().textContent()).toContain('Toni Exempel');

    await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'Prüfprotokoll prüfen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'intakt' }).count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });
});

describe('the timeline', () => {
  it('records a panel discussion linked to its meeting', async () => {
    const { page } = session;
    await app.navigate('Fallmeldungen');
    // The case is closed: the list shows open cases unless asked for others (the example network's case is open).
    await page.getByLabel('Status', { exact: true }).selectOption('closed');
    await page.getByRole('link', { name: /^RT-2026-\d{4}$/ }).click();
    const timeline = page.getByRole('region', { name: 'Fallverlauf' });
    await timeline.getByLabel('Eintrag', { exact: true }).selectOption('panel');
    await pickMeeting(timeline.getByLabel('Besprochen in (Sitzung)'), 'Case panel March');
    await timeline.getByLabel('Was ist geschehen').fill('Nachbesprechung: Unterstützung wirkt.');
    await timeline.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
    await expect.poll(() => timeline.textContent()).toContain('Besprochen in „Case panel March“ · Nachbesprechung: Unterstützung wirkt.');
    expect(session.errors).toEqual([]);
  });
});

describe('the case list of a large network', () => {
  // Its own browser profile: 130 cases over ten years, seeded, some with a review overdue, and the example network's open case.
  let list: AppSession;
  let seeded: SeededReferrals;
  const rows = () => list.page.locator('main table > tbody > tr');
  const summary = () => list.page.locator('.pager-summary').first();

  beforeAll(async () => {
    list = await openApp(browser, inject('baseUrl'), 'en-GB');
    await firstStart(list.page, 'en', 'example', { name: 'Toni Exempel', organisation: 'Musterstadt Prevention Coordination' });
    const today = await list.page.evaluate(() => new Date().toLocaleDateString('sv'));
    seeded = await seedLargeReferrals(list.page, { referrals: 130, partners: 30, contactsPerPartner: 1, auditPerReferral: 1, today });
    await reloadAndUnlock(list.page);
  });
  afterAll(async () => list?.context.close());

  it('pages by keyboard, 50 cases a page, the page in the address', async () => {
    const { page } = list;
    await new AppPage(page).navigate('Referrals');
    await page.getByLabel('Status', { exact: true }).selectOption('all');
    await expect.poll(() => summary().textContent()).toBe('Cases 1–50 of 131');
    expect(await rows().count()).toBe(50);
    const top = page.getByRole('navigation', { name: 'Case list pages', exact: true });
    await top.getByRole('button', { name: /Next/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary().textContent()).toBe('Cases 51–100 of 131');
    // The focus stays on "Next", so the keyboard pages on.
    await page.keyboard.press('Enter');
    await expect.poll(() => summary().textContent()).toBe('Cases 101–131 of 131');
    expect(await rows().count()).toBe(31);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Next');
    await page.keyboard.press('Enter');
    expect(await summary().textContent()).toBe('Cases 101–131 of 131');
    expect(page.url()).toMatch(/[?&]page=3(&|$)/);
    // The pager below the list pages back and goes on reading at the top of that page.
    const bottom = page.getByRole('navigation', { name: 'Case list pages, end of list' });
    await bottom.getByRole('button', { name: /Previous/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => summary().textContent()).toBe('Cases 51–100 of 131');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tbody tr')?.querySelector('a')?.textContent)).toMatch(/^RT-\d{4}-\d{4}$/);
    expect(list.errors).toEqual([]);
  });

  it('keeps its filters and order in the address, through a reload', async () => {
    const { page } = list;
    await page.getByLabel('Concern', { exact: true }).selectOption({ label: 'Islamist extremism' });
    await page.getByLabel('Received', { exact: true }).selectOption({ label: 'Oldest first' });
    await expect.poll(() => page.url()).toContain('concern=islamist');
    expect(page.url()).toContain('order=oldest');
    expect(page.url()).toContain('status=all');
    // A filter changed starts again at the first page.
    expect(page.url()).not.toContain('page=');
    // Oldest first: case codes count up with the date received.
    const sortedAndIslamist = async () => {
      const codes = await rows().locator('td:first-child').allTextContents();
      const concerns = await rows().locator('td:nth-child(6)').allTextContents();
      return codes.length > 0 && concerns.every((text) => text.includes('Islamist extremism')) && codes.join() === [...codes].sort().join();
    };
    await expect.poll(sortedAndIslamist).toBe(true);
    const shown = await rows().locator('td:first-child').allTextContents();

    await reloadAndUnlock(page);
    await expect.poll(() => rows().locator('td:first-child').allTextContents()).toEqual(shown);
    expect(await page.getByLabel('Concern', { exact: true }).inputValue()).toBe('islamist');
    expect(await page.getByLabel('Received', { exact: true }).inputValue()).toBe('oldest');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('all');
    expect(list.errors).toEqual([]);
  });

  it('shows a review that is due, and a review marked done leaves the due list', async () => {
    const { page } = list;
    expect(seeded.reviewsDue).toBeGreaterThan(1);
    await page.getByLabel('Concern', { exact: true }).selectOption('all');
    await page.getByLabel('Only cases with a review due').check();
    await expect.poll(() => rows().count()).toBe(seeded.reviewsDue);
    for (const badge of await rows().locator('td:last-child .badge').all()) {
      expect(await badge.textContent()).toMatch(/^Due \d{1,2} \w{3,4} \d{4}$/);
      expect(await badge.getAttribute('class')).toContain('missing');
    }
    const code = await rows().first().locator('a').textContent();
    await rows().first().locator('a').click();
    await expect.poll(() => new AppPage(page).heading().textContent()).toBe(code);
    // Every review still open on the case is marked done (a case may have both overdue).
    const markDone = page.getByRole('region', { name: 'Reviews' }).getByRole('button', { name: 'Mark review done' });
    for (let open = await markDone.count(); open > 0; open -= 1) {
      await markDone.first().click();
      await expect.poll(() => markDone.count()).toBe(open - 1);
    }
    // Back to the list as it was left: all statuses, reviews due only.
    await page.getByRole('link', { name: '← Back to referrals' }).click();
    await expect.poll(() => rows().count()).toBe(seeded.reviewsDue - 1);
    expect(await page.getByLabel('Only cases with a review due').isChecked()).toBe(true);
    expect(await rows().locator('a').allTextContents()).not.toContain(code);
    expect(list.errors).toEqual([]);
  });
});
