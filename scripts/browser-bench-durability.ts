/**
 * What strict durability costs per save (`npm run bench:durability`): in headless Chromium,
 * on a real IndexedDB, the transaction shape of one save through the record store (the
 * record, its audit entry, the audit head: three puts in one read-write transaction), timed
 * with durability 'relaxed' (Chromium's default), and 'strict' (Roundtable's), interleaved
 * so that disk noise hits both alike. The rows are what the app now stores: the case and its
 * audit entry sealed with the app's own codec (renderer/src/storage/sealed-codec.ts) under a
 * throwaway key, the entry chained with the keyed digest; they are sealed in Node before the
 * clock starts, since the record store, too, seals before its transaction. Written raw into a
 * database of the benchmark's own, not through the app. Prints numbers; asserts nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deriveSessionKeys } from '../renderer/src/crypto/session-keys';
import type { AuditHead } from '../renderer/src/domain/audit';
import { hmacDigest, nextStoredEntry } from '../renderer/src/domain/audit-chain';
import { createSealedCodec } from '../renderer/src/storage/sealed-codec';
import { launchBrowser } from '../tests/e2e/support/browser';

const saves = Number(process.env.SAVES ?? 300);
const warmUp = 20;

interface SealedSave {
  key: string;
  record: unknown;
  entry: { seq: number; hash: string };
}

/** The rows of `count` saves of one case after another, as the record store would write them. */
function sealedSaves(count: number): SealedSave[] {
  const session = deriveSessionKeys(new Uint8Array(randomBytes(32)));
  const codec = createSealedCodec(session.records);
  const digest = hmacDigest(session.audit);
  // A case of realistic size: a few hundred words of summary, codes, dates.
  const summary = 'Sorge um einen Jugendlichen, geteilt von der Schule. '.repeat(40);
  let head: AuditHead | undefined;
  return Array.from({ length: count }, (_, index) => {
    const id = `case-${index % 50}`;
    const at = new Date(Date.UTC(2026, 3, 15, 10, 0, index)).toISOString();
    const record = codec.encode('referrals', {
      id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: index + 1,
      caseCode: `RT-2026-${String(index % 50).padStart(4, '0')}`,
      caseYear: 2026,
      status: 'screening',
      receivedOn: '2026-04-01',
      initials: 'AB',
      ageBand: '16-17',
      concernTypes: ['right_wing', 'online'],
      vulnerabilities: ['isolation'],
      summary,
      riskLevel: 'medium',
    });
    const entry = nextStoredEntry(
      head,
      {
        id: randomUUID(),
        at,
        actor: { name: 'Toni Exempel', organisation: 'Präventionskoordination' },
        action: 'update',
        entity: 'referral',
        entityId: id,
        parentId: null,
        changes: [{ field: 'summary', old: summary, new: summary }],
      },
      digest,
      codec.sealAudit,
    );
    head = { seq: entry.seq, hash: entry.hash };
    return { key: id, record, entry };
  });
}

async function main(): Promise<void> {
  const rows = sealedSaves(warmUp + 2 * saves);
  // Any http origin will do: IndexedDB is refused on about:blank.
  const server = createServer((_request, response) => response.end('<!doctype html><title>bench</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // tsx keeps function names with a helper the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const result = await page.evaluate(
      async ({ rows, warmUp }) => {
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
        const save = (durability: IDBTransactionDurability, index: number) =>
          new Promise<number>((resolve, reject) => {
            const { key, record, entry } = rows[index]!;
            const started = performance.now();
            const transaction = db.transaction(['referrals', 'audit', 'settings'], 'readwrite', { durability });
            transaction.objectStore('referrals').put(record, key);
            transaction.objectStore('audit').put(entry, entry.seq);
            transaction.objectStore('settings').put({ seq: entry.seq, hash: entry.hash }, 'auditHead');
            transaction.oncomplete = () => resolve(performance.now() - started);
            transaction.onerror = () => reject(transaction.error);
          });
        const times: Record<'relaxed' | 'strict', number[]> = { relaxed: [], strict: [] };
        for (let index = 0; index < warmUp; index += 1) await save('strict', index);
        for (let index = warmUp; index + 1 < rows.length; index += 2) {
          times.relaxed.push(await save('relaxed', index));
          times.strict.push(await save('strict', index + 1));
        }
        db.close();
        const stats = (values: number[]) => {
          const sorted = [...values].sort((a, b) => a - b);
          const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
          return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
        };
        return { relaxed: stats(times.relaxed), strict: stats(times.strict) };
      },
      { rows, warmUp },
    );
    const row = (label: string, value: { median: number; p95: number; max: number }) =>
      `${label.padEnd(10)} ${value.median.toFixed(2).padStart(8)} ${value.p95.toFixed(2).padStart(8)} ${value.max.toFixed(2).padStart(8)}`;
    const bytes = JSON.stringify(rows[warmUp]!).length;
    console.log(`${saves} saves each, interleaved, ms per save (one read-write transaction, 3 puts of sealed rows, ~${bytes.toLocaleString('en')} characters)`);
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
