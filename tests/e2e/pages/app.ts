/** Page objects: how a user reaches things, by role and visible name, not by CSS. */
import type { Locator, Page } from 'playwright-core';
import { reloadAndUnlock, setUpPassphrase } from '../support/session';

export class AppPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async navigate(name: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  }

  /** The notification region's text (successes and errors). */
  notices(): Locator {
    return this.page.locator('.notices');
  }

  /** Reloads; a reload locks the app (its keys live only in memory), so it unlocks again. */
  async reload(): Promise<void> {
    await reloadAndUnlock(this.page);
    await this.heading().waitFor();
  }
}

export class PartnerFormPage {
  constructor(readonly page: Page) {}

  /** A field of the partner itself (the first section), not of one of its contacts. */
  field(label: string): Locator {
    return this.page.locator('form section.card').first().getByLabel(label, { exact: true });
  }

  /** A contact's field, by contact number (1-based) and label. */
  contactField(contactLegend: string, label: string): Locator {
    return this.page.getByRole('group', { name: contactLegend, exact: true }).getByLabel(label, { exact: true });
  }

  /** Types a date into the localised date picker, segment by segment, as a user does. */
  async typeDate(label: string, digits: string): Promise<void> {
    await this.page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
    await this.page.keyboard.type(digits);
  }

  async save(saveLabel: string): Promise<void> {
    await this.page.getByRole('button', { name: saveLabel, exact: true }).click();
  }
}

export class CoveragePage {
  constructor(readonly page: Page) {}

  /** The coverage card of a sector, found by its visible sector name. */
  sector(name: string): Locator {
    return this.page.locator('.coverage-item').filter({ has: this.page.getByText(name, { exact: true }) });
  }
}

const firstStartWords = {
  de: {
    heading: 'Wer arbeitet hier?',
    name: 'Ihr Name',
    organisation: 'Organisation',
    go: 'Weiter',
    empty: /Mit leerem Netzwerk beginnen/,
    example: /Beispielnetzwerk laden/,
  },
  en: {
    heading: 'Who is working here?',
    name: 'Your name',
    organisation: 'Organisation',
    go: 'Continue',
    empty: /Start with an empty network/,
    example: /Load an example network/,
  },
} as const;

export const testUser = { name: 'Toni Exempel', organisation: 'Präventionskoordination Musterstadt' };

/**
 * The first start as a coordinator meets it: choose the passphrase (the test's fixed one)
 * and confirm the recovery key is stored, then say who works here and choose a network.
 */
export async function firstStart(page: Page, language: 'de' | 'en', network: 'empty' | 'example' | 'none', user = testUser): Promise<AppPage> {
  await setUpPassphrase(page, language);
  return sayWhoWorksHere(page, language, network, user);
}

/**
 * The first start once the passphrase is chosen: say who works at this computer (every
 * change is audited with it), then start empty or with the example network.
 */
export async function sayWhoWorksHere(page: Page, language: 'de' | 'en', network: 'empty' | 'example' | 'none', user = testUser): Promise<AppPage> {
  const words = firstStartWords[language];
  const app = new AppPage(page);
  await app.heading().filter({ hasText: words.heading }).waitFor();
  await page.getByLabel(words.name, { exact: true }).fill(user.name);
  await page.getByLabel(words.organisation, { exact: true }).fill(user.organisation);
  await page.getByRole('button', { name: words.go, exact: true }).click();
  if (network === 'none') return app;
  await page.getByRole('button', { name: network === 'empty' ? words.empty : words.example }).click();
  if (network === 'example') await page.locator('.coverage-grid').first().waitFor();
  return app;
}
