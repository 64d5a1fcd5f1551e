/**
 * The session as a coordinator lives it (issue 11): the first start with a passphrase and a
 * recovery key; locking, a wrong passphrase and unlocking; unlocking with the recovery key
 * and a new passphrase; and the idle lock, with the browser's clock driven by the test.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sayWhoWorksHere, type AppPage } from './pages/app';
import { launchBrowser, openApp, type AppSession } from './support/browser';
import { confirmRecoveryKey, sessionWords, setUpPassphrase, TEST_PASSPHRASE, unlock } from './support/session';

const en = sessionWords.en;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** After the passphrase: who works here, then an empty network. */
function sayWhoWorksHereInEnglish(page: Page): Promise<AppPage> {
  return sayWhoWorksHere(page, 'en', 'empty', { name: 'Toni Exempel', organisation: 'Musterstadt Prevention Coordination' });
}

function lockScreen(page: Page) {
  return page.getByRole('heading', { level: 1, name: en.lockHeading });
}

describe('the first start', () => {
  it('asks for a strong passphrase twice, shows the recovery key once, and opens the app only once it is stored', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('heading', { level: 1, name: en.setupHeading }).waitFor();
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('Without the passphrase and without the recovery key, nobody can open the data again');
    // The passphrase field has the focus, and the browser is asked to remember nothing typed.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    expect(await page.getByLabel(en.passphrase, { exact: true }).getAttribute('autocomplete')).toBe('off');

    // A weak passphrase is refused, saying what to do.
    await page.getByLabel(en.passphrase, { exact: true }).fill('sommerferien2019');
    await page.getByLabel(en.repeat, { exact: true }).fill('sommerferien2019');
    await expect.poll(() => page.locator('.strength').textContent()).toContain('Not yet strong enough');
    await page.getByRole('button', { name: en.setupSubmit }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('This passphrase is too easy to guess.');
    // Two different ones are refused too.
    await page.getByLabel(en.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel(en.repeat, { exact: true }).fill(`${TEST_PASSPHRASE}!`);
    await page.getByRole('button', { name: en.setupSubmit }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('The two passphrases differ.');

    // A generated passphrase fills both fields and is shown in full, with what to do with it.
    await page.getByRole('button', { name: 'Generate a passphrase' }).click();
    const generated = (await page.locator('.generated-value').textContent())!;
    expect(generated).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    expect(await page.getByLabel(en.passphrase, { exact: true }).inputValue()).toBe(generated);
    expect(await page.getByLabel(en.repeat, { exact: true }).inputValue()).toBe(generated);
    expect(await page.locator('.generated-passphrase').textContent()).toContain('Write it down now');

    // The test goes on with its own passphrase.
    await page.getByLabel(en.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByLabel(en.repeat, { exact: true }).fill(TEST_PASSPHRASE);
    await expect.poll(() => page.locator('.strength').textContent()).toContain('Good enough to protect the data.');
    await page.getByRole('button', { name: en.setupSubmit }).click();

    // The recovery key: 14 groups of four, to print or copy; the app waits for the confirmation.
    await page.getByRole('heading', { level: 1, name: en.recoveryHeading }).waitFor();
    const key = (await page.locator('.session-screen .recovery-key').innerText()).replace(/\s+/g, '-');
    expect(key).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await page.getByRole('button', { name: en.continue, exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Confirm that you have stored the recovery key');
    expect(await page.locator('.shell').count()).toBe(0);
    await confirmRecoveryKey(page, 'en');

    await sayWhoWorksHereInEnglish(page);
    await page.getByRole('navigation').waitFor();
    // Nothing of the key or passphrase reached the page's address or title.
    expect(page.url()).not.toContain(key.slice(0, 9));
    expect(await page.title()).not.toContain(key.slice(0, 9));
    expect(session.errors).toEqual([]);
    await context.close();
  });
});

describe('locking and unlocking', () => {
  let session: AppSession;
  let page: Page;
  let app: AppPage;
  let recoveryKey: string;

  beforeAll(async () => {
    session = await openApp(browser, inject('baseUrl'), 'en-GB');
    page = session.page;
    recoveryKey = await setUpPassphrase(page, 'en');
    app = await sayWhoWorksHereInEnglish(page);
  });
  afterAll(async () => session?.context.close());

  it('locks from the sidebar, refuses a wrong passphrase with a message, and unlocks to the same page', async () => {
    await app.navigate('Partners');
    await expect.poll(() => app.heading().textContent()).toBe('Partners');
    const address = page.url();
    await page.getByRole('button', { name: en.lock, exact: true }).click();
    await lockScreen(page).waitFor();
    // The app's pages are gone, not just hidden.
    expect(await page.locator('.shell').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('You locked Roundtable.');
    expect(await page.title()).toBe('Roundtable is locked – Roundtable');

    await page.getByLabel(en.passphrase, { exact: true }).fill('Laterne Fahrrad Quittenbaum 41');
    await page.getByRole('button', { name: en.unlock, exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That passphrase is not right.');
    expect(await page.getByLabel(en.passphrase, { exact: true }).inputValue()).toBe('');
    expect(await page.locator('.shell').count()).toBe(0);

    await unlock(page, 'en');
    expect(page.url()).toBe(address);
    await expect.poll(() => app.heading().textContent()).toBe('Partners');
    expect(session.errors).toEqual([]);
  });

  it('waits longer after repeated wrong passphrases, counting down', async () => {
    await page.keyboard.press('Control+L');
    await lockScreen(page).waitFor();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await page.getByLabel(en.passphrase, { exact: true }).fill(`wrong passphrase ${attempt}`);
      await page.getByRole('button', { name: en.unlock, exact: true }).click();
      await expect.poll(() => page.getByLabel(en.passphrase, { exact: true }).inputValue()).toBe('');
    }
    // After the third wrong attempt the next one waits (2 seconds), and the button says so by being disabled.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Too many wrong attempts' }).textContent()).toMatch(/try again in [12] seconds?\./);
    expect(await page.getByRole('button', { name: en.unlock, exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: en.unlock, exact: true }).isEnabled(), { timeout: 5000 }).toBe(true);
    await unlock(page, 'en');
    expect(session.errors).toEqual([]);
  });

  it('closes an open dialog when it locks', async () => {
    await app.navigate('Settings');
    await page.getByRole('button', { name: 'Change passphrase …' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByLabel('Current passphrase', { exact: true }).fill('half typed');
    await page.keyboard.press('Control+L');
    await lockScreen(page).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await unlock(page, 'en');
    await expect.poll(() => app.heading().textContent()).toBe('Settings');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('unlocks with the recovery key and a new passphrase, which then replaces the old one', async () => {
    await page.getByRole('button', { name: en.lock, exact: true }).click();
    await lockScreen(page).waitFor();
    await page.getByRole('button', { name: en.forgot }).click();
    await page.getByRole('heading', { level: 1, name: 'Unlock with the recovery key' }).waitFor();
    const newPassphrase = 'Quittenbaum Laterne Nordwind 17';

    // A typo in the key is named as one.
    const typo = `${recoveryKey.slice(0, -1)}${recoveryKey.endsWith('A') ? 'B' : 'A'}`;
    await page.getByLabel(en.recoveryKey, { exact: true }).fill(typo);
    await page.getByLabel(en.newPassphrase, { exact: true }).fill(newPassphrase);
    await page.getByLabel(en.newRepeat, { exact: true }).fill(newPassphrase);
    await page.getByRole('button', { name: en.recoverSubmit }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('This recovery key has a typing mistake');

    // Typed as from paper: lower case, spaces instead of hyphens.
    await page.getByLabel(en.recoveryKey, { exact: true }).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: en.recoverSubmit }).click();
    await page.locator('.shell').waitFor();
    await expect.poll(() => app.heading().textContent()).toBe('Settings');

    // The old passphrase no longer opens it; the new one does.
    await page.keyboard.press('Control+L');
    await lockScreen(page).waitFor();
    await page.getByLabel(en.passphrase, { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: en.unlock, exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('That passphrase is not right.');
    await unlock(page, 'en', newPassphrase);
    await expect.poll(() => app.heading().textContent()).toBe('Settings');
    expect(session.errors).toEqual([]);
  });
});

describe('the idle lock', () => {
  it('locks after the idle time chosen in Settings, and input in the window puts it off', async () => {
    const session = await openApp(browser, inject('baseUrl'), 'en-GB');
    const { page } = session;
    // The browser's clock is the test's: time flows, and the test can jump it forward.
    await page.clock.install();
    await setUpPassphrase(page, 'en');
    const app = await sayWhoWorksHereInEnglish(page);
    await app.navigate('Settings');
    await page.getByLabel('Lock automatically after', { exact: true }).selectOption({ label: '1 minute without use' });
    await expect.poll(() => app.notices().textContent()).toContain('Roundtable now locks after 1 minute without use.');

    await page.clock.fastForward(40_000);
    await page.keyboard.press('Shift');
    await page.clock.fastForward(40_000);
    // 80 seconds since the setting, but only 40 since the last key: still open.
    expect(await page.locator('.shell').count()).toBe(1);
    await page.clock.fastForward(25_000);
    await lockScreen(page).waitFor();
    expect(await page.locator('main').textContent()).toContain('Roundtable locked itself because it was not used for a while.');

    await unlock(page, 'en');
    await expect.poll(() => app.heading().textContent()).toBe('Settings');
    // The choice is kept (sealed, with the other settings).
    expect(await page.getByLabel('Lock automatically after', { exact: true }).inputValue()).toBe('1');
    expect(session.errors).toEqual([]);
    await session.context.close();
  });
});
