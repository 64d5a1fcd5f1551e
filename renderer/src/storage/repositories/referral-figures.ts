/**
 * What the figures page's case figures are computed from (domain/referral-figures.ts), read
 * through indexes, never a whole table:
 *  - the cases received in the period, from the `receivedOn` index (archived cases left out);
 *  - their timelines, from the `referralId` index, for those cases only;
 *  - the post-closure reviews due in the period, from the `dueDate` index: a review falls due
 *    6 or 12 months after its case closed, so most belong to cases received before the period;
 *    those of archived cases are left out;
 *  - the referring partners, by id (archived ones too: a case keeps the sector it came from).
 * One read transaction, so the figures describe one state of the records.
 */
import { localToday } from '../../domain/date-time';
import type { FiguresPeriod } from '../../domain/figures-period';
import type { FigureCase, FigureEvent, ReferralFigureRecords } from '../../domain/referral-figures';
import type { SectorCode } from '../../domain/sectors';
import type { RoundtableDb } from '../db';
import { guarded } from '../errors';
import { createRecordStores } from '../record-store';

/** Timeline requests in flight at once (see the read). */
const concurrentReads = 200;

export function createReferralFiguresRepository(db: RoundtableDb) {
  // Read only: today's date matters only to the rules of writes.
  const stores = createRecordStores(db, () => localToday());

  async function read(period: FiguresPeriod): Promise<ReferralFigureRecords> {
    const cases: FigureCase[] = (await stores.referrals.liveInRange('receivedOn', period.start, period.end)).map(
      ({ id, receivedOn, concernTypes, referringPartnerId, status, outcome, closedOn }) => ({
        id,
        receivedOn,
        concernTypes,
        referringPartnerId,
        status,
        outcome,
        closedOn,
      }),
    );
    // One `equals` request per case, 200 at a time: in Chromium, on the bench city, `anyOf` with
    // a year's case ids took 44 s (a loaded machine; `equals` 2 s there), and five years' cases
    // all at once 40 s against 8.5 s in batches of 200.
    const timelines: FigureEvent[] = [];
    for (let from = 0; from < cases.length; from += concurrentReads) {
      const batch = cases.slice(from, from + concurrentReads);
      const events = await Promise.all(batch.map((referral) => stores.referralEvents.query((rows) => rows.where('referralId').equals(referral.id))));
      for (const event of events.flat()) timelines.push(figureEvent(event));
    }
    const dueInPeriod = (await stores.referralEvents.liveInRange('dueDate', period.start, period.end)).filter((event) => event.kind === 'review');
    // Only the ids of live cases, read from the stored rows' plaintext keys: nothing decoded.
    const liveCases = new Set((await stores.referrals.indexedFieldsOf([...new Set(dueInPeriod.map((event) => event.referralId))], [])).map(({ id }) => id));
    const reviewsDue = dueInPeriod.filter((event) => liveCases.has(event.referralId)).map(figureEvent);
    const partners = await stores.partners.getManyIncludingDeleted([...new Set(cases.map((referral) => referral.referringPartnerId))]);
    const sectorOfPartner = new Map<string, SectorCode>(partners.map((partner) => [partner.id, partner.sector]));
    return { cases, timelines, reviewsDue, sectorOfPartner };
  }

  return {
    /** The records behind the case figures of `period`. */
    read(period: FiguresPeriod): Promise<ReferralFigureRecords> {
      return guarded(() => db.transaction('r', ['referrals', 'referralEvents', 'partners'], () => read(period)));
    },
  };
}

function figureEvent({ referralId, kind, on, toStatus, dueDate, doneOn }: FigureEvent): FigureEvent {
  return { referralId, kind, on, toStatus, dueDate, doneOn };
}

export type ReferralFiguresRepository = ReturnType<typeof createReferralFiguresRepository>;
