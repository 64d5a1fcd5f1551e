/**
 * Writes a large city's partners and agreements (large-city-agreements.ts) straight into the
 * app's IndexedDB ("roundtable") with the raw API, after the app has created the database
 * (do the first start first). Reload the page afterwards, so the app's own connection reads
 * the new rows. Returns what was written, so a test can name partners and agreements.
 */
import type { Page } from 'playwright-core';
import { largeCityAgreements, type LargeCityOptions, type SeedAgreement, type SeedPartner } from './large-city-agreements';
import { appKeys, sealRows } from './sealing';

export async function seedLargeCityAgreements(page: Page, options: LargeCityOptions): Promise<{ partners: SeedPartner[]; agreements: SeedAgreement[] }> {
  const records = largeCityAgreements(options);
  // Stored as the app stores them: encrypted with the profile's keys.
  const keys = await appKeys(page);
  const sealed = { partners: sealRows(keys, 'partners', records.partners), agreements: sealRows(keys, 'agreements', records.agreements) };
  await page.evaluate(async ({ partners, agreements }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roundtable');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['partners', 'agreements'], 'readwrite');
      for (const partner of partners) tx.objectStore('partners').put(partner);
      for (const agreement of agreements) tx.objectStore('agreements').put(agreement);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, sealed);
  return records;
}
