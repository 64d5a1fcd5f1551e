/** The agreement form as a user fills it: by labels, in German. */
import type { Page } from 'playwright-core';

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
