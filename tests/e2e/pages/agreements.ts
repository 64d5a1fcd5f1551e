/** The agreement pages as a user meets them: the form by its labels (in German), the coverage grid by the keyboard. */
import type { Locator, Page } from 'playwright-core';

/** Types a date into a react-aria date field, digit by digit as a user would ("01032026"). */
export async function typeDate(page: Page, label: string, digits: string, scope: ReturnType<Page['locator']> | Page = page): Promise<void> {
  await scope.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
  await page.keyboard.type(digits);
}

export class AgreementFormPage {
  constructor(readonly page: Page) {}

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Speichern', exact: true }).click();
  }

  async party(number: number, partner: string, role: string): Promise<void> {
    await this.page.getByLabel(`Vertragspartei ${number}`, { exact: true }).selectOption({ label: partner });
    await this.page.getByLabel(`Rolle der Vertragspartei ${number}`, { exact: true }).selectOption({ label: role });
  }

  async signatory(number: number, values: { name: string; organisation: string; role: string; signedOn: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Unterzeichner*in hinzufügen' }).click();
    const group = page.getByRole('group', { name: `Unterzeichner*in ${number}` });
    await group.getByLabel('Name', { exact: true }).fill(values.name);
    await group.getByLabel('Organisation', { exact: true }).fill(values.organisation);
    await group.getByLabel('Funktion', { exact: true }).fill(values.role);
    await typeDate(page, 'Unterschrieben am', values.signedOn, group);
  }
}

/** The coverage matrix's grid, as a keyboard user meets it. */
export class CoverageGrid {
  constructor(readonly page: Page) {}

  grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** The partners of the grid's columns (full names), left to right. */
  async columns(): Promise<string[]> {
    return this.grid()
      .locator('thead th[scope="col"]')
      .evaluateAll((headers) => headers.map((header) => header.getAttribute('title') ?? ''));
  }

  /** The row and column partner of the cell the keyboard focus is in, or null outside the grid. */
  async focusedPair(): Promise<[string, string] | null> {
    return this.page.evaluate(() => {
      const cell = document.activeElement?.closest('td');
      const row = cell?.closest('tr')?.querySelector('th[scope="row"]');
      if (!cell || !row) return null;
      // Partner rows hold their header, then one cell per column.
      const column = cell.closest('table')?.querySelectorAll('thead th[scope="col"]')[cell.cellIndex - 1];
      return [row.getAttribute('title') ?? '', column?.getAttribute('title') ?? ''];
    });
  }
}
