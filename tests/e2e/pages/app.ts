/** Page objects: how a user reaches things, by role and visible name, not by CSS. */
import type { Locator, Page } from 'playwright-core';

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

  async reload(): Promise<void> {
    await this.page.reload();
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
