/**
 * Building the search index at unlock must not hold the window's thread: the source decrypts
 * in slices of a few milliseconds and gives the window a turn between them, and the service
 * waits for the window's first quiet moment before it starts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { blankPartnerInput } from '../../../renderer/src/domain/partner';
import type { RoundtableDb } from '../../../renderer/src/storage/db';
import { createPartnerRepository } from '../../../renderer/src/storage/repositories/partners';
import { createSearchSource, type SearchRead } from '../../../renderer/src/storage/search-source';
import { createSearchService, type SearchWorker } from '../../../renderer/src/search/search-service';
import { freshDb } from './storage-helpers';

let db: RoundtableDb;
afterEach(async () => db?.delete());

/** Makes every decode take `ms` of busy time, as decrypting long minutes does. */
function slowDecoding(target: RoundtableDb, ms: number) {
  const codec = target.codec;
  target.codec = {
    ...codec,
    decode: ((table: never, stored: never) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // busy, like a decryption
      }
      return codec.decode(table, stored);
    }) as typeof codec.decode,
  };
}

describe('building the search index at unlock', () => {
  it('decrypts in slices of a few milliseconds, each handed on, with a turn for the window between them', async () => {
    db = await freshDb();
    const partners = createPartnerRepository(db);
    for (let index = 0; index < 40; index += 1) await partners.create({ ...blankPartnerInput(), name: `Partnerorganisation ${index}`, sector: 'police' });
    slowDecoding(db, 2);
    const slices: SearchRead[] = [];
    let turns = 0;
    const counting = setInterval(() => (turns += 1), 0);
    await createSearchSource(db).readAll((read) => void slices.push(read));
    clearInterval(counting);
    const partnerSlices = slices.filter((read) => read.table === 'partners');
    // 40 rows of 2 ms each in one chunk of 250: several slices, not one 80 ms block.
    expect(partnerSlices.length).toBeGreaterThanOrEqual(4);
    expect(partnerSlices.flatMap((read) => read.live).length).toBe(40);
    expect(turns).toBeGreaterThan(0);
  });

  it('starts reading only once the window is idle', async () => {
    db = await freshDb();
    let idle!: () => void;
    const whenIdle = () => new Promise<void>((resolve) => (idle = resolve));
    let reads = 0;
    const source = { ...createSearchSource(db), readAll: async () => void (reads += 1) };
    const worker: SearchWorker = { postMessage: () => undefined, onmessage: null, onerror: null, terminate: () => undefined };
    const service = createSearchService({
      source,
      session: { getState: () => ({ status: 'unlocked' }), subscribe: () => () => undefined },
      startWorker: () => worker,
      whenIdle,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).toBe(0);
    expect(service.getStatus()).toEqual({ state: 'building', read: 0 });
    idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).toBe(1);
    expect(service.getStatus()).toEqual({ state: 'ready' });
  });
});
