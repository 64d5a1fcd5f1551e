/**
 * The network's own case figures for a risk picture: the cases received in a period and in
 * the period before it, counted (domain/case-figures.ts). Only those cases are read, through
 * the `receivedOn` index, and only the live ones among them are decrypted; archived and
 * removed cases are left out. Nothing is written and nothing is audited: a count names no case.
 */
import { caseFiguresOf } from '../../domain/case-figures';
import { localToday } from '../../domain/date-time';
import { previousPeriod } from '../../domain/period-comparison';
import type { CaseFiguresSnapshot } from '../../domain/risk-picture';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';
import type { RecordTable } from '../tables';
import type { RiskPictureDeps } from './risk-pictures';

/** What the counting reads: a transaction that counts must cover it. */
export const caseFiguresTables = ['referrals'] as const satisfies readonly RecordTable[];

/** Cases are read in chunks of this many (each chunk one request and a short task). */
const chunkSize = 500;

export function createCaseFiguresRepository(db: RoundtableDb) {
  const referrals = createRecordStores(db, () => localToday()).referrals;

  /**
   * The figures of the cases received from `periodStart` to `periodEnd` (both included), against
   * the previous period of equal length, as they may be published; `at` is when they were
   * counted. Runs inside the caller's transaction when there is one (agreeing an edition).
   */
  async function countCaseFigures(periodStart: string, periodEnd: string, at: Date): Promise<CaseFiguresSnapshot> {
    const period = { start: periodStart, end: periodEnd };
    const previous = previousPeriod(period);
    // The two periods touch, so one index range holds both: from the previous period's first day to this one's last.
    const cases = await referrals.liveInRange('receivedOn', previous.start, period.end, chunkSize);
    return caseFiguresOf(cases, period, at);
  }

  return {
    countCaseFigures: (periodStart: string, periodEnd: string, at: Date) => guarded(() => countCaseFigures(periodStart, periodEnd, at)),
    /** What the risk picture repository counts with when an edition is agreed (so the figures agreed are kept). */
    deps: { tables: caseFiguresTables, count: countCaseFigures } satisfies NonNullable<RiskPictureDeps['caseFigures']>,
  };
}

/** The case figures as the risk picture repository wants them injected: `createRiskPictureRepository(db, clock, { caseFigures: caseFiguresDeps(db) })`. */
export function caseFiguresDeps(db: RoundtableDb): NonNullable<RiskPictureDeps['caseFigures']> {
  return createCaseFiguresRepository(db).deps;
}

export type CaseFiguresRepository = ReturnType<typeof createCaseFiguresRepository>;
