/**
 * What strict durability costs per save (`npm run bench:durability`): in headless Chromium,
 * on a real IndexedDB, the transaction shape of one save through the record store (the
 * record, its audit entry, the audit head: three puts in one read-write transaction), timed
 * with durability 'relaxed' (Chromium's default), and 'strict' (Roundtable's), interleaved
 * so that disk noise hits both alike. Prints numbers; asserts nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from '../tests/e2e/support/browser';

const saves = Number(process.env.SAVES ?? 300);

async function main(): Promise<void> {
  // Any http origin will do: IndexedDB is refused on about:blank.
  const server = createServer((_request, response) => response.end('<!doctype html><title>bench</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // tsx keeps function names with a helper the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const result = await page.evaluate(async (count) => {
      const open = () =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('durability-bench', 1);
          request.onupgradeneeded = () => {
            for (const store of ['referrals', 'audit', 'settings']) request.result.createObjectStore(store);
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await open();
      // A case of realistic size: a few hundred words of summary, codes, dates.
      const summary = 'Sorge um einen Jugendlichen, geteilt von der Schule. '.repeat(40);
      const save = (durability: IDBTransactionDurability, index: number) =>
        new Promise<number>((resolve, reject) => {
          const started = performance.now();
          const transaction = db.transaction(['referrals', 'audit', 'settings'], 'readwrite', { durability });
          transaction.objectStore('referrals').put({ id: `case-${index}`, summary, status: 'screening', revision: index }, `case-${index % 50}`);
          transaction.objectStore('audit').put({ seq: index, changes: [{ field: 'summary', old: summary, new: summary }], hash: 'f'.repeat(64) }, index);
          transaction.objectStore('settings').put({ seq: index, hash: 'f'.repeat(64) }, 'auditHead');
          transaction.oncomplete = () => resolve(performance.now() - started);
          transaction.onerror = () => reject(transaction.error);
        });
      const times: Record<'relaxed' | 'strict', number[]> = { relaxed: [], strict: [] };
      for (let index = 0; index < 20; index += 1) await save('strict', index); // warm up
      for (let index = 0; index < count; index += 1) {
        times.relaxed.push(await save('relaxed', 2 * index));
        times.strict.push(await save('strict', 2 * index + 1));
      }
      db.close();
      const stats = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
        return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
      };
      return { relaxed: stats(times.relaxed), strict: stats(times.strict) };
    }, saves);
    const row = (label: string, value: { median: number; p95: number; max: number }) =>
      `${label.padEnd(10)} ${value.median.toFixed(2).padStart(8)} ${value.p95.toFixed(2).padStart(8)} ${value.max.toFixed(2).padStart(8)}`;
    console.log(`${saves} saves each, interleaved, ms per save (one read-write transaction, 3 puts)`);
    console.log(`${'durability'.padEnd(10)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
    console.log(row('relaxed', result.relaxed));
    console.log(row('strict', result.strict));
    console.log(`strict costs ${(result.strict.median - result.relaxed.median).toFixed(2)} ms more per save (median)`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
