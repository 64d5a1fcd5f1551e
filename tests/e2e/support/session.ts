/**
 * The session as a coordinator meets it in the browser: the first start (a passphrase,
 * then the recovery key to confirm) and the lock screen. Every test's fresh profile goes
 * through the first start once, with one fixed test passphrase; a reload locks the app (the
 * keys live only in memory), so whoever reloads unlocks again.
 */
import type { Page } from 'playwright-core';

/** Strong enough for the app's rule (zxcvbn score 4, 12 characters or more). */
export const TEST_PASSPHRASE = 'Laterne Fahrrad Quittenbaum 42';

export const sessionWords = {
  de: {
    setupHeading: 'Schützen Sie die Daten Ihres Netzwerks',
    convertHeading: 'Roundtable verschlüsselt jetzt Ihre Daten',
    passphrase: 'Passphrase',
    repeat: 'Passphrase wiederholen',
    newPassphrase: 'Neue Passphrase',
    newRepeat: 'Neue Passphrase wiederholen',
    setupSubmit: 'Verschlüsseln und weiter',
    convertSubmit: 'Sichern, verschlüsseln und weiter',
    recoveryHeading: 'Ihr Wiederherstellungsschlüssel',
    recoveryKey: 'Wiederherstellungsschlüssel',
    stored: 'Ich habe den Wiederherstellungsschlüssel sicher aufbewahrt.',
    continue: 'Weiter',
    lockHeading: 'Roundtable ist gesperrt',
    unlock: 'Entsperren',
    forgot: 'Passphrase vergessen? Mit dem Wiederherstellungsschlüssel entsperren',
    recoverSubmit: 'Entsperren und neue Passphrase setzen',
    lock: 'Sperren',
  },
  en: {
    setupHeading: 'Protect your network’s data',
    convertHeading: 'Roundtable now encrypts your data',
    passphrase: 'Passphrase',
    repeat: 'Passphrase again',
    newPassphrase: 'New passphrase',
    newRepeat: 'New passphrase again',
    setupSubmit: 'Encrypt and continue',
    convertSubmit: 'Back up, encrypt and continue',
    recoveryHeading: 'Your recovery key',
    recoveryKey: 'Recovery key',
    stored: 'I have stored the recovery key somewhere safe.',
    continue: 'Continue',
    lockHeading: 'Roundtable is locked',
    unlock: 'Unlock',
    forgot: 'Forgot the passphrase? Use the recovery key',
    recoverSubmit: 'Unlock and set the new passphrase',
    lock: 'Lock',
  },
} as const;

export type SessionLanguage = keyof typeof sessionWords;

/**
 * The first start's passphrase and recovery key: chooses `passphrase`, confirms the key is
 * stored, and returns it (as shown, in groups) for tests that use it later.
 */
export async function setUpPassphrase(page: Page, language: SessionLanguage, passphrase = TEST_PASSPHRASE): Promise<string> {
  const words = sessionWords[language];
  await page.getByRole('heading', { level: 1, name: words.setupHeading }).waitFor();
  await page.getByLabel(words.passphrase, { exact: true }).fill(passphrase);
  await page.getByLabel(words.repeat, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: words.setupSubmit, exact: true }).click();
  return confirmRecoveryKey(page, language);
}

/** The recovery key sheet: reads the key, confirms it is stored, goes on. */
export async function confirmRecoveryKey(page: Page, language: SessionLanguage): Promise<string> {
  const words = sessionWords[language];
  await page.getByRole('heading', { level: 1, name: words.recoveryHeading }).waitFor();
  const key = (await page.locator('.session-screen .recovery-key').innerText()).replace(/\s+/g, '-');
  await page.getByLabel(words.stored, { exact: true }).check();
  await page.getByRole('button', { name: words.continue, exact: true }).click();
  await page.locator('.session-screen').waitFor({ state: 'detached' });
  return key;
}

/** Unlocks from the lock screen and waits until the app's pages are back. */
export async function unlock(page: Page, language: SessionLanguage, passphrase = TEST_PASSPHRASE): Promise<void> {
  const words = sessionWords[language];
  await page.getByRole('heading', { level: 1, name: words.lockHeading }).waitFor();
  await page.getByLabel(words.passphrase, { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: words.unlock, exact: true }).click();
  await page.locator('.shell').waitFor();
}

/** The UI language of the page, from <html lang>. */
export async function pageLanguage(page: Page): Promise<SessionLanguage> {
  return (await page.locator('html').getAttribute('lang')) === 'de' ? 'de' : 'en';
}

/** After a (re)load: unlocks when the lock screen shows (not on the first start, nor on an error). */
async function unlockIfLocked(page: Page, passphrase: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 }).first();
  await heading.waitFor();
  const language = await pageLanguage(page);
  if ((await heading.textContent()) === sessionWords[language].lockHeading) await unlock(page, language, passphrase);
}

/** A reload locks the app (its keys live only in memory): reload, then unlock again in the page's language. */
export async function reloadAndUnlock(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.reload();
  await unlockIfLocked(page, passphrase);
}

/** Loads the app's address in a page (another window of the same profile, or after leaving it), then unlocks it. */
export async function gotoAndUnlock(page: Page, url: string, passphrase = TEST_PASSPHRASE): Promise<void> {
  await page.goto(url);
  await unlockIfLocked(page, passphrase);
}
