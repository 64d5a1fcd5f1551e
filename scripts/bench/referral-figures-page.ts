/**
 * Runs inside Chromium (bundled by scripts/bench-referral-figures.ts): the case figures' read
 * (storage/repositories/referral-figures.ts) on a database holding the city's partners, cases
 * and timelines, sealed with the app's codec as the app stores them, in real IndexedDB.
 */
import { deriveSessionKeys } from '../../renderer/src/crypto/session-keys';
import type { FiguresPeriod } from '../../renderer/src/domain/figures-period';
import type { RecordMeta } from '../../renderer/src/domain/record';
import { referralFigures } from '../../renderer/src/domain/referral-figures';
import { RoundtableDb } from '../../renderer/src/storage/db';
import { createReferralFiguresRepository } from '../../renderer/src/storage/repositories/referral-figures';
import { createSealedCodec } from '../../renderer/src/storage/sealed-codec';
import type { RecordTable } from '../../renderer/src/storage/tables';

/** The tables the figures read; the rest of the city is not loaded. */
export const figureTables = ['partners', 'referrals', 'referralEvents'] as const;

export interface FiguresRun {
  /** The first read after opening the database, then each further one. */
  readMs: number[];
  computeMs: number[];
  cases: number;
  timelineEntries: number;
  reviewsDue: number;
  partners: number;
}

const keys = deriveSessionKeys(new Uint8Array(32).fill(11));
const name = 'figures-bench';

function openDb(): RoundtableDb {
  const db = new RoundtableDb(name);
  db.codec = createSealedCodec(keys.records);
  return db;
}

let db = openDb();

async function load(line: string): Promise<number> {
  const { store, rows } = JSON.parse(line) as { store: RecordTable; rows: RecordMeta[] };
  await db.table(store).bulkPut(rows.map((row) => db.codec.encode(store, row)));
  return rows.length;
}

async function measure(period: FiguresPeriod, today: string, runs: number): Promise<FiguresRun> {
  // A database opened afresh, as after unlocking: the first read pays for what opening defers.
  db.close();
  db = openDb();
  await db.open();
  const repository = createReferralFiguresRepository(db);
  const run: FiguresRun = { readMs: [], computeMs: [], cases: 0, timelineEntries: 0, reviewsDue: 0, partners: 0 };
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    const records = await repository.read(period);
    const read = performance.now();
    referralFigures(period, records, today);
    run.readMs.push(read - started);
    run.computeMs.push(performance.now() - read);
    Object.assign(run, {
      cases: records.cases.length,
      timelineEntries: records.timelines.length,
      reviewsDue: records.reviewsDue.length,
      partners: records.sectorOfPartner.size,
    });
  }
  return run;
}

(globalThis as unknown as { figuresBench: unknown }).figuresBench = { load, measure };
