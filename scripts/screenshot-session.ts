/**
 * Screenshots of the session, German and English, at 1366×768 (`npm run screenshots:session`,
 * after `npm run build:web`): the first start (empty, a weak passphrase refused, a generated
 * one), the recovery key and its printed sheet, the lock screen (locked, a wrong passphrase
 * with the countdown, the recovery key form, the idle lock), the first start after the
 * update, the sidebar's Lock button and Settings > Security with its dialog.
 */
import type { Page } from 'playwright-core';
import { sayWhoWorksHere } from '../tests/e2e/pages/app';
import { sessionWords, TEST_PASSPHRASE, unlock } from '../tests/e2e/support/session';
import { forEachLanguage } from './screens-support';

const words = {
  de: {
    generate: 'Passphrase erzeugen',
    settings: 'Einstellungen',
    change: 'Passphrase ändern …',
    current: 'Aktuelle Passphrase',
    idle: 'Automatisch sperren nach',
    oneMinute: '1 Minute ohne Benutzung',
  },
  en: {
    generate: 'Generate a passphrase',
    settings: 'Settings',
    change: 'Change passphrase …',
    current: 'Current passphrase',
    idle: 'Lock automatically after',
    oneMinute: '1 minute without use',
  },
};

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
}

await forEachLanguage('session-', async ({ lang, page, baseUrl, shot }) => {
  const s = sessionWords[lang];
  const w = words[lang];
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.install();

  // The first start: the explanation and the empty fields.
  await page.getByRole('heading', { level: 1, name: s.setupHeading }).waitFor();
  await shot('01-first-start');
  await fill(page, s.passphrase, 'Sommerferien2019');
  await fill(page, s.repeat, 'Sommerferien2019');
  await page.locator('.strength-text').waitFor();
  await page.getByRole('button', { name: s.setupSubmit }).click();
  await page.locator('.field .error').first().waitFor();
  await shot('02-weak-passphrase');
  await page.getByRole('button', { name: w.generate }).click();
  await page.locator('.generated-passphrase').waitFor();
  await page.locator('.strength-bars.score-4').waitFor();
  await shot('03-generated-passphrase');

  // The recovery key, on screen and as printed.
  await fill(page, s.passphrase, TEST_PASSPHRASE);
  await fill(page, s.repeat, TEST_PASSPHRASE);
  await page.getByRole('button', { name: s.setupSubmit }).click();
  await page.getByRole('heading', { level: 1, name: s.recoveryHeading }).waitFor();
  await page.getByRole('button', { name: s.continue, exact: true }).click();
  await page.getByRole('alert').waitFor();
  await shot('04-recovery-key');
  await page.emulateMedia({ media: 'print' });
  await shot('05-recovery-key-printed');
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(s.stored, { exact: true }).check();
  await page.getByRole('button', { name: s.continue, exact: true }).click();

  // The app, with the Lock button in the sidebar.
  await page.locator('.session-screen').waitFor({ state: 'detached' });
  await sayWhoWorksHere(page, lang, 'example', { name: 'Toni Exempel', organisation: 'Präventionskoordination' });
  await shot('06-app-with-lock-button');

  // Settings > Security, and changing the passphrase.
  await page.goto(`${baseUrl}#/settings`);
  await page.getByLabel(w.idle, { exact: true }).scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: lang === 'de' ? 'Sicherheit' : 'Security' }).screenshot({ path: shotPath(lang, '07-settings-security') });
  await page.getByRole('button', { name: w.change }).click();
  await fill(page, w.current, TEST_PASSPHRASE);
  await fill(page, s.newPassphrase, 'Bahnhof');
  await page.locator('.strength-text').waitFor();
  await shot('08-change-passphrase');
  await page.keyboard.press('Escape');

  // Locked by hand, then a wrong passphrase three times: the countdown.
  await page.getByRole('button', { name: s.lock, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: s.lockHeading }).waitFor();
  await shot('09-locked');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await fill(page, s.passphrase, `falsch ${attempt}`);
    await page.getByRole('button', { name: s.unlock, exact: true }).click();
    await page.getByRole('alert').waitFor();
  }
  await page.locator('.notice.warn').waitFor();
  await shot('10-wrong-passphrase-countdown');
  await page.clock.fastForward(3000);
  await page.getByRole('button', { name: s.unlock, exact: true }).and(page.locator(':enabled')).waitFor();

  // The recovery key form, with a typo named.
  await page.getByRole('button', { name: s.forgot }).click();
  await fill(page, s.recoveryKey, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ00');
  await fill(page, s.newPassphrase, 'Quittenbaum Laterne Nordwind 17');
  await fill(page, s.newRepeat, 'Quittenbaum Laterne Nordwind 17');
  await page.getByRole('button', { name: s.recoverSubmit }).click();
  await page.locator('.recovery-key-field .error').waitFor();
  await shot('11-recovery-key-form');
  await page.getByRole('button', { name: lang === 'de' ? 'Zurück zur Passphrase' : 'Back to the passphrase' }).click();
  await unlock(page, lang);

  // The idle lock, after the shortest idle time, with the clock moved on.
  await page.goto(`${baseUrl}#/settings`);
  await page.getByLabel(w.idle, { exact: true }).selectOption({ label: w.oneMinute });
  await page.locator('.notices li').waitFor();
  await page.clock.fastForward(61_000);
  await page.getByRole('heading', { level: 1, name: s.lockHeading }).waitFor();
  await shot('12-idle-lock');

  // The first start after the update: data from before encryption (here: the keyring taken away).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('roundtable');
        request.onsuccess = () => {
          const remove = request.result.transaction('settings', 'readwrite');
          remove.objectStore('settings').delete('keyring');
          remove.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: s.convertHeading }).waitFor();
  await shot('13-first-start-after-update');
});

function shotPath(lang: string, name: string): string {
  return `${import.meta.dirname}/../test-results/screens/${lang}-session-${name}.png`;
}
