/** Page objects for meetings, as a German-speaking coordinator uses them. */
import type { Download, Locator, Page } from 'playwright-core';

export class MeetingPages {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Types into a localised date-time picker ("tt.mm.jjjj, hh:mm"), segment by segment. */
  async typeDateTime(label: string, digits: string): Promise<void> {
    await this.page.getByRole('group', { name: label, exact: true }).getByRole('spinbutton').first().click();
    await this.page.keyboard.type(digits);
  }

  agendaItem(title: string): Locator {
    return this.page.locator('.agenda-item').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Adds an agenda item through its editor and saves it. */
  async addItem(item: { title: string; minutes?: string; decision?: string; confidential?: boolean }): Promise<void> {
    await this.page.getByRole('button', { name: 'Tagesordnungspunkt hinzufügen' }).click();
    const editor = this.page.locator('.agenda-editor');
    await editor.getByLabel('Titel', { exact: true }).fill(item.title);
    if (item.minutes) await editor.getByLabel('Protokoll', { exact: true }).fill(item.minutes);
    if (item.confidential) await editor.getByLabel(/^Vertraulich/).check();
    if (item.decision) {
      await editor.getByRole('button', { name: 'Beschluss hinzufügen' }).click();
      await editor.getByLabel('Beschluss 1', { exact: true }).fill(item.decision);
    }
    await editor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await this.page.locator('.agenda-editor').waitFor({ state: 'detached' });
  }

  /** Opens the export dialog, chooses, and returns the download (or null for PDF printing). */
  async export(choice: { format: string; language: string; variant?: string }): Promise<Download | null> {
    await this.page.getByRole('button', { name: 'Protokoll exportieren …' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Format', { exact: true }).selectOption({ label: choice.format });
    await dialog.getByLabel('Sprache des Dokuments', { exact: true }).selectOption({ label: choice.language });
    if (choice.variant) await dialog.getByLabel('Fassung', { exact: true }).selectOption({ label: choice.variant });
    if (choice.format === 'PDF') {
      await dialog.getByRole('button', { name: 'Exportieren' }).click();
      await this.page.waitForSelector('iframe[name="roundtable-print"]', { state: 'attached' });
      return null;
    }
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportieren' }).click()]);
    return download;
  }
}

/** The action tracker (Actions), as an English-speaking coordinator uses it. */
export class ActionTrackerPage {
  constructor(readonly page: Page) {}

  filter(label: 'Owner' | 'Status' | 'Due' | 'Sort by'): Locator {
    return this.page.getByRole('search').getByLabel(label, { exact: true });
  }

  /** The pager above the list ("Actions 1–50 of 130", Previous, Next). */
  pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Action pages', exact: true });
  }

  summary(): Promise<string | null> {
    return this.pager().locator('.pager-summary').textContent();
  }

  /** The rows of actions (not the opened history rows). */
  rows(): Locator {
    return this.page.locator('main table > tbody > tr').filter({ has: this.page.locator('select') });
  }

  /** The action texts of the rows shown, in order. */
  texts(): Promise<string[]> {
    return this.rows().locator('td:first-child').allTextContents();
  }

  statusOf(text: string): Locator {
    return this.page.getByLabel(`Status of “${text}”`, { exact: true });
  }
}
